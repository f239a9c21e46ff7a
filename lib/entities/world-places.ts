// Places of the world the knowledge base does not list: provinces, prefectures, states and big
// cities (lib/knowledge/world-places.data.ts). VNA names them bare, with nothing else to say what
// they are ("Vinh Long et Niigata ont signé", "des localités chinoises telles que le Guangdong et le
// Jilin"). A capitalised run that nothing else made a person or a place is one when it is such a
// name, whole, and reads as no French word and no given name on the page.

import { WORLD_PLACES } from '../knowledge/world-places.data';
import { foldKey } from '../text/fold';
import { type Cand, type Doc, makeCand, tokenText } from './doc';
import { GIVEN_NAMES } from './given-names';
import { TITLE_WORDS } from './lexicon';
import { isSentenceStart } from './tokens';

let keys: Map<string, string> | null = null;

/** Folded name → country, built on first use: about 4,900 names, a few milliseconds. */
function worldKeys(): Map<string, string> {
  if (keys) return keys;
  keys = new Map();
  for (const line of WORLD_PLACES.split('\n')) {
    const country = line.slice(0, 2);
    for (const name of line.slice(3).split('|')) keys.set(foldKey(name), country);
  }
  return keys;
}

/** The run [a, b) as a place of the world, or null. */
export function worldPlace(doc: Doc, a: number, b: number, lowerSeen: Set<string>): Cand | null {
  if (b - a > 6) return null;
  const text = tokenText(doc, a, b);
  const country = worldKeys().get(foldKey(text));
  if (!country) return null;
  const first = doc.toks[a];
  if (!first) return null;
  // "le général de Castries": a particle after a title opens a person's name
  if (doc.toks[a - 1]?.f === 'de' && TITLE_WORDS.has(doc.toks[a - 2]?.f ?? '')) return null;
  // "Victoria", "Florence": a given name says nothing here; the word in lower case on the page, or
  // opening a sentence, may be French ("Union", "Delta")
  if (b - a === 1 && (GIVEN_NAMES.has(first.f) || lowerSeen.has(first.f) || isSentenceStart(doc.toks, a))) return null;
  return makeCand(doc, a, b, 'place', text, 'world-place', country);
}

/** The country of a place found by a rule ("la préfecture de Niigata"), when the data has its name. */
export function worldPlaceCountry(name: string): string | null {
  return worldKeys().get(foldKey(name)) ?? null;
}
