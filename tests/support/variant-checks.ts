// What a mutated page's analysis must keep of the original page's: the checks of issue 11, shared
// by the unit test of the mutator and `npm run eval`.
import { tokenF1 } from '../../eval/extraction';
import type { Analysis } from '../../lib/types';

export interface VariantCheck {
  ok: boolean;
  /** what differs, one short phrase each */
  failures: string[];
  bodyF1: number;
  relatedRecall: number;
}

const key = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** `sidebar`: the page's "most read" headlines, never related stories. */
export function checkVariant(original: Analysis, variant: Analysis, sidebar: string[]): VariantCheck {
  const failures: string[] = [];
  const a = original.article;
  const b = variant.article;
  if (!b) failures.push(`no article (${variant.page.signals.filter((s) => s.startsWith('article')).join(' ')})`);
  if (b?.title !== a?.title) failures.push(`title ${JSON.stringify(b?.title?.slice(0, 40))}`);
  if (b?.lead !== a?.lead) failures.push(`lead ${JSON.stringify(b?.lead?.slice(0, 40) ?? null)}`);
  if (b?.published !== a?.published) failures.push(`published ${b?.published}`);
  const bodyF1 = tokenF1(b?.paragraphs.join('\n') ?? '', a?.paragraphs.join('\n') ?? '');
  if (bodyF1 < 0.98) failures.push(`body F1 ${bodyF1.toFixed(3)}`);
  const want = original.related.filter((r) => r.origin === 'feed').map((r) => key(r.title));
  const got = variant.related.map((r) => key(r.title));
  const found = want.filter((t) => got.includes(t)).length;
  const relatedRecall = want.length ? found / want.length : 1;
  if (relatedRecall < 0.95) failures.push(`related recall ${relatedRecall.toFixed(2)}`);
  const inline = original.related.filter((r) => r.origin === 'inline').map((r) => key(r.title));
  const extra = got.filter((t) => !want.includes(t) && !inline.includes(t));
  const sidebarKeys = sidebar.map(key);
  if (extra.length) failures.push(`false related: ${extra.slice(0, 2).join(' | ').slice(0, 80)}`);
  if (got.some((t) => sidebarKeys.includes(t))) failures.push('sidebar item in related');
  const caps = (x: Analysis['article']) => (x?.captions ?? []).map(key).join('\n');
  if (caps(b) !== caps(a)) failures.push(`captions ${JSON.stringify(b?.captions.map((c) => c.slice(0, 30)))}`);
  const body = (b?.paragraphs ?? []).map(key).join('\n');
  if ((a?.captions ?? []).some((c) => body.includes(key(c)))) failures.push('caption in body');
  return { ok: failures.length === 0, failures, bodyF1, relatedRecall };
}
