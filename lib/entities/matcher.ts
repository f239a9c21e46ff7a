// Dictionary matching on token sequences: entries are indexed by their first folded token and
// tried longest first, so a lookup costs a map hit plus a few token comparisons — linear in the
// text, no regex, no backtracking.

import type { Token } from './tokens';

interface DictItem<T> {
  toks: string[];
  ref: T;
  /** acronym: every text token must be all capitals ("AN" is not "An") */
  acronym: boolean;
  /** the key starts with a capital: the text's first token must too ("Mai" the name, not "mai") */
  cap: boolean;
}

export interface DictMatch<T> {
  /** token index one past the match */
  end: number;
  ref: T;
}

export class Dict<T> {
  private byFirst = new Map<string, DictItem<T>[]>();
  private keys = new Set<string>();

  add(toks: string[], ref: T, acronym: boolean, cap: boolean): void {
    const first = toks[0];
    if (first === undefined) return;
    const joined = toks.join('\u0001');
    const key = `${joined}\u0002${acronym}`;
    if (this.keys.has(key)) {
      // a form listed again in lower case ("Mer Orientale", "mer Orientale") may start in lower case
      if (!cap)
        for (const item of this.byFirst.get(first) ?? []) if (item.toks.join('\u0001') === joined) item.cap = false;
      return;
    }
    this.keys.add(key);
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    // Inserted in place (longest first, then insertion order): sorting on every add was quadratic
    // in the names a page teaches (thousands of "Nguyen …").
    let at = list.length;
    while (at > 0 && (list[at - 1] as DictItem<T>).toks.length < toks.length) at--;
    list.splice(at, 0, { toks, ref, acronym, cap });
  }

  has(toks: string[]): boolean {
    return this.keys.has(`${toks.join('\u0001')}\u0002false`) || this.keys.has(`${toks.join('\u0001')}\u0002true`);
  }

  /** Longest entry starting at token i, or null. `free(j)` can veto tokens already taken. */
  match(text: Token[], i: number, free?: (j: number) => boolean): DictMatch<T> | null {
    const t = text[i];
    if (!t) return null;
    const list = this.byFirst.get(t.f);
    if (!list) return null;
    outer: for (const item of list) {
      const n = item.toks.length;
      if (i + n > text.length) continue;
      if (item.cap && !t.cap) continue;
      for (let k = 0; k < n; k++) {
        const tk = text[i + k] as Token;
        if (tk.f !== item.toks[k]) continue outer;
        if (item.acronym && !tk.upper) continue outer;
        if (free && !free(i + k)) continue outer;
      }
      // A match must end at a token boundary that is not the middle of a hyphenated or
      // apostrophe compound ("Vietnam-Cambodge" is fine: the hyphen is its own token).
      return { end: i + n, ref: item.ref };
    }
    return null;
  }
}
