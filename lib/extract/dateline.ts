// The dateline that opens VNA dispatches: "Phnom Penh (VNA) –", "Soc Trang, 18 juillet (VNA) -",
// "Hanoi (VNA/CVN) -". Bounded patterns only: this runs on page text.

import type { Dateline } from '../types';

const DATELINE =
  /^\s*([^\s()–—,.;:!?][^()–—,.;:!?]{0,60}?)\s*(?:,\s*([^()–—]{1,40}?))?\s*\((?:VNA|AVI|CVN|VNA\/CVN|VNA-CVN)\)\s*[–—-]/u;

export function datelineOf(firstParagraph: string | undefined): Dateline | null {
  if (!firstParagraph) return null;
  const m = DATELINE.exec(firstParagraph.slice(0, 160));
  if (!m) return null;
  return { place: m[1]?.trim() || null, date: m[2]?.trim() || null };
}

/** Does any of these texts carry a VNA dateline? (a detection signal) */
export function hasVnaDateline(texts: Iterable<string>): boolean {
  for (const t of texts) if (/\((?:VNA|AVI|VNA\/CVN)\)\s*[–—-]/.test(t.slice(0, 200))) return true;
  return false;
}
