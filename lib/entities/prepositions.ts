// The small words that join the parts of a French name: "de", "du", "des", "d'", "de la", "de l'",
// and the articles before a complement. Shared by the organisation, place and role rules.

import type { Token } from './tokens';

/** "de", "du", "des", "d'", "de la", "de l'": tokens of the preposition at k, or 0. */
export function prepLength(toks: Token[], k: number): number {
  const t = toks[k];
  if (t?.kind !== 'w' || t.cap) return 0;
  if (t.f === 'd') return toks[k + 1]?.f === "'" ? 2 : 0;
  // "del'économie": "de l'" glued, as VNA's stored text often glues words
  if (t.f === 'del') return toks[k + 1]?.f === "'" ? 2 : 0;
  if (t.f === 'du' || t.f === 'des') return 1;
  if (t.f !== 'de') return 0;
  if (toks[k + 1]?.f === 'la' && !toks[k + 1]?.cap) return 2;
  if (toks[k + 1]?.f === 'l' && toks[k + 2]?.f === "'") return 3;
  return 1;
}

/** "de Tamil Nadu", "du Yunnan", "de la Basse-Saxe": a preposition at k, then a capitalised word. */
export function capitalAfterPreposition(toks: Token[], k: number): boolean {
  const p = prepLength(toks, k);
  return !!p && !!toks[k + p]?.cap;
}

/** The preposition ending right before token a ("de la", "du", "d'"): its first token, or -1. */
export function prepBefore(toks: Token[], a: number): number {
  for (let p = a - 1; p >= a - 3 && p >= 0; p--) {
    const n = prepLength(toks, p);
    if (n && p + n === a) return p;
  }
  return -1;
}

/** An optional article at k ("le", "la", "les", "l'"): its length in tokens. */
export function articleLength(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.cap || !['le', 'la', 'les', 'l'].includes(t.f)) return 0;
  return t.f === 'l' && toks[k + 1]?.f === "'" ? 2 : 1;
}

/** Back over an article ending at k ("le", "la", "les", "l'"): the token before it, else k. */
export function articleBefore(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.cap) return k;
  if (t.f === "'" && toks[k - 1]?.f === 'l') return k - 2;
  return t.f === 'le' || t.f === 'la' || t.f === 'les' ? k - 1 : k;
}
