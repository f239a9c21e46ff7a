// Shared by the Chromium and Firefox "Compléter la chronologie" suites: what the tag listing
// pages of an article should add to the timeline, computed in Node by the same pure model
// (lib/listing) from the pages the corpus server serves, and the probe articles.
import { readListingPage } from '../../lib/listing/parse';
import { parseHtml } from '../../lib/node-dom';
import { titleKey } from '../../lib/stories';
import type { TimelineEntry } from '../../lib/timeline';
import { listingRoutes, PROBE_KINDS, type ProbeKind, partnerListings, probePaths } from '../fixtures/listing-pages';

export interface ExpectedStory {
  title: string;
  date: string | null;
  partner: string;
}

/** The stories of both listing pages of `partner`'s tag on `host`, as the extension should store them. */
export function expectedListingStories(host: string, partner: string): ExpectedStory[] {
  const listing = partnerListings(host).find((l) => l.partner === partner);
  if (!listing) throw new Error(`no ${partner} listing on ${host}`);
  const routes = listingRoutes(host);
  const out: ExpectedStory[] = [];
  let path: string | null = listing.paths[0] as string;
  while (path) {
    const answer = routes.get(path);
    if (!answer || answer === 'hang') throw new Error(`not served: ${path}`);
    const url: string = `http://${host}${path}`;
    const page = readListingPage(parseHtml(answer.html, url), url, [partner]);
    if ('refused' in page) throw new Error(`${path}: ${page.refused}`);
    for (const s of page.analysis.stories) out.push({ title: s.title, date: s.date, partner });
    path = page.next ? new URL(page.next).pathname : null;
  }
  return out;
}

/** The stored entry telling this story (same title key), if any. */
export function storedStory(stored: readonly TimelineEntry[], story: ExpectedStory): TimelineEntry | undefined {
  const key = `title:${titleKey(story.title)}`;
  return stored.find((e) => e.keys.includes(key));
}

/** The probe articles, and the words their problem is reported with (FR or EN). */
export const PROBES: { kind: ProbeKind; path: string; says: RegExp }[] = PROBE_KINDS.map((kind) => ({
  kind,
  path: probePaths(kind).article,
  says: {
    'error-500': /erreur|error/i,
    hang: /à temps|in time/i,
    'not-listing': /pas une liste|not a list/i,
    'no-date': /aucune date|no date/i,
  }[kind],
}));

export const RESULT = /(\d+) (?:nouveaux|new), (\d+) (?:déjà là|already there)/;
