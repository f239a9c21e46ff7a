// Timeline page glue: reads the store (components/timeline-page/data.ts), mounts <TimelinePage>,
// keeps the view in the address and opens stories in new tabs. Nothing else.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Overview, type PageRow, readOverview, readRows } from '@/components/timeline-page/data';
import { prefersDark } from '@/components/timeline-page/palette';
import { TimelinePage } from '@/components/timeline-page/TimelinePage';
import { readView, writeView } from '@/components/timeline-page/url-state';
import type { MessageKey } from '@/lib/i18n';
import '@/components/popup.css';
import '@/components/entity-card.css';
import '@/components/timeline-page/timeline-page.css';

/**
 * browser.i18n.getMessage costs a call into the browser each time, and the chart names every bin
 * (thousands at a wide zoom): each message is asked for once, with markers for its
 * substitutions, and filled in here.
 */
const templates = new Map<MessageKey, string>();
const MARKS = ['\u0001', '\u0002', '\u0003', '\u0004'];
const t = (key: MessageKey, ...subs: string[]) => {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, MARKS) || key;
    templates.set(key, template);
  }
  return template.replace(/[\u0001-\u0004]/g, (m) => subs[m.charCodeAt(0) - 1] ?? '');
};
const locale = browser.i18n.getUILanguage();
const initial = readView(location.search);
const overview = readOverview().catch(() => ({ total: 0, months: {} }) as Overview);

function App() {
  const [first, setFirst] = useState<Overview | null>(null);
  const [rows, setRows] = useState<PageRow[] | null>(null);
  const [read, setRead] = useState(0);
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    void overview.then((o) => {
      setFirst(o);
      // the stories next, a chunk at a time, once the first screen is up
      if (o.total > 0) void readRows(setRead).then(setRows, () => setRows([]));
      else setRows([]);
    });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setDark(scheme.matches);
    scheme.addEventListener('change', follow);
    return () => scheme.removeEventListener('change', follow);
  }, []);
  return (
    <TimelinePage
      t={t}
      locale={locale}
      dark={dark}
      overview={first}
      rows={rows}
      read={read}
      initial={initial}
      onView={(view) => history.replaceState(null, '', `${location.pathname}${writeView(view)}`)}
      onOpen={(url) => void browser.tabs.create({ url })}
    />
  );
}

document.documentElement.lang = locale.startsWith('fr') ? 'fr' : 'en';
document.title = t('timelinePageTitle');
render(<App />, document.getElementById('app') as HTMLElement);
