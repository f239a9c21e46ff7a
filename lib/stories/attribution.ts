// Where a story says who its words come from: "selon X, de l'Université de Tokyo, …", "…, selon un
// sondage mené par l'Emerson College des États-Unis". French news cites a source with "selon" or
// "d'après"; the places and bodies of that citation say who speaks, not whom Vietnam deals with.
// A source who holds an office (an ambassador, a minister, a spokesman…) speaks for a country, and
// the citation is then kept: "…, selon l'ambassadeur du Japon" is the envoy's word.
import { fold } from '../text/fold';

/** "selon", "d'après", opening a citation (not "selon que", "selon lequel"). */
const CITES =
  /(?<![\p{L}])(?:selon|d['’]apres)[\s\u00a0]+(?!(?:que|qu['’]|lequel|laquelle|lesquels|lesquelles)(?![\p{L}]))/gu;

/** How far a citation runs at most, in characters: the source and what is said of it. */
const MAX_CITATION = 300;

/** A sentence's end: a full stop, "!" or "?" before a space or the end, or a line break. */
const SENTENCE_END = /[.!?](?=[\s\u00a0]|$)|\n/g;

/** Words of an office or a state's body: a source that holds one, or is one, speaks for a country. */
const OFFICE =
  /(?<![\p{L}])(?:ambassad\w*|consul\w*|ministres?|ministeres?|presidente?s?|premier[\s\u00a0]+ministre|gouvern\w*|dirigeants?|secretaires?|vice-\w+|deputes?|delegations?|porte-parole|autorites|responsables?|representants?|chefs?|agences?|organisations?|office|administrations?)(?![\p{L}])/u;

/** Words after a comma that open the sentence's own words again, not an apposition on the source. */
const CLAUSE_OPENERS = new Set(
  'le la les l un une des du de d ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous qui que qu dont tandis alors mais et ou or selon avec pour par en au aux a dans sur soit notamment ainsi'.split(
    ' ',
  ),
);

/** How many words an opening citation's source may hold before its comma ("Selon l'Agence … (JICA),"). */
const MAX_SOURCE_WORDS = 10;

/**
 * After the comma at `comma`, an apposition on the source: a body it belongs to ("de l'Université
 * de Tokyo": "de", "du", "d'" and a capitalised name) or a bare noun that says what it is
 * ("arbitre économique…", "chercheur…"); not the sentence's own words ("des investisseurs…",
 * "de nombreuses entreprises", "Singapour étant…", "tandis que…").
 */
function appositionAfter(text: string, folded: string, comma: number): boolean {
  const words = /^[\s\u00a0]*(\p{L}+)['’]?[\s\u00a0]*((?:la|l['’])[\s\u00a0]*)?/u.exec(
    folded.slice(comma + 1, comma + 40),
  );
  const word = words?.[1];
  if (!words || !word) return false;
  const wordAt = comma + 1 + words[0].indexOf(word);
  // ("de l'Université de Tokyo", "du Centre…": the body the source belongs to, by its capital)
  if (word === 'de' || word === 'du' || word === 'd') return /\p{Lu}/u.test(text.charAt(comma + 1 + words[0].length));
  return !CLAUSE_OPENERS.has(word) && !/\p{Lu}/u.test(text.charAt(wordAt));
}

/** After an apposition's comma at `comma`, more of it: a place ("en Slovaquie") or "et" and a bare noun ("et directeur adjoint…"). */
function appositionGoesOn(folded: string, comma: number): boolean {
  const rest = folded.slice(comma + 1, comma + 40);
  if (/^[\s\u00a0]*(?:en|au|aux|a|dans)[\s\u00a0]/.test(rest)) return true;
  const m = /^[\s\u00a0]*et[\s\u00a0]+(\p{L}+)/u.exec(rest);
  return !!m && !CLAUSE_OPENERS.has(m[1] as string);
}

/**
 * The spans [start, end) of `text` that cite a source that holds no office: "selon" or "d'après",
 * the source up to its comma, and the apposition on it ("Selon X, de l'Université de Tokyo, le
 * Vietnam doit…", "…, selon X, arbitre économique en République tchèque, en Slovaquie et à Vienne,
 * et directeur adjoint…"). A citation opening its sentence whose source runs on past ten words
 * with no comma is none ("Selon le programme de coopération le Vietnam et le Japon développeront…").
 */
export function attributionSpans(text: string): [number, number][] {
  const folded = fold(text);
  const spans: [number, number][] = [];
  // sentence ends, found once: each citation is then placed in its sentence in one forward sweep
  // (a text of many citations in one sentence stays linear)
  const ends: number[] = [];
  for (const m of folded.matchAll(SENTENCE_END)) ends.push(m.index);
  let s = 0;
  for (const m of folded.matchAll(CITES)) {
    const start = m.index;
    while (s < ends.length && (ends[s] as number) < start) s++;
    const sentenceStart = s > 0 ? (ends[s - 1] as number) : -1;
    const sentenceEnd = s < ends.length ? (ends[s] as number) : folded.length;
    const opens = start - sentenceStart <= 4 && /^[\s\u00a0«"“]*$/.test(folded.slice(sentenceStart + 1, start));
    // (a citation is a source and a few words on it: it runs no further than MAX_CITATION)
    const limit = Math.min(sentenceEnd, start + MAX_CITATION);
    const window = folded.slice(start, limit);
    let comma = window.indexOf(',');
    if (opens && (comma < 0 || window.slice(0, comma).split(/[\s\u00a0']+/).length > MAX_SOURCE_WORDS + 1)) continue;
    let end = comma < 0 ? limit : start + comma;
    if (comma >= 0 && appositionAfter(text, folded, start + comma)) {
      // the apposition runs to its own comma, and on while the next part goes on with it
      for (;;) {
        const next = window.indexOf(',', comma + 1);
        if (next < 0) {
          end = limit;
          break;
        }
        end = start + next;
        if (!appositionGoesOn(folded, end)) break;
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
