// What the background receives: from the content script, the popup and the options page.
// Adding a message: one entry here, one handler line in entrypoints/background/index.ts.

import type { DriftReport } from '../drift';
import type { Settings } from '../settings';
import type { GroupedPage, GroupRequest, StoreStatus } from '../store';
import type { TimelineCounts, TimelineEntry, TimelineQuery } from '../timeline';
import type { Analysis } from '../types';

/** How much of the timeline the popup shows when it opens (planned by components/popup/plan.ts). */
export interface FirstPageLimits {
  /** entries of each focus group (the current story's partners) */
  focusLimit: number;
  /** entries of each other group shown */
  groupLimit: number;
  /** groups shown with entries (at least the focus groups) */
  groups: number;
  /**
   * entries in the answer at most, the groups taken in order: what the popup shows first (its
   * first screenful); it asks for the rest of each group right after
   */
  entries?: number;
}

/**
 * The popup's timeline as it opens (no filter): counts of the whole store, and the first groups
 * with their newest entries, the groups of the tab's story first (then most stories first).
 */
export interface TimelineFirstPage extends GroupedPage {
  /** records set aside as unreadable so far (StoreStatus.problems, counted) */
  problems: number;
  /** the store refused a write for lack of space */
  quotaExceeded?: boolean;
}

/** request → response */
export interface ToBackground {
  /** content script: here is what this page holds; store it */
  'page:analysed': { req: { analysis: Analysis }; res: { stored: boolean; error?: string } };
  /**
   * popup: what was found in this tab (null: nothing yet); with `timeline`, the first page of the
   * reader's timeline too (one round trip for the popup's first screen)
   */
  'tab:analysis': {
    req: { tabId: number; timeline?: FirstPageLimits };
    res: { analysis: Analysis | null; timeline?: TimelineFirstPage };
  };
  /**
   * popup, opened before the tab's content script was done: the tab's analysis as soon as it
   * comes (null if none came within `withinMs`)
   */
  'tab:next-analysis': { req: { tabId: number; withinMs: number }; res: { analysis: Analysis | null } };
  /** popup: analyse a non-VNA tab now, on the reader's click (activeTab) */
  'tab:analyse-now': { req: { tabId: number }; res: { analysis: Analysis | null; error?: string } };
  'settings:get': { req: Record<string, never>; res: Settings };
  'settings:set': { req: { settings: Partial<Settings> }; res: Settings };
  'store:status': { req: Record<string, never>; res: StoreStatus };
  'store:clear': { req: Record<string, never>; res: StoreStatus };
  /** options: the last pages where the known layouts missed (lib/drift.ts) */
  'drift:list': { req: Record<string, never>; res: { reports: DriftReport[] } };
  /** popup: the reader's timeline, filtered (all of it when the query is empty) */
  'timeline:query': {
    /** offset/limit: one page of the answer, newest first; counts: per partner and domain too */
    req: { query: TimelineQuery; limit?: number; offset?: number; counts?: boolean };
    res: { entries: TimelineEntry[]; total: number; counts?: TimelineCounts };
  };
  /**
   * popup: the timeline grouped by partner for a filter (its partner aside), in one answer: the
   * counts, and the groups asked for (`groups`), or those of the first page (`focus`, `limits`;
   * with `query.partner`, that group alone)
   */
  'timeline:groups': {
    req: { query: TimelineQuery; groups?: GroupRequest[]; focus?: string[]; limits?: FirstPageLimits };
    res: GroupedPage;
  };
  /** content script (entity card): other stories that mention this entity */
  'timeline:entity': {
    req: { entityId: string; excludeUrl?: string; limit?: number };
    res: { entries: TimelineEntry[] };
  };
  /** popup/options: the whole timeline or a filtered view, as JSON or CSV text */
  'timeline:export': { req: { format: 'json' | 'csv'; query?: TimelineQuery }; res: { text: string; count: number } };
  /** options: a JSON export read back (merged into the history) */
  'timeline:import': { req: { text: string }; res: { imported: number; error?: string } };
  /** content script ("Compléter la chronologie"): one listing page's stories, stored in one transaction */
  'listing:save': { req: { analysis: Analysis }; res: { added: number; already: number } | { error: string } };
}
