// Timeline entries: what the reader's timeline keeps of a story across pages and visits.
// Pure data and pure functions — no IndexedDB, no browser API.

import { isVnaUrl } from '../hosts';
import { canonicalUrl, keyHost, titleKey, urlKey } from '../stories/identity';
import { composed } from '../text/as-read';
import { fold } from '../text/fold';
import type { Analysis, Entity, Mention, Story } from '../types';

/** A name to highlight in the entry's title or summary (UTF-16 offsets in that string). */
export interface EntryMention {
  field: 'title' | 'summary';
  start: number;
  end: number;
  entityId: string;
}

/** What the popup needs to show an entity of an entry: the entity without its mentions. */
export type EntryEntity = Pick<Entity, 'id' | 'name' | 'type' | 'role' | 'country' | 'aliases'>;

/**
 * A story as the timeline keeps it. `id` stays the id of the story when first seen (kept when
 * later upgraded); `origin` is 'article' once read in full, else how it was first seen.
 */
export interface TimelineEntry extends Story {
  /** every identity key seen for this story: "url:<key>" and "title:<key>" */
  keys: string[];
  /** lead of the article, or summary of the teaser */
  summary: string | null;
  /** ISO 8601 publication time */
  published: string | null;
  /** canonical URLs of the pages where the story was seen (as article or teaser) */
  seenOn: string[];
  /** ms since epoch */
  firstSeen: number;
  lastSeen: number;
  /** names to highlight in title and summary */
  mentions: EntryMention[];
  entities: EntryEntity[];
  /** derived: folded title + summary, for text queries (recomputed when missing) */
  search: string;
}

export function searchTextOf(title: string, summary: string | null): string {
  // (composed first, and no folded mark or soft hyphen left: a page that stores its letters
  // decomposed, or hyphenates its words, is found by the words a reader types)
  return fold(composed(`${title}\n${summary ?? ''}`)).replace(/\u0000/g, '');
}

function keysOf(url: string | null, title: string): string[] {
  const keys: string[] = [];
  const u = urlKey(url);
  if (u) keys.push(`url:${u}`);
  const t = titleKey(title);
  if (t) keys.push(`title:${t}`);
  return keys;
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function minimalEntity(e: Entity): EntryEntity {
  return { id: e.id, name: e.name, type: e.type, role: e.role, country: e.country, aliases: [...e.aliases] };
}

/**
 * Keeps a mention whose offsets fit its text (and spell `m.text` when given; `strict`: it must
 * be given). Returns whether it was kept.
 */
function addMention(
  out: EntryMention[],
  field: EntryMention['field'],
  text: string | null,
  m: Mention,
  entityId: string,
  strict = false,
): boolean {
  if (text === null || m.start < 0 || m.end > text.length || m.start >= m.end) return false;
  if (m.text !== undefined ? text.slice(m.start, m.end) !== m.text : strict) return false;
  out.push({ field, start: m.start, end: m.end, entityId });
  return true;
}

/** The timeline entries of one analysed page (article first, then teasers), seen at `seenAt` (ms). */
export function entriesFromAnalysis(analysis: Analysis, seenAt: number): TimelineEntry[] {
  const page = canonicalUrl(analysis.url) ?? analysis.url;
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  let relatedIndex = 0;
  const entries = analysis.stories.map((story: Story) => {
    let summary: string | null = null;
    let published: string | null = null;
    const mentions: EntryMention[] = [];
    if (story.origin === 'article') {
      summary = analysis.article?.lead ?? null;
      published = analysis.article?.published ?? null;
      for (const e of analysis.entities) {
        for (const m of e.mentions) {
          if (m.in === 'title') addMention(mentions, 'title', story.title, m, e.id);
          else if (m.in === 'lead') addMention(mentions, 'summary', summary, m, e.id);
        }
      }
    } else {
      const i = relatedIndex++;
      const item = analysis.related[i];
      summary = item?.summary ?? null;
      published = item?.published ?? null;
      for (const e of analysis.entities) {
        for (const m of e.mentions) {
          if (m.in !== 'related' || m.index !== i) continue;
          if (m.field === 'title') addMention(mentions, 'title', story.title, m, e.id);
          else if (m.field === 'summary') addMention(mentions, 'summary', summary, m, e.id);
          else if (m.field === undefined && !addMention(mentions, 'title', story.title, m, e.id, true)) {
            addMention(mentions, 'summary', summary, m, e.id, true);
          }
        }
      }
    }
    mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    const entityIds = uniq([...story.entityIds, ...mentions.map((m) => m.entityId)]);
    const entities = entityIds
      .map((id) => byId.get(id))
      .filter((e): e is Entity => Boolean(e))
      .map(minimalEntity);
    return {
      id: story.id,
      keys: uniq([story.id, ...keysOf(story.url, story.title)]),
      title: story.title,
      summary,
      url: story.url,
      origin: story.origin,
      published,
      date: story.date,
      dateSource: story.dateSource,
      partners: [...story.partners],
      domains: [...story.domains],
      isCooperation: story.isCooperation,
      entityIds,
      seenOn: [page],
      firstSeen: seenAt,
      lastSeen: seenAt,
      mentions,
      entities,
      search: searchTextOf(story.title, summary),
    };
  });
  // (a copy's list of the copying site's own pages is that page's feed, not VNA's record: its
  // links would open the copying site; the copy itself is kept, it tells a VNA story)
  return entries.filter((entry) => entry.origin === 'article' || entry.url === null || isVnaUrl(entry.url));
}

function urlKeys(e: TimelineEntry): string[] {
  return e.keys.filter((k) => k.startsWith('url:')).map((k) => k.slice(4));
}

/**
 * Whether two entries tell the same story: a shared URL key; else the same normalised title,
 * unless both have different URLs on the same site (two posts that happen to share a title).
 */
export function sameStory(a: TimelineEntry, b: TimelineEntry): boolean {
  const ua = urlKeys(a);
  const ub = urlKeys(b);
  if (ua.some((k) => ub.includes(k))) return true;
  const ta = a.keys.filter((k) => k.startsWith('title:'));
  if (!ta.some((k) => b.keys.includes(k))) return false;
  const hostsA = new Set(ua.map(keyHost));
  return !ub.some((k) => hostsA.has(keyHost(k)));
}

/**
 * One entry from two sightings of the same story. The full article wins title, summary, URL,
 * partners, domains, date, cooperation flag and highlights; otherwise the existing entry keeps
 * its data and only fills gaps. Pages seen, keys and entity ids are united; first/last seen widen.
 * The id stays the existing one (a stable storage key).
 */
export function mergeEntry(existing: TimelineEntry, incoming: TimelineEntry): TimelineEntry {
  const upgrade = incoming.origin === 'article' && existing.origin !== 'article';
  const main = upgrade ? incoming : existing;
  const other = upgrade ? existing : incoming;
  const summary = main.summary ?? other.summary;
  const entities = new Map<string, EntryEntity>();
  for (const e of [...other.entities, ...main.entities]) entities.set(e.id, e);
  return {
    id: existing.id,
    keys: uniq([...existing.keys, ...incoming.keys]),
    title: main.title,
    summary,
    url: main.url ?? other.url,
    origin: upgrade ? 'article' : existing.origin,
    published: main.published ?? other.published,
    date: main.date ?? other.date,
    dateSource: main.date ? main.dateSource : other.dateSource,
    partners: main.partners.length || main.origin === 'article' ? [...main.partners] : [...other.partners],
    domains: main.domains.length || main.origin === 'article' ? [...main.domains] : [...other.domains],
    isCooperation: main.origin === 'article' ? main.isCooperation : main.isCooperation || other.isCooperation,
    entityIds: uniq([...main.entityIds, ...other.entityIds]),
    seenOn: uniq([...existing.seenOn, ...incoming.seenOn]),
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    // highlights go with the texts they point into
    mentions: [
      ...main.mentions.filter((m) => m.field === 'title'),
      ...(main.summary === summary ? main.mentions : other.mentions).filter((m) => m.field === 'summary'),
    ],
    entities: [...entities.values()],
    search: searchTextOf(main.title, summary),
  };
}

/**
 * Adds entries to a timeline, merging each with the story it already holds (by URL key, then by
 * title key). Returns a new array; the order of existing entries is kept, new ones are appended.
 */
export function mergeEntries(timeline: TimelineEntry[], incoming: TimelineEntry[]): TimelineEntry[] {
  const out = [...timeline];
  const byKey = new Map<string, number[]>();
  const index = (i: number) => {
    for (const k of (out[i] as TimelineEntry).keys) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  };
  for (let i = 0; i < out.length; i++) index(i);
  for (const entry of incoming) {
    let at = -1;
    for (const k of entry.keys) {
      for (const i of byKey.get(k) ?? []) {
        if (sameStory(out[i] as TimelineEntry, entry)) {
          at = i;
          break;
        }
      }
      if (at >= 0) break;
    }
    if (at >= 0) out[at] = mergeEntry(out[at] as TimelineEntry, entry);
    else out.push(entry);
    index(at >= 0 ? at : out.length - 1);
  }
  return out;
}
