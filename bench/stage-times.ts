// analysePage's stages timed one by one, in the order analysePage runs them. Bundled into the
// page by the Chromium benches (analysis-chromium.ts, highlight.ts), so both time the same steps.
import { detectPage } from '../lib/detect';
import { findEntities, pageTexts } from '../lib/entities';
import { extract } from '../lib/extract';
import { buildStories } from '../lib/stories';

export interface StageTimes {
  detect: number;
  extract: number;
  entities: number;
  stories: number;
}

export function timeStages(doc: Document, url: string): StageTimes {
  const t0 = performance.now();
  detectPage(doc, url);
  const t1 = performance.now();
  const x = extract(doc, url);
  const t2 = performance.now();
  const a = x.article;
  const entities = findEntities(pageTexts(a, x.related));
  const t3 = performance.now();
  buildStories({ url, article: a, related: x.related, entities });
  const t4 = performance.now();
  return { detect: t1 - t0, extract: t2 - t1, entities: t3 - t2, stories: t4 - t3 };
}
