// "les ministères du Plan et de l'Investissement, de l'Intérieur et de la Justice": a plural head
// shared by a list of complements names one ministry per complement. French writes the head once
// and each complement after it with its own preposition; the commas and "et" that separate them
// also occur inside one ministry's name ("de la Culture, des Sports et du Tourisme"), so only the
// fields of government a ministry is named after are read, and the longest known field wins.
// A list with a field this table does not know is left to the organisation rules (read as one name).

import { type Cand, type Doc, makeCand, tokenText } from './doc';
import { ADJ_DICT, keyTokens } from './knowledge';
import { looksAdjective } from './lexicon';
import { Dict } from './matcher';
import { prepLength } from './prepositions';

// What follows the preposition in a ministry's name, as VNA writes Vietnam's ministries (and any
// government's with the same fields).
const FIELDS = `Défense | Défense nationale | Sécurité publique | Affaires étrangères | Intérieur | Justice
Plan et de l'Investissement | Plan et Investissement | Finances | Industrie et du Commerce | Commerce
Agriculture et du Développement rural | Agriculture et de l'Environnement | Transports | Transport
Communications et des Transports | Transport et des Communications | Construction
Information et de la Communication | Information et des Communications | Éducation et de la Formation
Éducation | Sciences et des Technologies | Science et de la Technologie | Sciences et Technologies
Travail, des Invalides de guerre et des Affaires sociales | Culture, des Sports et du Tourisme
Ressources naturelles et de l'Environnement | Santé | Affaires ethniques et religieuses | Économie
Économie et des Finances`;

const KNOWN = new Dict<true>();
for (const field of FIELDS.split(/[|\n]/)) KNOWN.add(keyTokens(field.trim()), true, false, true);

/** The end of the known field named at k (a preposition, then the field), or -1. */
export function fieldEnd(doc: Doc, k: number): number {
  const p = prepLength(doc.toks, k);
  if (!p || !doc.toks[k + p]?.cap) return -1;
  const m = KNOWN.match(doc.toks, k + p, (j) => !doc.used[j]);
  return m ? m.end : -1;
}

/** ", " / " ; " / " et " / ", et " between two complements at k: the next complement's start, or -1. */
function nextComplement(doc: Doc, k: number): number {
  let j = k;
  if (doc.toks[j]?.f === ',' || doc.toks[j]?.f === ';') j++;
  if (doc.toks[j]?.f === 'et') j++;
  return j > k && prepLength(doc.toks, j) ? j : -1;
}

/**
 * "les ministères de la Justice ; de l'Éducation et de la Formation ; du Travail…" at i: one
 * ministry per known field (at least two), each named "ministère <complement>"; the first mention
 * takes the plural head in. Empty where the list is not one of known fields.
 */
export function listedMinistries(doc: Doc, i: number): Cand[] {
  const head = doc.toks[i];
  if (head?.kind !== 'w' || head.f !== 'ministeres' || doc.used[i]) return [];
  const byAdjective = byNationality(doc, i);
  if (byAdjective.length) return byAdjective;
  const spans: [number, number][] = [];
  let k = i + 1;
  for (;;) {
    const e = fieldEnd(doc, k);
    if (e < 0) break;
    spans.push([k, e]);
    k = nextComplement(doc, e);
    if (k < 0) break;
  }
  // ("les ministères des Affaires étrangères des deux pays": one field says no list, unless the
  // countries are listed: "les ministères des Affaires étrangères du Vietnam et de Cuba")
  if (spans.length === 1) return byCountry(doc, i, spans[0] as [number, number]);
  if (spans.length < 2) return [];
  // "… et de la Défense nationale du Laos", "… de la Santé publique": a field that goes on is not
  // the one known
  const [, last] = spans[spans.length - 1] as [number, number];
  const after = doc.toks[last];
  if (after?.kind === 'w' && (after.cap || prepLength(doc.toks, last) || looksAdjective(after.f))) return [];
  // ("… de l'Éducation et la Formation": the field goes on without its preposition)
  if (after?.f === 'et' && ['la', 'le', 'les', 'l'].includes(doc.toks[last + 1]?.f ?? '')) return [];
  return spans.map(([a, b], n) => {
    const c = makeCand(doc, n === 0 ? i : a, b, 'organization', `ministère ${tokenText(doc, a, b)}`, 'org-list');
    c.shared = n > 0;
    return c;
  });
}

/** The country named by a complement at k ("du Vietnam", "de Cuba"): its end and code, or null. */
function countryComplement(doc: Doc, k: number): { end: number; code: string | null } | null {
  const p = prepLength(doc.toks, k);
  const held = p ? doc.used[k + p] : undefined;
  return held?.type === 'country' && held.a === k + p ? { end: held.b, code: held.kb?.country ?? held.country } : null;
}

/**
 * "les ministères des Affaires étrangères du Vietnam et de Cuba": one field and a list of
 * countries names the ministry of each; the first mention takes the plural head in.
 */
function byCountry(doc: Doc, i: number, [a, e]: [number, number]): Cand[] {
  const spans: { from: number; end: number; code: string | null }[] = [];
  let k = e;
  for (;;) {
    const c = countryComplement(doc, k);
    if (!c) break;
    spans.push({ from: k, ...c });
    k = nextComplement(doc, c.end);
    if (k < 0) break;
  }
  if (spans.length < 2) return [];
  const field = tokenText(doc, a, e);
  return spans.map(({ from, end, code }, n) => {
    const c = makeCand(
      doc,
      n === 0 ? i : from,
      end,
      'organization',
      `ministère ${field} ${tokenText(doc, from, end)}`,
      'org-list',
      code,
    );
    c.shared = n > 0;
    return c;
  });
}

/**
 * "les ministères vietnamien et moldave des Affaires étrangères": a nationality adjective per
 * country, then one field, names the ministry of each; the first mention takes the plural head in,
 * the others their adjective and the field.
 */
function byNationality(doc: Doc, i: number): Cand[] {
  const adjectives: { from: number; end: number; code: string }[] = [];
  let k = i + 1;
  for (;;) {
    const adj = doc.toks[k]?.cap || doc.used[k] ? null : ADJ_DICT.match(doc.toks, k);
    if (!adj) break;
    adjectives.push({ from: k, end: adj.end, code: adj.ref });
    const sep = doc.toks[adj.end]?.f;
    k = sep === ',' && doc.toks[adj.end + 1]?.f === 'et' ? adj.end + 2 : sep === ',' || sep === 'et' ? adj.end + 1 : -1;
    if (k < 0) break;
  }
  const last = adjectives.at(-1);
  if (adjectives.length < 2 || !last) return [];
  const e = fieldEnd(doc, last.end);
  if (e < 0) return [];
  const field = tokenText(doc, last.end, e);
  return adjectives.map(({ from, end, code }, n) => {
    const a = n === 0 ? i : from;
    const b = n === adjectives.length - 1 ? e : end;
    const c = makeCand(doc, a, b, 'organization', `ministère ${tokenText(doc, from, end)} ${field}`, 'org-list', code);
    // (no mention's words are the ministry's name: "ministères vietnamien" is no alias)
    c.shared = true;
    return c;
  });
}
