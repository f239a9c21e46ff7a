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

/** Words of an office: a source who holds one speaks for a country. */
const OFFICE =
  /(?<![\p{L}])(?:ambassad\w*|consul\w*|ministres?|ministeres?|presidente?s?|premier[\s\u00a0]+ministre|gouvern\w*|dirigeants?|secretaires?|vice-\w+|deputes?|delegations?|porte-parole|autorites|responsables?|representants?|chefs?)(?![\p{L}])/u;

/** After a citation's first comma, an apposition on the source ("de l'Université…", "chercheur…") rather than the main clause. */
const APPOSITION_OPENS =
  /^[\s\u00a0]*(?:de|d['’]|du|des|chercheu(?:r|se)|professeure?|experte?|specialiste|analyste|economiste|historien(?:ne)?|universitaire|journaliste|auteure?)(?![\p{L}])/u;

/**
 * The spans [start, end) of `text` that cite a source who holds no office. A citation that opens
 * its sentence runs to the comma that ends the source and its apposition ("Selon X, de
 * l'Université de Tokyo, le Vietnam doit…"); one that comes later runs to the sentence's end.
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
    let end = limit;
    if (opens) {
      const window = folded.slice(start, limit);
      const first = window.indexOf(',');
      if (first < 0) continue;
      end = start + first;
      const second = window.indexOf(',', first + 1);
      if (second > 0 && APPOSITION_OPENS.test(window.slice(first + 1, first + 40))) end = start + second;
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
