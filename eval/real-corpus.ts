// The real corpus (tests/fixtures/real-corpus): real VNA articles and teasers nobody tuned for,
// each with a hand annotation. Scored per split (dev: tuned on; test: scored at the end only).
// The reference is truth/<id>.json (reconciled annotations) when present, else annotations-a/.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityTexts } from '../lib/entities/index';
import type { EntityType } from '../lib/types';

export const REAL_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'real-corpus');

export interface RealItem {
  id: string;
  url: string;
  kind: 'article' | 'teaser';
  /** dev: tuned on; test: the sha1 split, scored at the end; holdout: a batch gathered last, never tuned on */
  split: 'dev' | 'test' | 'holdout';
  title: string;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  summary: string | null;
  caption: string | null;
}

export interface RealEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  role: string | null;
  country: string | null;
}

export interface RealAnnotation {
  id: string;
  entities: RealEntity[];
  partners: string[];
  cooperation: boolean;
  domestic: boolean;
}

export interface RealCase {
  item: RealItem;
  truth: RealAnnotation;
  /** which reference: "truth" (reconciled) or "annotations-a" */
  source: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every item that has a reference annotation, in id order (none when the folder is absent). */
export function loadRealCorpus(dir = REAL_DIR): RealCase[] {
  const itemsDir = join(dir, 'items');
  if (!existsSync(itemsDir)) return [];
  const out: RealCase[] = [];
  for (const file of readdirSync(itemsDir).sort()) {
    if (!file.endsWith('.json')) continue;
    const raw = readJson<RealItem>(join(itemsDir, file));
    const item: RealItem = {
      ...raw,
      title: raw.title ?? '',
      lead: raw.lead ?? null,
      paragraphs: raw.paragraphs ?? [],
      captions: raw.captions ?? [],
      summary: raw.summary ?? null,
      caption: raw.caption ?? null,
    };
    const source = ['truth', 'annotations-a'].find((d) => existsSync(join(dir, d, file)));
    if (!source) continue;
    const truth = readJson<RealAnnotation>(join(dir, source, file));
    out.push({ item, truth: { ...truth, entities: truth.entities ?? [], partners: truth.partners ?? [] }, source });
  }
  return out;
}

/** The texts the matcher reads: an article's own texts, or a teaser as the one item of a feed. */
export function textsOf(item: RealItem): EntityTexts {
  if (item.kind === 'teaser') {
    return {
      title: '',
      lead: null,
      paragraphs: [],
      captions: [],
      related: [{ title: item.title, summary: item.summary ?? null, caption: item.caption ?? null }],
    };
  }
  return {
    title: item.title,
    lead: item.lead ?? null,
    paragraphs: item.paragraphs ?? [],
    captions: item.captions ?? [],
    related: [],
  };
}
