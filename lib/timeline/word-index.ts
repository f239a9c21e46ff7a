// Which entries hold a text query's words, without reading every entry's text: each word of the
// entries' search text, with the entries that have it. A query word matches wherever a word of the
// text contains it ("accord" finds "accords", "d'accord"), as the full scan does — a query word has
// no separator in it, so it lies inside one word of the text. The vocabulary is far smaller than
// the text, so the words that contain a query word are found by reading the vocabulary once, and
// kept while nothing changes (a reader pages and counts with the same words). An entry replaced
// is taken out from under its old words (`remove`), so a long session does not keep every version.

import { haystackOf, type Queryable, WORD_SEPARATORS } from './query';

/** How many query words' candidates are kept between changes. */
const ASKED_KEPT = 32;

export class WordIndex<E extends Pick<Queryable, 'search' | 'title' | 'summary'>> {
  private readonly postings = new Map<string, E[]>();
  /** the candidates of each query word asked since the last change (a reader types word by word) */
  private readonly asked = new Map<string, Set<E>>();

  constructor(entries: Iterable<E> = []) {
    this.add(entries);
  }

  /** Entries to find by their words (new ones, or new versions of old ones). */
  add(entries: Iterable<E>): void {
    this.asked.clear();
    for (const e of entries) {
      for (const word of new Set(haystackOf(e).split(WORD_SEPARATORS))) {
        if (!word) continue;
        const list = this.postings.get(word);
        if (list) list.push(e);
        else this.postings.set(word, [e]);
      }
    }
  }

  /** Entries no longer current (old versions of rewritten ones): out of every word's list. */
  remove(entries: Iterable<E>): void {
    const gone = new Set(entries);
    if (!gone.size) return;
    this.asked.clear();
    const words = new Set<string>();
    for (const e of gone) for (const word of haystackOf(e).split(WORD_SEPARATORS)) if (word) words.add(word);
    // (one pass over each word's list, whatever the number of entries gone)
    for (const word of words) {
      const list = this.postings.get(word);
      if (!list) continue;
      const kept = list.filter((e) => !gone.has(e));
      if (kept.length) this.postings.set(word, kept);
      else this.postings.delete(word);
    }
  }

  /**
   * The entries indexed whose text holds every one of the (folded) words, as a set not to be
   * changed (one word's is kept for the next query).
   */
  holding(words: readonly string[]): ReadonlySet<E> {
    // (the rarest word first: the set only shrinks)
    const [first, ...rest] = words.map((w) => this.holdingWord(w)).sort((a, b) => a.size - b.size);
    if (!first) return new Set();
    if (!rest.length) return first;
    const out = new Set<E>();
    for (const e of first) if (rest.every((set) => set.has(e))) out.add(e);
    return out;
  }

  private holdingWord(word: string): Set<E> {
    const known = this.asked.get(word);
    if (known) return known;
    const set = new Set<E>();
    for (const [w, list] of this.postings) if (w.includes(word)) for (const e of list) set.add(e);
    if (this.asked.size >= ASKED_KEPT) this.asked.clear();
    this.asked.set(word, set);
    return set;
  }
}
