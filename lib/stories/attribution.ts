// Where a story says who its words come from: "selon X, de l'Université de Tokyo, …", "…, selon un
// sondage mené par l'Emerson College des États-Unis". French news cites a source with "selon" or
// "d'après"; the places and bodies of that citation say who speaks, not whom Vietnam deals with.
// A source who holds an office (an ambassador, a minister, a spokesman…) speaks for a country, and
// the citation is then kept: "…, selon l'ambassadeur du Japon" is the envoy's word.
import { fold } from '../text/fold';

/** "selon", "d'après", opening a citation (not "selon que", "selon lequel"). */
const CITES =
  /(?<![\p{L}])(?:selon|d['’]apres)[\s\u00a0]+(?!(?:que|qu['’]|lequel|laquelle|lesquels|lesquelles)(?![\p{L}]))/gu;

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
  for (const m of folded.matchAll(CITES)) {
    const start = m.index;
    const sentenceStart = Math.max(
      folded.lastIndexOf('.', start - 1),
      folded.lastIndexOf('!', start - 1),
      folded.lastIndexOf('?', start - 1),
      folded.lastIndexOf('\n', start - 1),
    );
    const sentenceEnd = (() => {
      const r = /[.!?\n](?=[\s\u00a0]|$)/g;
      r.lastIndex = start;
      const e = r.exec(folded);
      return e ? e.index : folded.length;
    })();
    const opens = /^[\s\u00a0«"“]*$/.test(folded.slice(sentenceStart + 1, start));
    let end = sentenceEnd;
    if (opens) {
      const first = folded.indexOf(',', start);
      if (first < 0 || first > sentenceEnd) continue;
      end = first;
      if (APPOSITION_OPENS.test(folded.slice(first + 1))) {
        const second = folded.indexOf(',', first + 1);
        if (second > 0 && second < sentenceEnd) end = second;
      }
    }
    if (OFFICE.test(folded.slice(start, end))) continue;
    spans.push([start, end]);
  }
  return spans;
}

export function inside(spans: [number, number][], at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}
