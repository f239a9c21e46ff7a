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

/** An optional article at k ("le", "la", "les", "l'"): its length in tokens. */
export function articleLength(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.cap || !['le', 'la', 'les', 'l'].includes(t.f)) return 0;
  return t.f === 'l' && toks[k + 1]?.f === "'" ? 2 : 1;
}
