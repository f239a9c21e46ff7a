// npx tsx eval/blind.run.ts DIR [--show] [--only=NAME] — a blind round's pages scored once, before
// anything is tuned on them: each DIR/NAME.html with its NAME.truth.json (the format of
// tests/fixtures/layouts/new) read as the extension reads it, against plain Readability. Prints,
// per page and in all: article found, title, lead, body token F1 (Readability's), feed exact (all
// of the truth's teasers, nothing else), date, captions; where the truth states the teasers field
// by field (feed_items), each found teaser's summary, caption, link and day. --show says what differs.
import { analysePage } from '../lib/analyse';
import { parseHtml } from '../lib/node-dom';
import { scoreBody, scoreExtraction } from './extraction';
import { loadNewLayouts } from './families';
import { readabilityParagraphs } from './readability-baseline';
import { scoreTeasers, TEASER_FIELDS } from './teasers';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx eval/blind.run.ts DIR [--show] [--only=NAME]');
const show = process.argv.includes('--show');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const yn = (b: boolean) => (b ? 'y' : 'N');

const totals = { pages: 0, article: 0, title: 0, lead: 0, feed: 0, date: 0, captions: 0, f1: 0, rdb: 0 };
const teasers = { scored: 0, summary: 0, caption: 0, url: 0, date: 0 };
for (const page of loadNewLayouts(dir)) {
  const { name, html, url, truth } = page;
  if (only && !name.includes(only)) continue;
  const a = analysePage(parseHtml(html, url), url);
  const s = scoreExtraction(page, a);
  const r = scoreBody(page, name, readabilityParagraphs(parseHtml(html, url)).paragraphs.join('\n'));
  const feedRight = s.relatedRecall === 1 && s.relatedFalse === 0;
  const got = (a.article?.captions ?? []).map(norm);
  const captionsRight =
    got.length === truth.article.captions.length && truth.article.captions.every((c: string) => got.includes(norm(c)));
  totals.pages++;
  totals.article += a.article ? 1 : 0;
  totals.title += s.titleExact ? 1 : 0;
  totals.lead += s.leadExact ? 1 : 0;
  totals.feed += feedRight ? 1 : 0;
  totals.date += s.publishedExact ? 1 : 0;
  totals.captions += captionsRight ? 1 : 0;
  totals.f1 += s.bodyF1;
  totals.rdb += r.bodyF1;
  console.log(
    `${name.padEnd(40)} article ${yn(!!a.article)} title ${yn(s.titleExact)} lead ${yn(s.leadExact)} body ${s.bodyF1.toFixed(3)} (Rdb ${r.bodyF1.toFixed(3)}) feed ${yn(feedRight)} (recall ${s.relatedRecall.toFixed(2)}, false ${s.relatedFalse}, sidebar ${s.relatedSidebar}) date ${yn(s.publishedExact)} captions ${yn(captionsRight)}`,
  );
  const t = page.feedItems ? scoreTeasers(page.feedItems, a.related) : null;
  if (t) {
    teasers.scored += t.scored;
    for (const f of TEASER_FIELDS) teasers[f] += t.right[f];
    console.log(
      `  teasers ${t.scored}/${page.feedItems?.length}: ${TEASER_FIELDS.map((f) => `${f} ${t.right[f]}/${t.scored}`).join(' ')}`,
    );
  }
  if (!show) continue;
  for (const line of t?.wrong ?? []) console.log('  teaser', line);
  console.log('  signals:', a.page.signals.join(' '));
  if (!s.titleExact) console.log('  title:', a.article?.title, '| truth:', truth.article.title);
  if (!s.leadExact) console.log('  lead:', a.article?.lead, '| truth:', truth.article.lead);
  if (!s.publishedExact) console.log('  date:', a.article?.published, '| truth:', truth.published);
  if (!feedRight) {
    console.log(
      '  feed:',
      a.related.filter((x) => x.origin === 'feed').map((x) => x.title),
    );
    console.log(
      '  truth:',
      truth.feed.map((f) => f.title),
    );
  }
  if (!captionsRight) console.log('  captions:', a.article?.captions, '| truth:', truth.article.captions);
  if (s.bodyF1 < 0.99) {
    const mine = a.article?.paragraphs ?? [];
    console.log(
      '  extra:',
      mine.filter((p) => !truth.article.paragraphs.map(norm).includes(norm(p))).map((p) => p.slice(0, 120)),
    );
    console.log(
      '  missing:',
      truth.article.paragraphs
        .filter((p: string) => !mine.map(norm).includes(norm(p)))
        .map((p: string) => p.slice(0, 120)),
    );
  }
}
const n = totals.pages;
console.log(
  `pages ${n}: article ${totals.article}/${n} title ${totals.title}/${n} lead ${totals.lead}/${n} body F1 mean ${(totals.f1 / n).toFixed(3)} (Readability ${(totals.rdb / n).toFixed(3)}) feed ${totals.feed}/${n} date ${totals.date}/${n} captions ${totals.captions}/${n}`,
);
if (teasers.scored)
  console.log(
    `teasers found ${teasers.scored}: ${TEASER_FIELDS.map((f) => `${f} ${teasers[f]}/${teasers.scored}`).join(' ')}`,
  );
