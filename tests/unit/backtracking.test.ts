// No regular expression (or loop) of lib/ goes quadratic on long adversarial text: every
// text-level pattern, the entities and stories, and the page-level patterns run on 100 KB – 1 MB
// of a repeated unit with a tail that makes the pattern fail at the very end.
import { afterAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { eventDate, parseFrenchDates } from '../../lib/dates';
import { findEntities } from '../../lib/entities';
import { datelineOf, hasVnaDateline } from '../../lib/extract/dateline';
import { fromVietnameseDateText } from '../../lib/extract/published';
import { sameTextKey, squeeze, stripPhotoAlt, withoutPermalink } from '../../lib/extract/text';
import { buildStories, findCountries, findDomains, findPartners, isCooperationStory, storyId } from '../../lib/stories';
import { queryTimeline, searchTextOf } from '../../lib/timeline';
import { escapeHtml } from '../support/property-text';
import { parseHtml } from './helpers';

const UNITS = [
  'A',
  'ABC ',
  "'",
  "l'",
  "L'A",
  '-',
  '- ',
  ' ',
  '\u00a0',
  '\u200b',
  // (decomposed letters, a run of marks no letter carries, soft hyphens: read composed or dropped)
  'e\u0301',
  '\u0301\u0323',
  '\u00ad',
  '(VNA)',
  '(VNA) – ',
  '(VNA/',
  '1',
  '1/',
  '12/12/',
  '18/02/2017\u00a0',
  '/',
  ', ',
  '((',
  'Nguyen ',
  'Le Ministère de la ',
  'le 2 mars ',
  'du 2 au ',
  'lundi ',
  'Photo : ',
  '.-VNA',
  'ảnh 1 ',
  'Vietnam-',
  'sino-',
  // (citations: each placed in its sentence, spans merged, looked up by halving)
  'selon X, du Japon, ',
  'Selon X. ',
  'a'.repeat(50),
  // (a run of capitals after "ethnies" before a country: read as a list of peoples' names)
  'les ethnies ABCDEFGHIJKLMNOPQRSTUVWX-Laos ',
];
// Each unit repeated, then a tail that makes the pattern fail at the very end: 100 KB for every
// unit, 1 MB for the units the patterns of lib/ loop on (blanks, digits, slashes, credits, names).
const MEGA = new Set([' ', '\u00a0', "'", '-', '1/', '18/02/2017\u00a0', '(VNA) – ', 'le 2 mars ', 'Nguyen ', 'ABC ']);
const TAILS = ['x', '!', '\u00a0x', ' (VNA) –', 'xảnh 1'];
/** Generous bounds: linear code takes well under a second; the bugs found took 10 s to minutes. */
const boundFor = (size: number): number => (size > 200_000 ? 10_000 : 4_000);

function adversarial(unit: string, size: number, tail: string): string {
  return unit.repeat(Math.ceil(size / unit.length)) + tail;
}

function within(label: string, ms: number, f: () => unknown): number {
  const started = performance.now();
  f();
  const took = performance.now() - started;
  expect(took, label).toBeLessThan(ms);
  return took;
}

describe('no catastrophic backtracking on 100 KB – 1 MB adversarial text', () => {
  const worst = { ms: 0, label: '' };
  const note = (label: string, ms: number) => {
    if (ms > worst.ms) Object.assign(worst, { ms, label });
  };
  afterAll(() => console.log(`redos: slowest ${worst.ms.toFixed(0)} ms (${worst.label})`));

  it('text-level regexes: dateline, published date text, dates, countries, domains, keys', () => {
    for (const unit of UNITS) {
      for (const size of MEGA.has(unit) ? [100_000, 1_000_000] : [100_000]) {
        const tail = TAILS[(unit.length + size) % TAILS.length] as string;
        const s = adversarial(unit, size, tail);
        const label = `${JSON.stringify(unit.slice(0, 12))}×${size}`;
        note(
          label,
          within(`regex ${label}`, boundFor(size), () => {
            datelineOf(s);
            hasVnaDateline([s]);
            fromVietnameseDateText(s);
            parseFrenchDates(s, '2020-03-05T10:00:00+07:00');
            eventDate(s, '2020-03-05T10:00:00+07:00');
            findCountries(s);
            isCooperationStory([s], []);
            findDomains({ title: s.slice(0, 1000), lead: s, body: [s] });
            storyId(`https://fr.vietnamplus.vn/${s.slice(0, 100_000)}-post1.vnp`, s);
            stripPhotoAlt(s, s.slice(0, 50));
            sameTextKey(s);
            squeeze(s);
            // (a box's label read without its permalink mark: a run of spaces before the end)
            withoutPermalink(s);
            withoutPermalink(s, { hash: true });
          }),
        );
      }
    }
  }, 120_000);

  it('entities and stories: findEntities, findPartners, buildStories on such a teaser', () => {
    for (const unit of UNITS) {
      const s = adversarial(unit, 100_000, 'x');
      const label = JSON.stringify(unit.slice(0, 12));
      note(
        `entities ${label}`,
        within(`entities ${label}`, boundFor(s.length), () => {
          const entities = findEntities({
            title: s.slice(0, 2_000),
            lead: s,
            paragraphs: [s],
            captions: [],
            related: [{ title: s.slice(0, 5_000), summary: s, caption: null }],
          });
          findPartners([s], entities);
          const row = { partners: [], domains: [], entityIds: [], isCooperation: false, title: s, summary: s };
          queryTimeline(
            [
              { ...row, search: searchTextOf(s, s) },
              { ...row, search: '\u0000' },
            ],
            { text: s.slice(0, 200) },
          );
          buildStories({
            url: 'https://fr.vietnamplus.vn/x-post1.vnp',
            article: null,
            related: [{ title: s, summary: s, caption: s, url: null, published: '2020-03-05', origin: 'feed' }],
            entities,
          });
        }),
      );
    }
  }, 120_000);

  it('page-level patterns (date-only lines, credits, source lines) on a giant paragraph', () => {
    for (const unit of ['\u00a0', '18/02/2017\u00a0', 'Photo : ', '-VNA ', 'ảnh 1\u00a0', '>>', ' (VNA) –']) {
      const s = escapeHtml(adversarial(unit, 150_000, 'x'));
      const html =
        `<h1 class="article__title">Titre</h1><div class="article__body"><p>${s}</p><figure><figcaption>${s}</figcaption></figure></div>` +
        `<div class="date">18/02/2017${s}</div>`;
      const doc = parseHtml(html, 'https://fr.vietnamplus.vn/x-post1.vnp');
      note(
        `page ${JSON.stringify(unit)}`,
        within(`page ${JSON.stringify(unit)}`, 10_000, () => analysePage(doc, 'https://fr.vietnamplus.vn/x-post1.vnp')),
      );
    }
  }, 120_000);
});
