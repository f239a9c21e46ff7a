// The popup's state as a pure reducer: every change is one action. Answers from the background
// carry the `generation` of the filters they were asked for; an answer for older filters is
// dropped. Tested in Node (tests/unit/popup-state.test.ts).

import type { TimelineFirstPage } from '@/lib/messages';
import type { GroupedPage, GroupPage } from '@/lib/store';
import { focusPartners, isShownAnalysis } from '@/lib/timeline';
import type { Analysis } from '@/lib/types';
import type { TimelineFilters } from '../ActiveFilters';
import type { PopupState } from '../Popup';
import type { TimelineView } from '../Timeline';
import { appendPages, EMPTY_VIEW, FIRST_GROUPS, filteredView, firstView } from './view';

/** What opening the popup found: the tab, what was found there, the timeline's first page. */
export interface Opening {
  tabId: number | null;
  state: PopupState;
  /** the timeline's first page (null: asked for separately) */
  timeline: TimelineFirstPage | null;
}

export interface PopupModel {
  state: PopupState;
  tabId: number | null;
  filters: TimelineFilters;
  view: TimelineView;
  notice: string | null;
  problems: { count: number; quota: boolean };
  /** the current story's partners, first in the timeline */
  focus: string[];
  /** the filters and focus the view was made for (`${generation} ${focus}`; null: none yet) */
  shownFor: string | null;
  /** bumped by every change of filters or focus: answers for an older one are dropped */
  generation: number;
  /** stories in the whole store, as last known (a filtered view cannot say) */
  stored: number;
  /** the first page came with the opening answer (it said how the store is) */
  hadFirstPage: boolean;
}

export type PopupAction =
  | { type: 'opened'; opening: Opening }
  | { type: 'filters'; filters: TimelineFilters }
  /** stories were stored meanwhile ("Compléter la chronologie"): the timeline is asked for again */
  | { type: 'stored' }
  | { type: 'timeline'; generation: number; page: GroupedPage }
  | { type: 'timeline-failed'; generation: number }
  | { type: 'rest'; generation: number; pages: GroupPage[] }
  | { type: 'group-more'; generation: number; pages: GroupPage[] }
  | { type: 'more-groups'; generation: number; shown: number; pages: GroupPage[] }
  | { type: 'analysing' }
  /** the tab's content script finished after the popup opened: its story, now stored */
  | { type: 'arrived'; analysis: Analysis }
  | { type: 'analysed'; analysis: Analysis | null; error?: string }
  | { type: 'notice'; text: string }
  | { type: 'problems'; count: number; quota: boolean };

const analysisOf = (state: PopupState) => (state.status === 'ready' ? state.analysis : null);
/** What a view is made for: the filters' generation and the focus. */
export const viewKey = (model: Pick<PopupModel, 'generation' | 'focus'>) =>
  `${model.generation} ${model.focus.join(' ')}`;

/** The model before (null) or from the background's first answer. */
export function initialModel(first: Opening | null): PopupModel {
  const state = first?.state ?? ({ status: 'loading' } as PopupState);
  const focus = focusPartners(analysisOf(state));
  const page = first?.timeline ?? null;
  const view = page ? firstView(page, focus) : EMPTY_VIEW;
  return {
    state,
    tabId: first?.tabId ?? null,
    filters: {},
    view,
    notice: null,
    problems: { count: page?.problems ?? 0, quota: Boolean(page?.quotaExceeded) },
    focus,
    shownFor: page ? viewKey({ generation: 0, focus }) : null,
    generation: 0,
    stored: view.stored,
    hadFirstPage: page !== null,
  };
}

/** A new current story (or none): the timeline is asked for again when its partners differ. */
function withState(model: PopupModel, state: PopupState): PopupModel {
  const focus = focusPartners(analysisOf(state));
  const same = focus.join(' ') === model.focus.join(' ');
  return same ? { ...model, state } : { ...model, state, focus, generation: model.generation + 1 };
}

export function popupReducer(model: PopupModel, action: PopupAction): PopupModel {
  const current = 'generation' in action ? action.generation === model.generation : true;
  switch (action.type) {
    case 'opened':
      return initialModel(action.opening);
    case 'filters':
      return { ...model, filters: action.filters, generation: model.generation + 1 };
    case 'stored':
      return { ...model, generation: model.generation + 1 };
    case 'timeline': {
      if (!current) return model;
      const next = filteredView(action.page, model.filters, model.focus);
      const stored = next.stored >= 0 ? next.stored : model.stored;
      const view = { ...next, stored: next.stored >= 0 ? next.stored : Math.max(stored, next.allCount, 1) };
      return { ...model, view, stored, shownFor: viewKey(model) };
    }
    case 'timeline-failed':
      return current
        ? { ...model, view: { ...EMPTY_VIEW, status: 'ready', stored: 0 }, shownFor: viewKey(model) }
        : model;
    case 'rest': {
      if (!current) return model;
      const groups = appendPages(model.view.groups, action.pages).map((g) => (g.more ? { ...g, more: false } : g));
      return { ...model, view: { ...model.view, groups } };
    }
    case 'group-more':
      return current
        ? { ...model, view: { ...model.view, groups: appendPages(model.view.groups, action.pages) } }
        : model;
    case 'more-groups':
      if (!current) return model;
      return {
        ...model,
        view: {
          ...model.view,
          shownGroups: Math.max(action.shown, FIRST_GROUPS),
          groups: appendPages(model.view.groups, action.pages),
        },
      };
    case 'analysing':
      return withState(model, { status: 'loading' });
    case 'arrived': {
      if (model.state.status !== 'nothing-yet') return model;
      const shown = isShownAnalysis(action.analysis);
      const next = withState(model, shown ? { status: 'ready', analysis: action.analysis } : { status: 'not-vna' });
      // the story was stored meanwhile: the timeline is asked for again, whatever its partners
      return next.generation === model.generation ? { ...next, generation: model.generation + 1 } : next;
    }
    case 'analysed':
      return withState(
        model,
        action.analysis
          ? { status: 'ready', analysis: action.analysis }
          : { status: 'not-vna', error: action.error ?? '—' },
      );
    case 'notice':
      return { ...model, notice: action.text };
    case 'problems':
      return { ...model, problems: { count: action.count, quota: action.quota } };
  }
}
