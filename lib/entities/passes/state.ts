// What the entity passes (lib/entities/index.ts) share on one page: its texts, the candidate
// mentions found so far, and the names the page has taught them to find again.

import { type Cand, claim, type Doc } from '../doc';
import { Dict } from '../matcher';

export interface PassState {
  /** the page's texts, tokenized (page-texts.ts), each with the candidate holding each token */
  readonly docs: Doc[];
  /** every candidate mention found so far, in the order found (a dropped one stays, flagged) */
  readonly cands: Cand[];
  /** Acronyms and names learnt on this page, found again in pass 9 (namesAgain, index.ts). */
  readonly learnt: Dict<Cand>;
  /** keeps a candidate: its tokens are held (claim) and it joins cands */
  readonly push: (c: Cand) => void;
  /** teaches the page a name (its folded tokens) to find again */
  readonly learn: (c: Cand, toks: string[], acronym: boolean) => void;
  /** keeps a candidate that takes over the shorter ones inside it */
  readonly takeOver: (c: Cand) => void;
}

export function passState(docs: Doc[]): PassState {
  const cands: Cand[] = [];
  const push = (c: Cand) => {
    claim(c);
    cands.push(c);
  };
  /** Acronyms and names learnt on this page, found again in pass 9 (namesAgain). */
  const learnt = new Dict<Cand>();
  const learn = (c: Cand, toks: string[], acronym: boolean) => learnt.add(toks, c, acronym, true);
  // A longer name takes over the knowledge-base names inside it ("Comité mixte Vietnam - Laos").
  const takeOver = (c: Cand) => {
    const inside = new Set<Cand>();
    for (let k = c.a; k < c.b; k++) {
      const held = c.doc.used[k];
      if (held) inside.add(held);
    }
    for (const h of inside) {
      h.dropped = true; // left out when entities are built (no search of the list: stays linear)
      for (let k = h.a; k < h.b; k++) if (h.doc.used[k] === h) h.doc.used[k] = null;
    }
    push(c);
  };
  return { docs, cands, learnt, push, learn, takeOver };
}
