// Popup glue: finds the active tab and asks the background, in one message, what was found there
// and the first page of the reader's timeline (counts for every partner, a screenful of entries
// of the first groups: the current story's partners first); renders <Popup> once with both; then
// asks for the rest of the first groups' entries, and a page at a time on a filter, on "show more".
import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CompleteTimeline } from '@/components/CompleteTimeline';
import { download, exportFileName } from '@/components/download';
import type { CardStory } from '@/components/EntityCard';
import { prepareDateFormats } from '@/components/labels';
import { type ExportScope, Popup, type PopupState } from '@/components/Popup';
import { FIRST_SCREEN, type GroupView, type TimelineFilters, type TimelineView } from '@/components/Timeline';
import { isVnaHost } from '@/lib/hosts';
import type { MessageKey } from '@/lib/i18n';
import { clampBounds } from '@/lib/listing/bounds';
import { ask, type TimelineFirstPage } from '@/lib/messages';
import { entriesFromAnalysis, sameStory, type TimelineEntry, type TimelineQuery } from '@/lib/timeline';
import { type FirstPageLimits, firstPagePlan, focusPartners, groupOrder, isShownAnalysis } from '@/lib/timeline/query';
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
/** The first page: the first groups' entries, a screenful of them in the first answer (the rest right after). */
const FIRST_PAGE: FirstPageLimits = {
  focusLimit: FOCUS_LIMIT,
  groupLimit: GROUP_LIMIT,
  groups: FIRST_GROUPS,
  entries: FIRST_SCREEN,
};
/** The loading state shows when the background takes longer than this to answer. */
const LOADING_AFTER_MS = 100;
/** The filters the popup opens with (the first page answers them). */
const NO_FILTERS: TimelineFilters = {};

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

/** The timeline for the filters: the counts, then the entries of the first groups (two rounds). */
async function loadTimeline(filters: TimelineFilters, focus: string[]): Promise<TimelineView> {
  const base = queryOf(filters, false);
  const overview = await ask(send, 'timeline:query', { query: base, limit: 0, counts: true });
  const counts = overview.counts ?? { partners: [], domains: [] };
  const countOf = new Map(counts.partners.map((c) => [c.key, c.count]));
  const { order, first } = groupOrder(counts.partners, focus, filters.partner);
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

/**
 * The view of the timeline's first page: its groups with entries (`more`: the rest of their first
 * entries still to come), then the others as counted.
 */
function firstView(page: TimelineFirstPage, focus: string[]): TimelineView {
  const limitOf = new Map(firstPagePlan(page.counts.partners, focus, FIRST_PAGE).map((p) => [p.partner, p.limit]));
  const loaded: GroupView[] = page.groups.map((g) => ({
    ...g,
    more: g.entries.length < Math.min(limitOf.get(g.partner) ?? 0, g.count),
  }));
  const others: GroupView[] = page.counts.partners
    .filter((c) => !limitOf.has(c.key))
    .map((c) => ({ partner: c.key, count: c.count, entries: null }));
  return {
    status: 'ready',
    total: page.total,
    allCount: page.total,
    stored: page.total,
    counts: page.counts,
    groups: [...loaded, ...others].filter((g) => g.count > 0),
    shownGroups: FIRST_GROUPS,
  };
}

/** The rest of the first entries of the groups that have `more` to come, a message a group. */
async function restOf(view: TimelineView, focus: string[]): Promise<TimelineView> {
  const limitOf = new Map(firstPagePlan(view.counts.partners, focus, FIRST_PAGE).map((p) => [p.partner, p.limit]));
  const groups = await Promise.all(
    view.groups.map(async (g) => {
      if (!g.more) return g;
      const have = g.entries?.length ?? 0;
      const want = Math.min(limitOf.get(g.partner) ?? 0, g.count) - have;
      if (want <= 0) return { ...g, more: false };
      const page = await ask(send, 'timeline:query', { query: { partner: g.partner }, offset: have, limit: want });
      return { ...g, count: page.total, entries: [...(g.entries ?? []), ...page.entries], more: false };
    }),
  );
  return { ...view, groups };
}

interface Opening {
  tabId: number | null;
  state: PopupState;
  /** the timeline's first page (absent: asked for separately) */
  timeline: TimelineFirstPage | null;
}

/** The tab, what was found there and the timeline's first page: one message to the background. */
async function openPopup(): Promise<Opening> {
  let tabId: number | null = null;
  try {
    const tab = await targetTab();
    if (tab === null) return { tabId, state: { status: 'not-vna' }, timeline: null };
    tabId = tab.id;
    const asked = ask(send, 'tab:analysis', { tabId: tab.id, timeline: FIRST_PAGE });
    prepareDateFormats(locale); // (some ms of the wait, not of the render)
    const { analysis, timeline } = await asked;
    if (timeline) performance.mark('vna-lens:data');
    const state: PopupState = !analysis
      ? { status: onVnaHost(tab.url) ? 'nothing-yet' : 'not-vna' }
      : isShownAnalysis(analysis)
        ? { status: 'ready', analysis }
        : { status: 'not-vna' };
    return { tabId, state, timeline: timeline ?? null };
  } catch {
    return { tabId, state: { status: 'nothing-yet' }, timeline: null };
  }
}

// Asked for at once. First, a query of nothing (its answer is not used): a stopped worker starts,
// and opens the store, while the tab is looked up.
void ask(send, 'timeline:query', { query: {}, limit: 0 }).catch(() => undefined);
const opening = openPopup();

const EMPTY_VIEW: TimelineView = {
  status: 'loading',
  total: 0,
  allCount: 0,
  stored: -1,
  counts: { partners: [], domains: [] },
  groups: [],
  shownGroups: FIRST_GROUPS,
};

/** What the popup shows first, from the background's answer (none yet: loading). */
function firstScreen(first: Opening | null) {
  const page = first?.timeline ?? null;
  return {
    state: first?.state ?? ({ status: 'loading' } as PopupState),
    tabId: first?.tabId ?? null,
    view: page
      ? firstView(page, focusPartners(first?.state.status === 'ready' ? first.state.analysis : null))
      : EMPTY_VIEW,
    problems: { count: page?.problems ?? 0, quota: Boolean(page?.quotaExceeded) },
    // the current story's partners the first page was made for (null: no first page)
    focus: page ? focusPartners(first?.state.status === 'ready' ? first.state.analysis : null).join(' ') : null,
  };
}

/** `first`: the background's answer, when the popup waited for it (else it comes later). */
function App({ first }: { first: Opening | null }) {
  const [initial] = useState(() => firstScreen(first));
  const [state, setState] = useState<PopupState>(initial.state);
  const [tabId, setTabId] = useState<number | null>(initial.tabId);
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [view, setView] = useState<TimelineView>(initial.view);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState(initial.problems);
  const painted = useRef(false);
  const generation = useRef(0);
  const stored = useRef(initial.view.stored);
  const firstFocus = useRef<string | null>(initial.focus);

  const analysis = state.status === 'ready' ? state.analysis : null;
  const current = useMemo(() => currentEntry(analysis), [analysis]);
  const focus = useMemo(() => focusPartners(analysis), [analysis]);

  // rendered before the answer (a slow background): the answer, as soon as it comes
  useLayoutEffect(() => {
    if (first) return;
    void opening.then((answer) => {
      const next = firstScreen(answer);
      stored.current = next.view.stored;
      firstFocus.current = next.focus;
      setTabId(next.tabId);
      setProblems(next.problems);
      setView(next.view);
      setState(next.state);
    });
  }, [first]);

  // the timeline, again whenever the filters or the current story change (text: debounced)
  useEffect(() => {
    if (state.status === 'loading') return;
    // the first page is this view already
    if (filters === NO_FILTERS && firstFocus.current === focus.join(' ')) return;
    const mine = ++generation.current;
    const delay = filters.text ? 150 : 0;
    const timer = setTimeout(() => {
      loadTimeline(filters, focus)
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
    // (the detail says what the reader sees: entries in the document, and whether they fill the screen)
    const entries = document.querySelectorAll('.timeline .entry');
    const last = entries[entries.length - 1];
    performance.mark('vna-lens:timeline', {
      detail: { entries: entries.length, pastFold: last ? last.getBoundingClientRect().top > innerHeight : false },
    });
    document.documentElement.dataset.timeline = 'ready';
    // the rest of the first page (the first answer held a screenful)
    if (view.groups.some((g) => g.more)) {
      const mine = generation.current;
      // merged group by group into the view as it is then ("other countries" may have changed it)
      void restOf(view, focus)
        .then((next) => {
          const filled = new Map(next.groups.map((g) => [g.partner, g]));
          if (mine === generation.current)
            setView((v) => ({ ...v, groups: v.groups.map((g) => (g.more ? (filled.get(g.partner) ?? g) : g)) }));
        })
        .catch(() => {
          if (mine === generation.current)
            setView((v) => ({ ...v, groups: v.groups.map((g) => (g.more ? { ...g, more: false } : g)) }));
        });
    }
    // the first page said how the store is; without it, ask (a full read of the store: not sooner)
    if (firstFocus.current === null)
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
      complete={
        tabId !== null && analysis?.page.isVna && focus.length > 0 ? (
          <CompleteTimeline
            t={t}
            locale={locale}
            command={(action) =>
              ask((m) => browser.tabs.sendMessage(tabId, m), 'content:complete-timeline', { action }).catch(() => null)
            }
            readBounds={() => ask(send, 'settings:get', {}).then((s) => clampBounds(s.listing))}
            onStored={() => {
              firstFocus.current = null; // read the timeline again, as it is now
              setFilters((f) => ({ ...f }));
            }}
          />
        ) : null
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
// The first render waits for the background's answer: the card and the timeline in one render,
// with nothing in the way of the answer (a render of the loading state, its styles and layout,
// would hold up the tab lookup and the answer). A slow answer: the loading state meanwhile.
let mounted = false;
const mount = (first: Opening | null) => {
  if (mounted) return;
  mounted = true;
  render(<App first={first} />, document.getElementById('app') as HTMLElement);
};
void opening.then(mount);
setTimeout(() => mount(null), LOADING_AFTER_MS);
