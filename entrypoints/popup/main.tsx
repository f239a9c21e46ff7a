// Popup glue: finds the active tab, asks the background what was found there and for the
// reader's timeline (a page at a time: counts for every partner, entries for the first groups,
// more on "show more"), renders <Popup>.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download, exportFileName } from '@/components/download';
import type { CardStory } from '@/components/EntityCard';
import { NO_PARTNER } from '@/components/labels';
import { type ExportScope, Popup, type PopupState } from '@/components/Popup';
import type { GroupView, TimelineFilters, TimelineView } from '@/components/Timeline';
import { isVnaHost } from '@/lib/hosts';
import type { MessageKey } from '@/lib/i18n';
import { ask } from '@/lib/messages';
import { entriesFromAnalysis, sameStory, type TimelineEntry, type TimelineQuery } from '@/lib/timeline';
import type { Analysis } from '@/lib/types';
import '@/components/popup.css';
import '@/components/entity-card.css';

performance.mark('vna-lens:script');
const send = (message: unknown) => browser.runtime.sendMessage(message);
const t = (key: MessageKey, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;
const locale = browser.i18n.getUILanguage();

/** Entries of the current story's partner group(s), of the other first groups, and per "show more". */
const FOCUS_LIMIT = 10;
const GROUP_LIMIT = 3;
const MORE_LIMIT = 20;
const FIRST_GROUPS = 3;

/** The tab the popup is about: the active one, or ?tab=ID (tests open the popup in a tab). */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** We hold host permission for every VNA host, so a tab whose address we cannot see is not one. */
function onVnaHost(url: string | undefined): boolean {
  try {
    return url !== undefined && isVnaHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

function queryOf(filters: TimelineFilters, withPartner: boolean): TimelineQuery {
  const q: TimelineQuery = {};
  if (withPartner && filters.partner) q.partner = filters.partner;
  if (filters.domain) q.domain = filters.domain;
  if (filters.entityId) q.entityId = filters.entityId;
  if (filters.text?.trim()) q.text = filters.text.trim();
  return q;
}

/** The current tab's story as a timeline entry (to mark it in its place). */
function currentEntry(analysis: Analysis | null): TimelineEntry | null {
  if (!analysis?.article) return null;
  const i = analysis.stories.findIndex((s) => s.origin === 'article');
  return i < 0 ? null : (entriesFromAnalysis(analysis, 0)[i] ?? null);
}

type Overview = Awaited<ReturnType<typeof askOverview>>;
const askOverview = (query: TimelineQuery) => ask(send, 'timeline:query', { query, limit: 0, counts: true });

/**
 * Two rounds of messages: the counts (asked for at once when the popup opens, while the tab is
 * looked up), then the entries of the first groups — the current story's partners first.
 */
async function loadTimeline(
  filters: TimelineFilters,
  focus: string[],
  prefetched: Promise<Overview> | null,
): Promise<TimelineView> {
  const base = queryOf(filters, false);
  const overview = await (Object.keys(base).length || !prefetched ? askOverview(base) : prefetched);
  const counts = overview.counts ?? { partners: [], domains: [] };
  const countOf = new Map(counts.partners.map((c) => [c.key, c.count]));
  const first = filters.partner ? [filters.partner] : focus.filter((p) => countOf.has(p));
  const order = filters.partner
    ? [filters.partner]
    : [...first, ...counts.partners.map((c) => c.key).filter((p) => !first.includes(p))];
  const groups: GroupView[] = order.map((partner) => ({ partner, count: countOf.get(partner) ?? 0, entries: null }));
  // the first groups come with entries: the current story's partners more
  await Promise.all(
    groups.slice(0, Math.max(FIRST_GROUPS, first.length)).map(async (g) => {
      const page = await ask(send, 'timeline:query', {
        query: { ...base, partner: g.partner },
        limit: first.includes(g.partner) ? FOCUS_LIMIT : GROUP_LIMIT,
      });
      g.entries = page.entries;
      g.count = page.total;
    }),
  );
  const total = filters.partner ? (groups[0]?.count ?? 0) : overview.total;
  const stored = Object.keys(base).length ? -1 : overview.total;
  return {
    status: 'ready',
    total,
    allCount: overview.total,
    stored,
    counts,
    groups: groups.filter((g) => g.count > 0),
    shownGroups: FIRST_GROUPS,
  };
}

const EMPTY_VIEW: TimelineView = {
  status: 'loading',
  total: 0,
  allCount: 0,
  stored: -1,
  counts: { partners: [], domains: [] },
  groups: [],
  shownGroups: FIRST_GROUPS,
};

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [filters, setFilters] = useState<TimelineFilters>({});
  const [view, setView] = useState<TimelineView>(EMPTY_VIEW);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState({ count: 0, quota: false });
  const painted = useRef(false);
  const generation = useRef(0);
  const stored = useRef(-1);
  // the counts of the whole timeline, asked for at once (in parallel with the tab's analysis)
  const prefetched = useRef<Promise<Overview> | null>(null);
  prefetched.current ??= askOverview({});

  const analysis = state.status === 'ready' ? state.analysis : null;
  const current = useMemo(() => currentEntry(analysis), [analysis]);
  const focus = useMemo(() => {
    const story = analysis?.stories.find((s) => s.origin === 'article');
    if (!story) return [];
    return story.partners.length ? story.partners : [NO_PARTNER];
  }, [analysis]);

  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      setTabId(tab?.id ?? null);
      if (tab === null) return setState({ status: 'not-vna' });
      const { analysis } = await ask(send, 'tab:analysis', { tabId: tab.id });
      if (!analysis) return setState({ status: onVnaHost(tab.url) ? 'nothing-yet' : 'not-vna' });
      setState(analysis.page.isVna || analysis.article ? { status: 'ready', analysis } : { status: 'not-vna' });
    })().catch(() => setState({ status: 'nothing-yet' }));
  }, []);

  // the timeline, again whenever the filters or the current story change (text: debounced)
  useEffect(() => {
    if (state.status === 'loading') return;
    const mine = ++generation.current;
    const delay = filters.text ? 150 : 0;
    const timer = setTimeout(() => {
      loadTimeline(filters, focus, prefetched.current)
        .then((next) => {
          if (mine !== generation.current) return;
          if (!painted.current) performance.mark('vna-lens:data');
          if (next.stored >= 0) stored.current = next.stored;
          setView({ ...next, stored: next.stored >= 0 ? next.stored : Math.max(stored.current, next.allCount, 1) });
        })
        .catch(() => {
          if (mine === generation.current) setView({ ...EMPTY_VIEW, status: 'ready', stored: 0 });
        });
    }, delay);
    return () => clearTimeout(timer);
  }, [filters, focus, state.status]);

  // first meaningful render: the timeline (or its empty state) is in the document
  useEffect(() => {
    if (view.status !== 'ready' || painted.current) return;
    painted.current = true;
    performance.mark('vna-lens:timeline');
    document.documentElement.dataset.timeline = 'ready';
    void ask(send, 'store:status', {})
      .then((s) => setProblems({ count: s.problems.length, quota: Boolean(s.quotaExceeded) }))
      .catch(() => undefined);
  }, [view.status]);

  const analyseAnyway = async () => {
    if (tabId === null) return;
    setState({ status: 'loading' });
    const { analysis, error } = await ask(send, 'tab:analyse-now', { tabId });
    setState(analysis ? { status: 'ready', analysis } : { status: 'not-vna', error: error ?? '—' });
  };

  const showMore = async (partner: string) => {
    const g = view.groups.find((x) => x.partner === partner);
    if (!g) return;
    const page = await ask(send, 'timeline:query', {
      query: { ...queryOf(filters, false), partner },
      offset: g.entries?.length ?? 0,
      limit: MORE_LIMIT,
    });
    setView((v) => ({
      ...v,
      groups: v.groups.map((x) =>
        x.partner === partner ? { ...x, count: page.total, entries: [...(x.entries ?? []), ...page.entries] } : x,
      ),
    }));
  };

  const moreGroups = async () => {
    const next = view.shownGroups + FIRST_GROUPS;
    const base = queryOf(filters, false);
    const filled = await Promise.all(
      view.groups.slice(0, next).map(async (g) => {
        if (g.entries) return g;
        const page = await ask(send, 'timeline:query', { query: { ...base, partner: g.partner }, limit: GROUP_LIMIT });
        return { ...g, entries: page.entries, count: page.total };
      }),
    );
    setView((v) => ({ ...v, shownGroups: next, groups: [...filled, ...v.groups.slice(next)] }));
  };

  const exportTimeline = async (format: 'json' | 'csv', scope: ExportScope) => {
    const query = scope === 'view' ? queryOf(filters, true) : undefined;
    const { text, count } = await ask(send, 'timeline:export', { format, query });
    download(text, exportFileName(format), format);
    setNotice(t('popupExported', String(count)));
  };

  const storiesFor = useCallback(
    (entityId: string): CardStory[] => {
      const seen = new Set<string>();
      const out: CardStory[] = [];
      for (const g of view.groups)
        for (const e of g.entries ?? []) {
          if (seen.has(e.id) || !e.entityIds.includes(entityId)) continue;
          seen.add(e.id);
          out.push({ title: e.title, url: e.url, date: e.date });
        }
      return out.slice(0, 5);
    },
    [view],
  );

  return (
    <Popup
      state={state}
      t={t}
      locale={locale}
      onAnalyseAnyway={() => void analyseAnyway()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      notice={notice}
      problems={problems.count}
      quotaExceeded={problems.quota}
      onExport={(format, scope) => void exportTimeline(format, scope)}
      onEntity={(e) =>
        setFilters((f) =>
          f.entityId === e.id
            ? { ...f, entityId: undefined, entityName: undefined }
            : { ...f, entityId: e.id, entityName: e.name },
        )
      }
      timeline={{
        view,
        filters,
        isCurrent: current ? (e) => sameStory(e, current) : undefined,
        onFilters: setFilters,
        onShowMore: (p) => void showMore(p),
        onMoreGroups: () => void moreGroups(),
        t,
        locale,
        storiesFor,
      }}
    />
  );
}

document.documentElement.lang = locale.startsWith('fr') ? 'fr' : 'en';
render(<App />, document.getElementById('app') as HTMLElement);
