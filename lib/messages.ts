// The one protocol between the content script, the background and the popup/options pages.
// Each request type maps to the response it gets; `ask` types the round trip. The transport
// (browser.runtime.sendMessage / tabs.sendMessage) is passed in, so this file stays pure.

import { DEFAULT_LISTING_BOUNDS, type ListingBounds } from './listing/bounds';
import type { CompleteAction, CompleteStatus } from './listing/session';
import type { TimelineCounts } from './store';
import type { TimelineEntry, TimelineQuery } from './timeline';
import type { FirstPageLimits } from './timeline/query';
import type { Analysis } from './types';

export interface Settings {
  /** highlight names in the page */
  highlight: boolean;
  /** "Compléter la chronologie": listing pages and months back per partner */
  listing?: ListingBounds;
}

export const DEFAULT_SETTINGS: Settings = { highlight: true, listing: DEFAULT_LISTING_BOUNDS };

export interface StoreStatus {
  pages: number;
  stories: number;
  /** set aside records that could not be read, and why */
  problems: string[];
  /** the store refused a write for lack of space */
  quotaExceeded?: boolean;
}

/** One partner's group of the popup's timeline: its stories' count and the newest of them. */
export interface TimelineGroupPage {
  /** ISO code, or '-' for stories without a partner */
  partner: string;
  count: number;
  entries: TimelineEntry[];
}

/**
 * The popup's timeline as it opens (no filter): counts of the whole store, and the first groups
 * with their newest entries, the groups of the tab's story first (then most stories first).
 */
export interface TimelineFirstPage {
  /** stories in the whole store */
  total: number;
  counts: TimelineCounts;
  /** the groups shown with entries, in display order (the others follow `counts`) */
  groups: TimelineGroupPage[];
  /** records set aside as unreadable so far (StoreStatus.problems, counted) */
  problems: number;
  /** the store refused a write for lack of space */
  quotaExceeded?: boolean;
}

/** request → response */
export interface Protocol {
  /** content script → background: here is what this page holds; store it */
  'page:analysed': { req: { analysis: Analysis }; res: { stored: boolean; error?: string } };
  /**
   * popup → background: what was found in this tab (null: nothing yet); with `timeline`, the
   * first page of the reader's timeline too (one round trip for the popup's first screen)
   */
  'tab:analysis': {
    req: { tabId: number; timeline?: FirstPageLimits };
    res: { analysis: Analysis | null; timeline?: TimelineFirstPage };
  };
  /** popup → background: analyse a non-VNA tab now, on the reader's click (activeTab) */
  'tab:analyse-now': { req: { tabId: number }; res: { analysis: Analysis | null; error?: string } };
  /** background → content script: run the analysis again and answer with it */
  'content:analyse': { req: Record<string, never>; res: { analysis: Analysis | null } };
  /** any page → background */
  'settings:get': { req: Record<string, never>; res: Settings };
  'settings:set': { req: { settings: Partial<Settings> }; res: Settings };
  'store:status': { req: Record<string, never>; res: StoreStatus };
  'store:clear': { req: Record<string, never>; res: StoreStatus };
  /** popup → background: the reader's timeline, filtered (all of it when the query is empty) */
  'timeline:query': {
    /** offset/limit: one page of the answer, newest first; counts: per partner and domain too */
    req: { query: TimelineQuery; limit?: number; offset?: number; counts?: boolean };
    res: { entries: TimelineEntry[]; total: number; counts?: TimelineCounts };
  };
  /** content script (entity card) → background: other stories that mention this entity */
  'timeline:entity': {
    req: { entityId: string; excludeUrl?: string; limit?: number };
    res: { entries: TimelineEntry[] };
  };
  /** popup/options → background: the whole timeline or a filtered view, as JSON or CSV text */
  'timeline:export': { req: { format: 'json' | 'csv'; query?: TimelineQuery }; res: { text: string; count: number } };
  /** options → background: a JSON export read back (merged into the history) */
  'timeline:import': { req: { text: string }; res: { imported: number; error?: string } };
  /** popup → content script of the VNA tab: start, follow or cancel "Compléter la chronologie" */
  'content:complete-timeline': { req: { action: CompleteAction }; res: CompleteStatus };
  /** content script → background: one listing page's stories, stored in one transaction */
  'listing:save': {
    req: { analysis: Analysis };
    res: { added: number; already: number } | { error: string };
  };
  /** background → content scripts: settings changed (highlighting on/off) */
  'settings:changed': { req: { settings: Settings }; res: { ok: boolean } };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['req'];
export type Reply<T extends MessageType> = Protocol[T]['res'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'page:analysed',
  'tab:analysis',
  'tab:analyse-now',
  'content:analyse',
  'settings:get',
  'settings:set',
  'store:status',
  'store:clear',
  'timeline:query',
  'timeline:entity',
  'timeline:export',
  'timeline:import',
  'settings:changed',
  'content:complete-timeline',
  'listing:save',
]);

/** Messages come from other contexts: check the shape before trusting it. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}

export type Transport = (message: unknown) => Promise<unknown>;

/** Send one typed request over a transport and get its typed reply. */
export async function ask<T extends MessageType>(send: Transport, type: T, req: Protocol[T]['req']): Promise<Reply<T>> {
  return (await send({ type, ...req })) as Reply<T>;
}

/**
 * `ask`, tried again when the message could not be delivered (an MV3 service worker being
 * stopped or starting up rejects it). Any reply is final, even an unsuccessful one.
 */
export async function askUntilDelivered<T extends MessageType>(
  send: Transport,
  type: T,
  req: Protocol[T]['req'],
  delaysMs: readonly number[] = [250, 1000, 3000],
): Promise<Reply<T> | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask(send, type, req);
    } catch {
      const delay = delaysMs[attempt];
      if (delay === undefined) return null;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** A handler table for the receiving side: one function per message type it serves. */
export type Handlers<T extends MessageType = MessageType> = {
  [K in T]: (message: Message<K>, sender: { tabId?: number; url?: string }) => Promise<Reply<K>> | Reply<K>;
};
