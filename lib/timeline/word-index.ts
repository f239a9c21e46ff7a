// Which entries hold a text query's words, without reading every entry's text: each word of the
// entries' search text, with the entries that have it. A query word matches wherever a word of the
// text contains it ("accord" finds "accords", "d'accord"), as the full scan does — a query word has
// no separator in it, so it lies inside one word of the text. The vocabulary is far smaller than
// the text, so the words that contain a query word are found by reading the vocabulary once, and
// kept while nothing changes (a reader pages and counts with the same words). An entry replaced
// is taken out from under its old words (`remove`), so a long session does not keep every version.
//
// Entries are numbered as they come in (their ordinal), and what a query reads of them is kept by
// that number in flat arrays: which entries a word holds, and each entry's partners and domains.
// A query at 50,000 stories then marks bytes and counts small integers instead of looking entries
// up in sets and maps (bench/store.ts: the text query with its page and counts).

import type { TimelineCounts } from './counts';
import { countsFromTables, NO_PARTNER } from './counts';
import { haystackOf, type Queryable, WORD_SEPARATORS } from './query';

/** How many query words' marks are kept between changes. */
const ASKED_KEPT = 32;

type Indexed = Pick<Queryable, 'search' | 'title' | 'summary' | 'partners' | 'domains'>;

export class WordIndex<E extends Indexed> {
  /** word → ordinals of the entries whose text has it */
  private readonly postings = new Map<string, number[]>();
  /** ordinal → entry (undefined once removed) */
  private readonly byOrdinal: (E | undefined)[] = [];
  private readonly ordinals = new Map<E, number>();
  /** each entry's facets (its partners, domains, or "no partner"), as small integers: facetList[facetStart[o] .. facetStart[o + 1]) */
  private readonly facetStart: number[] = [0];
  private readonly facetList: number[] = [];
  /** facet key ("p:KH", "d:defence") ↔ its number */
  private readonly facetIds = new Map<string, number>();
  private readonly facetKeys: string[] = [];
  /** the marks of each query word asked since the last change (a reader types word by word) */
  private readonly asked = new Map<string, Uint8Array>();

  constructor(entries: Iterable<E> = []) {
    this.add(entries);
  }

  /** Entries to find by their words (new ones, or new versions of old ones). */
  add(entries: Iterable<E>): void {
    this.asked.clear();
    for (const e of entries) {
      if (this.ordinals.has(e)) continue;
      const o = this.byOrdinal.length;
      this.byOrdinal.push(e);
      this.ordinals.set(e, o);
      for (const word of new Set(haystackOf(e).split(WORD_SEPARATORS))) {
        if (!word) continue;
        const list = this.postings.get(word);
        if (list) list.push(o);
        else this.postings.set(word, [o]);
      }
      if (!e.partners.length) this.facetList.push(this.facetId(`p:${NO_PARTNER}`));
      for (const p of e.partners) this.facetList.push(this.facetId(`p:${p}`));
      for (const d of e.domains) this.facetList.push(this.facetId(`d:${d}`));
      this.facetStart.push(this.facetList.length);
    }
  }

  /** Entries no longer current (old versions of rewritten ones): out of every word's list. */
  remove(entries: Iterable<E>): void {
    const gone = new Set<number>();
    const words = new Set<string>();
    for (const e of entries) {
      const o = this.ordinals.get(e);
      if (o === undefined) continue;
      gone.add(o);
      this.ordinals.delete(e);
      this.byOrdinal[o] = undefined;
      for (const word of haystackOf(e).split(WORD_SEPARATORS)) if (word) words.add(word);
    }
    if (!gone.size) return;
    this.asked.clear();
    // (one pass over each word's list, whatever the number of entries gone)
    for (const word of words) {
      const list = this.postings.get(word);
      if (!list) continue;
      const kept = list.filter((o) => !gone.has(o));
      if (kept.length) this.postings.set(word, kept);
      else this.postings.delete(word);
    }
  }

  /** The entry's number in this index (undefined if it is not indexed). */
  ordinalOf(e: E): number | undefined {
    return this.ordinals.get(e);
  }

  /**
   * 1 at the ordinal of each entry indexed whose text holds every one of the (folded) words, 0
   * elsewhere; not to be changed (one word's is kept for the next query).
   */
  marks(words: readonly string[]): Uint8Array {
    const [first, ...rest] = words.map((w) => this.marksOfWord(w));
    if (!first) return new Uint8Array(this.byOrdinal.length);
    if (!rest.length) return first;
    const out = first.slice();
    for (const m of rest) for (let o = 0; o < out.length; o++) out[o] = (out[o] as number) & (m[o] ?? 0);
    return out;
  }

  /** The entries indexed whose text holds every one of the (folded) words, as a set. */
  holding(words: readonly string[]): ReadonlySet<E> {
    const marks = this.marks(words);
    const out = new Set<E>();
    for (let o = 0; o < marks.length; o++) {
      const e = marks[o] ? this.byOrdinal[o] : undefined;
      if (e) out.add(e);
    }
    return out;
  }

  /** The partner and domain counts of the entries at the ordinals `marks` sets, as countsOfEntries gives them. */
  countsOf(marks: Uint8Array): TimelineCounts {
    const counts = new Array<number>(this.facetKeys.length).fill(0);
    const { facetStart, facetList } = this;
    for (let o = 0; o < marks.length; o++) {
      if (!marks[o]) continue;
      for (let j = facetStart[o] as number; j < (facetStart[o + 1] as number); j++)
        counts[facetList[j] as number] = (counts[facetList[j] as number] as number) + 1;
    }
    const partners: Record<string, number> = {};
    const domains: Record<string, number> = {};
    for (const [id, key] of this.facetKeys.entries()) {
      const n = counts[id] ?? 0;
      if (!n) continue;
      if (key.startsWith('p:')) partners[key.slice(2)] = n;
      else domains[key.slice(2)] = n;
    }
    return countsFromTables(partners, domains);
  }

  private facetId(key: string): number {
    let id = this.facetIds.get(key);
    if (id === undefined) {
      id = this.facetKeys.length;
      this.facetKeys.push(key);
      this.facetIds.set(key, id);
    }
    return id;
  }

  private marksOfWord(word: string): Uint8Array {
    const known = this.asked.get(word);
    if (known) return known;
    const marks = new Uint8Array(this.byOrdinal.length);
    for (const [w, list] of this.postings) if (w.includes(word)) for (const o of list) marks[o] = 1;
    if (this.asked.size >= ASKED_KEPT) this.asked.clear();
    this.asked.set(word, marks);
    return marks;
  }
}
