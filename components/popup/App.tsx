// The popup: its state (state.ts) and what it asks the background, one message per change — the
// timeline again when the filters or the current story change, the rest of the first groups once
// painted, a group's or the next groups' entries on "show more" / "other countries".
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { ask, type Transport } from '@/lib/messages';
import { entriesFromAnalysis, sameStory, type TimelineEntry } from '@/lib/timeline';
import type { Analysis } from '@/lib/types';
import { CompleteTimeline } from '../CompleteTimeline';
import { download, exportFileName } from '../download';
import type { CardStory } from '../EntityCard';
import { type ExportScope, Popup } from '../Popup';
import { initialModel, type Opening, popupReducer, viewKey } from './state';
import { FILTERED_PAGE, MORE_LIMIT, moreGroupsRequests, queryOf, restRequests } from './view';

/** How long an open popup waits for a page still being read (a long page takes seconds). */
const WAIT_FOR_ANALYSIS_MS = 20_000;

/** What the popup needs of the browser (entrypoints/popup/main.tsx). */
export interface PopupHost {
  send: Transport;
  /** to the content script of a tab ("Compléter la chronologie") */
  sendToTab: (tabId: number) => Transport;
  t: Translate;
  locale: string;
  openOptions: () => void;
}

/** The current tab's story as a timeline entry (to mark it in its place). */
function currentEntry(analysis: Analysis | null): TimelineEntry | null {
  if (!analysis?.article) return null;
  const i = analysis.stories.findIndex((s) => s.origin === 'article');
  return i < 0 ? null : (entriesFromAnalysis(analysis, 0)[i] ?? null);
}

/** `first`: the background's answer, when the popup waited for it; else `opening` brings it later. */
export function App({ host, first, opening }: { host: PopupHost; first: Opening | null; opening: Promise<Opening> }) {
  const { send, t, locale } = host;
  const [model, dispatch] = useReducer(popupReducer, first, initialModel);
  const { state, filters, view, generation, focus, tabId } = model;
  const painted = useRef(false);
  const analysis = state.status === 'ready' ? state.analysis : null;
  const current = useMemo(() => currentEntry(analysis), [analysis]);

  // rendered before the answer (a slow background): the answer, as soon as it comes
  useLayoutEffect(() => {
    if (!first) void opening.then((answer) => dispatch({ type: 'opened', opening: answer }));
  }, []);

  // opened while the page was still being read: its story as soon as the content script is done
  useEffect(() => {
    if (state.status !== 'nothing-yet' || tabId === null) return;
    let open = true;
    void ask(send, 'tab:next-analysis', { tabId, withinMs: WAIT_FOR_ANALYSIS_MS })
      .then(({ analysis }) => {
        if (open && analysis) dispatch({ type: 'arrived', analysis });
      })
      .catch(() => undefined);
    return () => {
      open = false;
    };
  }, [state.status, tabId]);

  // the timeline, again whenever the filters or the current story change (text: debounced)
  const key = viewKey(model);
  useEffect(() => {
    if (state.status === 'loading' || model.shownFor === key) return;
    const timer = setTimeout(
      () =>
        ask(send, 'timeline:groups', { query: queryOf(filters, true), focus, limits: FILTERED_PAGE }).then(
          (page) => {
            if (!painted.current) performance.mark('vna-lens:data');
            dispatch({ type: 'timeline', generation, page });
          },
          () => dispatch({ type: 'timeline-failed', generation }),
        ),
      filters.text ? 150 : 0,
    );
    return () => clearTimeout(timer);
  }, [key, state.status]);

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
    // the rest of the first page (the first answer held a screenful), in one message
    const rest = restRequests(view, focus);
    if (view.groups.some((g) => g.more))
      void (rest.length ? ask(send, 'timeline:groups', { query: {}, groups: rest }) : Promise.resolve({ groups: [] }))
        .then(
          (page) => page.groups,
          () => [],
        )
        .then((pages) => dispatch({ type: 'rest', generation, pages }));
    // the first page said how the store is; without it, ask (a full read of the store: not sooner)
    if (!model.hadFirstPage)
      void ask(send, 'store:status', {})
        .then((s) => dispatch({ type: 'problems', count: s.problems.length, quota: Boolean(s.quotaExceeded) }))
        .catch(() => undefined);
  }, [view.status]);

  const analyseAnyway = async () => {
    if (model.tabId === null) return;
    dispatch({ type: 'analysing' });
    const { analysis, error } = await ask(send, 'tab:analyse-now', { tabId: model.tabId });
    dispatch({ type: 'analysed', analysis, error });
  };

  const showMore = async (partner: string) => {
    const g = view.groups.find((x) => x.partner === partner);
    if (!g) return;
    const groups = [{ partner, offset: g.entries?.length ?? 0, limit: MORE_LIMIT }];
    const page = await ask(send, 'timeline:groups', { query: queryOf(filters, false), groups });
    dispatch({ type: 'group-more', generation, pages: page.groups });
  };

  const moreGroups = async () => {
    const shown = view.shownGroups + FILTERED_PAGE.groups;
    const groups = moreGroupsRequests(view, shown);
    const page = groups.length ? await ask(send, 'timeline:groups', { query: queryOf(filters, false), groups }) : null;
    dispatch({ type: 'more-groups', generation, shown, pages: page?.groups ?? [] });
  };

  const exportTimeline = async (format: 'json' | 'csv', scope: ExportScope) => {
    const query = scope === 'view' ? queryOf(filters, true) : undefined;
    const { text, count } = await ask(send, 'timeline:export', { format, query });
    download(text, exportFileName(format), format);
    dispatch({ type: 'notice', text: t('popupExported', String(count)) });
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
      onOpenOptions={host.openOptions}
      notice={model.notice}
      problems={model.problems.count}
      quotaExceeded={model.problems.quota}
      onExport={(format, scope) => void exportTimeline(format, scope)}
      onEntity={(e) =>
        dispatch({
          type: 'filters',
          filters:
            filters.entityId === e.id
              ? { ...filters, entityId: undefined, entityName: undefined }
              : { ...filters, entityId: e.id, entityName: e.name },
        })
      }
      complete={
        tabId !== null && analysis?.page.isVna && focus.length > 0 ? (
          <CompleteTimeline
            t={t}
            locale={locale}
            command={(action) => ask(host.sendToTab(tabId), 'content:complete-timeline', { action }).catch(() => null)}
            readBounds={() => ask(send, 'settings:get', {}).then((s) => s.listing)}
            onStored={() => dispatch({ type: 'stored' })}
          />
        ) : null
      }
      timeline={{
        view,
        filters,
        isCurrent: current ? (e) => sameStory(e, current) : undefined,
        onFilters: (next) => dispatch({ type: 'filters', filters: next }),
        onShowMore: (p) => void showMore(p),
        onMoreGroups: () => void moreGroups(),
        t,
        locale,
        storiesFor,
      }}
    />
  );
}
