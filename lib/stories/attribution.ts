// Where a story says who its words come from: "selon X, de l'Université de Tokyo, …", "…, selon un
// sondage de l'Emerson College des États-Unis". French news cites a source with "selon" or
// "d'après": the source, then at times an apposition on it, a noun that says what the source is
// ("économiste", "chercheur à …") or the body it belongs to ("de l'Université de Tokyo"). The
// places and countries of that citation say who speaks, not whom Vietnam deals with. The citation
// is kept narrow — its source ends at its first comma or bracket, its apposition is one of those
// two shapes — so that the sentence's own words after it ("…, Singapour étant le premier
// investisseur") stay the story's. A source that holds an office or is a state's body (an
// ambassador, a minister, an agency) speaks for its country: no citation then.
import { PROFESSIONS, TITLE_WORDS } from '../entities/lexicon';
import { fold } from '../text/fold';

/** "selon", "d'après", opening a citation (not "selon que", "selon lequel"). */
const CITES =
  /(?<![\p{L}])(?:selon|d['’]apres)[\s\u00a0]+(?!(?:que|qu['’]|lequel|laquelle|lesquels|lesquelles)(?![\p{L}]))/gu;

/**
 * A sentence's end in the page's text: a full stop, "!" or "?" before a space or the end, or a line
 * break — not the full stop of "M.", "Dr." or an initial.
 */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mme|Mlle|Dr|Pr|St))[.!?](?=[\s\u00a0]|$)|\n/gu;

/** Where a source ends: a comma, a semicolon, a bracket, or the words that go on with the sentence. */
const SOURCE_END = /[,;()]|[\s\u00a0](?:tandis|alors|mais)(?![\p{L}])/u;

/** How far a citation runs at most, in characters: the source and what is said of it. */
const MAX_CITATION = 300;

/** How many words a source may hold ("un récent sondage d'opinion mené par … et l'Emerson College des États-Unis"). */
const MAX_SOURCE_WORDS = 18;

/** A verb said of a subject: what follows "selon" is then a clause ("Selon le programme le Vietnam et le Japon développeront…"). */
const FINITE_VERB =
  /(?<![\p{L}])(?:est|sont|a|ont|sera|seront|etait|etaient|va|vont|doit|doivent|peut|peuvent|avait|avaient|\p{L}{3,}(?:ront|era|ait|aient))(?![\p{L}])/u;

/** Words of an office or of a state's body: a source that holds one, or is one, speaks for a country. */
const OFFICE =
  /(?<![\p{L}])(?:ambassad\w*|consul\w*|ministres?|ministeres?|presidente?s?|premier[\s\u00a0]+ministre|gouvern\w*|dirigeants?|secretaires?|vice-\w+|deputes?|delegations?|porte-parole|autorites|responsables?|representants?|chefs?|office|administrations?|organisations?|agences?(?![\s\u00a0]+(?:internationale|de[\s\u00a0]+(?:notation|voyages?|presse|publicite|communication))))(?![\p{L}])/u;

/** Nouns that say what a source is, opening an apposition on it: "économiste", "professeur à …". */
const SOURCE_NOUNS = new Set([
  ...PROFESSIONS,
  ...TITLE_WORDS,
  ...'professeur professeure docteur specialiste universitaire arbitre auteur auteure politologue sociologue juriste avocat avocate'.split(
    ' ',
  ),
]);

/**
 * Does an apposition on the source open at `at` (after the source's comma)? "de l'Université de
 * Tokyo" ("de", "du", "d'" and a capitalised name), or a noun that says what the source is, in lower
 * case — not the sentence's own words ("plus de 60 %", "des investisseurs", "Singapour étant…").
 */
function appositionAt(text: string, folded: string, at: number): boolean {
  const m = /^[\s\u00a0]*(\p{L}+)(['’][\s\u00a0]*|[\s\u00a0]+)(?:(?:la|l['’])[\s\u00a0]*)?/u.exec(
    folded.slice(at, at + 40),
  );
  const word = m?.[1];
  if (!m || !word) return false;
  const wordAt = at + m[0].indexOf(word);
  if (word === 'de' || word === 'du' || word === 'd') return /\p{Lu}/u.test(text.charAt(at + m[0].length));
  // ("basée à New York": where the source sits)
  if (SEATED_AT.test(word)) return true;
  return SOURCE_NOUNS.has(word) && !/\p{Lu}/u.test(text.charAt(wordAt));
}

/** Participles that say where a source sits: "basée à New York", "installé à Paris". */
const SEATED_AT = /^(?:basee?s?|situee?s?|installee?s?|implantee?s?|domiciliee?s?)$/;

/**
 * How long the source is in `window` (the text from `from` on): up to SOURCE_END, past the source's
 * own acronym in brackets ("l'Université nationale de Singapour (NUS) en mars dernier,").
 */
function sourceLength(text: string, window: string, from: number, limit: number): number {
  let at = 0;
  for (;;) {
    const cut = SOURCE_END.exec(window.slice(at));
    if (!cut) return window.length;
    const end = at + cut.index;
    const acronym = cut[0] === '(' ? /^\([\p{Lu}\d&.-]{2,12}\)/u.exec(text.slice(from + end, limit)) : null;
    if (!acronym) return end;
    at = end + acronym[0].length;
  }
}

/** After an apposition's comma at `at`, more of it: a place ("en Slovaquie") or "et" and a noun ("et directeur…"). */
function appositionGoesOn(text: string, folded: string, at: number): boolean {
  const rest = folded.slice(at, at + 40);
  if (/^[\s\u00a0]*(?:en|au|aux|a|dans)[\s\u00a0]/.test(rest)) return true;
  const m = /^[\s\u00a0]*et[\s\u00a0]+/.exec(rest);
  return !!m && appositionAt(text, folded, at + m[0].length - 1);
}

/**
 * The spans [start, end) of `text` that cite a source holding no office: "selon" or "d'après", the
 * source (MAX_SOURCE_WORDS at most, up to its comma or bracket, with no verb said of a subject), and the apposition on it with what goes
 * on with it ("…, selon X, arbitre économique en République tchèque, en Slovaquie et à Vienne, et
 * directeur adjoint…"). Sorted and apart, for `inside`.
 */
export function attributionSpans(text: string, folded = fold(text)): [number, number][] {
  const spans: [number, number][] = [];
  // (most texts cite no one: a glance spares the sweep)
  if (!folded.includes('selon') && !folded.includes('apres')) return spans;
  // sentence ends, found once: each citation is then placed in its sentence in one forward sweep
  // (a text of many citations in one sentence stays linear)
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index);
  let s = 0;
  for (const m of folded.matchAll(CITES)) {
    const start = m.index;
    const from = start + m[0].length;
    while (s < ends.length && (ends[s] as number) < start) s++;
    const sentenceEnd = s < ends.length ? (ends[s] as number) : folded.length;
    // (a citation is a source and a few words on it: nothing past MAX_CITATION is looked at)
    const limit = Math.min(sentenceEnd, from + MAX_CITATION);
    const window = folded.slice(from, limit);
    const sourceEnd = from + sourceLength(text, window, from, limit);
    const source = window.slice(0, sourceEnd - from);
    if (source.split(/[\s\u00a0'’]+/).filter(Boolean).length > MAX_SOURCE_WORDS || FINITE_VERB.test(source)) continue;
    let end = sourceEnd;
    // the apposition, after the source's comma, runs to its own comma and on while the next part goes on with it
    if (folded.charAt(sourceEnd) === ',' && appositionAt(text, folded, sourceEnd + 1)) {
      let comma = sourceEnd - from;
      for (;;) {
        const next = window.indexOf(',', comma + 1);
        end = next < 0 ? limit : from + next;
        if (next < 0 || !appositionGoesOn(text, folded, end + 1)) break;
        comma = next;
      }
    }
    if (OFFICE.test(folded.slice(start, end))) continue;
    // (in order of start: one that overlaps the last is merged with it, so `inside` can halve)
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return spans;
}

/** Is `at` inside one of the spans (sorted, apart, as attributionSpans returns them)? */
export function inside(spans: [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid] as [number, number];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
