// The bounded walk through VNA's listing pages for the article's partners: from each partner's
// tag links, then each listing's own "next" links, until the partner's page budget is spent, a
// page reaches further back than the months asked (its teasers older than that are not stored),
// or the listing ends. Pages are loaded one at a
// time, with a pause between requests, and each is stored as it arrives (the popup may close).
// The network, the store and the clock are passed in: this file is the plan, not the plumbing.

import type { Analysis } from '../types';
import { cutoffDay, type ListingBounds, storiesSince } from './bounds';
import { type ListingRefusal, readListingPage } from './parse';
import type { TagLink } from './tags';

/** Why a listing page gave nothing. 'try-later' (429/503) and 'offline' stop the whole run. */
export type ListingProblem = 'offline' | 'timeout' | 'not-found' | 'try-later' | 'http' | ListingRefusal | 'store';

export type Loaded = { doc: Document; url: string } | { problem: ListingProblem; status?: number };

export interface SavedCounts {
  added: number;
  already: number;
}

export interface CrawlDeps {
  /** fetch and parse one page (the caller's manners: credentials omitted, a timeout) */
  load(url: string): Promise<Loaded>;
  /** store one listing page's stories in one transaction */
  save(analysis: Analysis): Promise<SavedCounts | { error: string }>;
  /** wait between two requests to the same host */
  pause(): Promise<void>;
  cancelled(): boolean;
  onProgress?(progress: CrawlProgress): void;
  /** today (ms): the months bound counts back from it */
  now: number;
}

export interface CrawlProgress {
  partner: string;
  /** listing page being read for this partner (1-based) and the partner's budget */
  page: number;
  of: number;
  /** stories read so far, in the whole run */
  stories: number;
}

export interface PageProblem {
  url: string;
  problem: ListingProblem;
  status?: number;
}

export interface CrawlResult extends SavedCounts {
  pages: number;
  stories: number;
  problems: PageProblem[];
  /** stopped early: by the reader, or by the site (429/503) or the network */
  stopped: 'cancelled' | 'try-later' | 'offline' | 'error' | null;
}

/** The partners to complete, each with its tag links in page order. */
export function partnerStarts(tags: readonly TagLink[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tag of tags) {
    for (const p of tag.partners) {
      const list = out.get(p) ?? [];
      if (!list.includes(tag.url)) list.push(tag.url);
      out.set(p, list);
    }
  }
  return out;
}

export async function completeTimeline(
  tags: readonly TagLink[],
  bounds: ListingBounds,
  deps: CrawlDeps,
): Promise<CrawlResult> {
  const result: CrawlResult = { added: 0, already: 0, pages: 0, stories: 0, problems: [], stopped: null };
  const cutoff = cutoffDay(deps.now, bounds.months);
  const visited = new Set<string>();
  let requests = 0;
  for (const [partner, starts] of partnerStarts(tags)) {
    let read = 0;
    for (const start of starts) {
      let url: string | null = start;
      while (url && read < bounds.pages && !visited.has(url)) {
        if (deps.cancelled()) return { ...result, stopped: 'cancelled' };
        visited.add(url);
        deps.onProgress?.({ partner, page: read + 1, of: bounds.pages, stories: result.stories });
        if (requests++ > 0) await deps.pause();
        if (deps.cancelled()) return { ...result, stopped: 'cancelled' };
        const loaded = await deps.load(url);
        read++;
        if ('problem' in loaded) {
          result.problems.push({ url, problem: loaded.problem, status: loaded.status });
          if (loaded.problem === 'try-later' || loaded.problem === 'offline')
            return { ...result, stopped: loaded.problem };
          break; // this listing cannot be followed further
        }
        const page = readListingPage(loaded.doc, loaded.url, [partner]);
        if ('refused' in page) {
          result.problems.push({ url, problem: page.refused });
          break;
        }
        // the last page read may reach past the cutoff: its older teasers are not stored
        const analysis = storiesSince(page.analysis, cutoff);
        const saved = await deps.save(analysis);
        if ('error' in saved) {
          result.problems.push({ url, problem: 'store' });
          break;
        }
        result.pages++;
        result.stories += analysis.stories.length;
        result.added += saved.added;
        result.already += saved.already;
        deps.onProgress?.({ partner, page: read, of: bounds.pages, stories: result.stories });
        // newest first: a page that reaches past the cutoff is the last one needed
        url = page.oldest < cutoff ? null : page.next;
      }
    }
  }
  return result;
}
