// Scores lib/stories (partners, cooperation flag, event date; domains for information) against the
// hand-made truth of the corpus. `npx tsx eval/stories.run.ts` prints the table.

import { isoOf, parseFrenchDates, referenceDay } from '../lib/dates';
import { buildStories } from '../lib/stories';
import type { Story } from '../lib/types';
import type { StoryCase } from '../tests/support/corpus';

export { casesFromTruth, type StoryCase } from '../tests/support/corpus';

export interface Metric {
  correct: number;
  total: number;
  accuracy: number;
  misses: string[];
}

export interface StoryScores {
  articlePartners: Metric;
  teaserPartners: Metric;
  cooperation: Metric;
  articleDate: Metric;
  teaserDate: Metric;
  /** the same, counting only teasers whose page gives a date (a time in the markup or a date phrase) */
  teaserDateGiven: Metric;
  /** not a target: exact domain sets, for information */
  domains: Metric;
}

function metric(): Metric {
  return { correct: 0, total: 0, accuracy: 0, misses: [] };
}

function tally(m: Metric, ok: boolean, miss: () => string) {
  m.total++;
  if (ok) m.correct++;
  else m.misses.push(miss());
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The date a teaser's truth expects: the day its `date_text` names (year inferred from the
 * teaser's publication), or the publication day when the truth gives no phrase or a phrase far
 * from publication (a historical date such as "22 mars 1955", which is not the event).
 */
export function expectedTeaserDate(dateText: string | null, published: string | null): string | null {
  const ref = referenceDay(published);
  return phraseDate(dateText, published) ?? (ref === null ? null : isoOf(ref));
}

/** The day a truth `date_text` names (year from `published`), null when none or historical. */
function phraseDate(dateText: string | null, published: string | null): string | null {
  if (!dateText) return null;
  const ref = referenceDay(published);
  const parsed = parseFrenchDates(dateText, published)[0];
  if (!parsed) return null;
  if (ref !== null && Math.abs(Date.parse(parsed.start) / 86_400_000 - ref) > 400) return null;
  return parsed.start;
}

export function evaluateStories(cases: StoryCase[]): StoryScores {
  const s: StoryScores = {
    articlePartners: metric(),
    teaserPartners: metric(),
    cooperation: metric(),
    articleDate: metric(),
    teaserDate: metric(),
    teaserDateGiven: metric(),
    domains: metric(),
  };
  for (const c of cases) {
    const stories = buildStories(c.input);
    const art: Story | undefined = stories.find((x) => x.origin === 'article');
    const teasers = stories.filter((x) => x.origin !== 'article');
    const t = c.truth;
    if (art) {
      tally(
        s.articlePartners,
        sameSet(art.partners, t.article.partners),
        () => `${c.name} article: ${art.partners} ≠ ${t.article.partners}`,
      );
      tally(s.cooperation, art.isCooperation === true, () => `${c.name} article: not cooperation`);
      const want =
        t.article.event_dates[0] ??
        (referenceDay(t.published) === null ? null : isoOf(referenceDay(t.published) as number));
      tally(s.articleDate, art.date === want, () => `${c.name} article: ${art.date} ≠ ${want}`);
      tally(
        s.domains,
        sameSet(art.domains, t.article.domains),
        () => `${c.name} article: ${art.domains} ≠ ${t.article.domains}`,
      );
    }
    t.feed.forEach((item, i) => {
      const got = teasers[i];
      const label = `${c.name} «${item.title.slice(0, 50)}»`;
      if (!got) {
        for (const m of [s.teaserPartners, s.cooperation, s.teaserDate, s.domains])
          tally(m, false, () => `${label}: missing`);
        return;
      }
      tally(
        s.teaserPartners,
        sameSet(got.partners, item.partners),
        () => `${label}: ${got.partners} ≠ ${item.partners}`,
      );
      tally(
        s.cooperation,
        got.isCooperation === item.is_cooperation,
        () => `${label}: cooperation ${got.isCooperation}`,
      );
      const want = expectedTeaserDate(item.date_text, item.published);
      tally(
        s.teaserDate,
        got.date === want,
        () => `${label}: ${got.date} (${got.dateSource}) ≠ ${want} [${item.date_text}]`,
      );
      // Le Courrier's lists carry no time: a teaser without a phrase has no date on that page
      const given = c.input.related[i]?.published != null || phraseDate(item.date_text, item.published) !== null;
      if (given)
        tally(
          s.teaserDateGiven,
          got.date === want,
          () => `${label}: ${got.date} (${got.dateSource}) ≠ ${want} [${item.date_text}]`,
        );
      tally(s.domains, sameSet(got.domains, item.domains), () => `${label}: ${got.domains} ≠ ${item.domains}`);
    });
  }
  for (const m of Object.values(s) as Metric[]) m.accuracy = m.total ? m.correct / m.total : 0;
  return s;
}

export function formatStoryScores(s: StoryScores, withMisses = true): string {
  const rows: [string, Metric, string][] = [
    ['article partners (exact set)', s.articlePartners, '≥ 0.95'],
    ['teaser partners (exact set)', s.teaserPartners, '≥ 0.95'],
    ['cooperation flag', s.cooperation, '≥ 0.95'],
    ['article event date', s.articleDate, '≥ 0.95'],
    ['teaser event date', s.teaserDate, '≥ 0.95'],
    ['  … where the page gives one', s.teaserDateGiven, '(info)'],
    ['domains (exact set, info)', s.domains, '—'],
  ];
  const lines = ['metric                        correct/total  accuracy  target', '-'.repeat(62)];
  for (const [name, m, target] of rows) {
    lines.push(
      `${name.padEnd(30)}${`${m.correct}/${m.total}`.padStart(13)}  ${m.accuracy.toFixed(3).padStart(8)}  ${target}`,
    );
  }
  if (withMisses) {
    for (const [name, m] of rows) {
      if (!m.misses.length) continue;
      lines.push('', `misses — ${name}:`);
      for (const miss of m.misses) lines.push(`  ${miss}`);
    }
  }
  return lines.join('\n');
}
