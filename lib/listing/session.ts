// "Compléter la chronologie" as the content script runs it: one run at a time per tab, started,
// followed and cancelled by the popup through one message ('content:complete-timeline'). The run
// lives here, not in the popup, so closing the popup loses nothing: each page is stored as it
// arrives, and a popup opened again finds the run where it is.

import type { Analysis } from '../types';
import type { ListingBounds } from './bounds';
import { type CrawlProgress, type CrawlResult, completeTimeline, type SavedCounts } from './crawl';
import { loadListing } from './fetch';
import type { TagLink } from './tags';

export type CompleteAction = 'start' | 'status' | 'cancel';

export interface CompleteStatus {
  state: 'idle' | 'running' | 'done';
  /** how many runs this tab started (a popup tells this run's result from the last one's) */
  run?: number;
  progress: CrawlProgress | null;
  result: CrawlResult | null;
  /** the page links no tag page of its partners: nothing to follow */
  noTags?: boolean;
}

/** Pause between two requests to VNA (one request at a time; a reader's pace, not a crawler's). */
export const LISTING_PAUSE_MS = 1000;

export interface CompleterDeps {
  /** the page's partner tag links, read when a run starts */
  tags(): TagLink[];
  bounds(): Promise<ListingBounds>;
  save(analysis: Analysis): Promise<SavedCounts | { error: string }>;
  load?: typeof loadListing;
  pauseMs?: number;
  now?: () => number;
}

export class TimelineCompleter {
  private status: CompleteStatus = { state: 'idle', progress: null, result: null };
  private cancelled = false;
  private runs = 0;

  constructor(private readonly deps: CompleterDeps) {}

  handle(action: CompleteAction): CompleteStatus {
    if (action === 'start' && this.status.state !== 'running') this.start();
    else if (action === 'cancel' && this.status.state === 'running') this.cancelled = true;
    return { ...this.status };
  }

  private start(): void {
    const tags = this.deps.tags();
    const run = ++this.runs;
    if (tags.length === 0) {
      this.status = { state: 'done', run, progress: null, result: null, noTags: true };
      return;
    }
    this.cancelled = false;
    this.status = { state: 'running', run, progress: null, result: null };
    const { load = loadListing, pauseMs = LISTING_PAUSE_MS, now = Date.now } = this.deps;
    void (async () => {
      let result: CrawlResult;
      try {
        result = await completeTimeline(tags, await this.deps.bounds(), {
          load: (url) => load(url),
          save: (analysis) => this.deps.save(analysis).catch((err) => ({ error: String(err) })),
          pause: () => new Promise((resolve) => setTimeout(resolve, pauseMs)),
          cancelled: () => this.cancelled,
          onProgress: (progress) => {
            this.status = { ...this.status, progress };
          },
          now: now(),
        });
      } catch {
        // a page too strange to read: the run ends there, what was stored stays
        result = { added: 0, already: 0, pages: 0, stories: 0, problems: [], stopped: 'error' };
      }
      this.status = { state: 'done', run, progress: this.status.progress, result };
    })();
  }
}
