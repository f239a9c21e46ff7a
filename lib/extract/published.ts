// When the article was published, from the most explicit cue the page offers:
// article:published_time, JSON-LD datePublished, time[datetime], then a "dd/mm/yyyy hh:mm" text.

import { SITE } from './layouts';
import { textOf } from './text';

const VN_OFFSET = '+07:00'; // VNA pages print local (Hanoi) time

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  return Number.isNaN(Date.parse(v)) ? null : v;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue; // not worth parsing on a hostile page
    try {
      const found = findDatePublished(JSON.parse(raw), 0);
      if (found) return found;
    } catch {
      // malformed JSON-LD is common; other cues remain
    }
  }
  return null;
}

function findDatePublished(node: unknown, depth: number): string | null {
  if (depth > 5 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = findDatePublished(n, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const direct = typeof obj.datePublished === 'string' ? isoOrNull(obj.datePublished) : null;
  if (direct) return direct;
  return findDatePublished(obj['@graph'], depth + 1);
}

/** "18/02/2017 10:15" → "2017-02-18T10:15:00+07:00" */
export function fromVietnameseDateText(text: string): string | null {
  // `\s*(?:[-–,]\s*)?`, not `\s*[-–,]?\s*`: two adjacent \s* backtrack quadratically on long blank runs
  // ("Publié le 15/11/2011 à 20:35": the time after "à")
  // (after any non-digit: a category glued to the date by markup, "Politique23/09/2022")
  const m = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*(?:(?:[-–,]|à)\s*)?(\d{1,2})[:h](\d{2}))?/.exec(text);
  if (!m) return null;
  const [, d, mo, y, h = '00', mi = '00'] = m;
  const pad = (s: string) => s.padStart(2, '0');
  const iso = `${y}-${pad(mo as string)}-${pad(d as string)}T${pad(h)}:${mi}:00${VN_OFFSET}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function publishedOf(doc: Document, articleRoot: Element | null): string | null {
  const meta =
    doc.querySelector('meta[property="article:published_time"]') ??
    doc.querySelector('meta[itemprop="datePublished"]') ??
    doc.querySelector('meta[name="pubdate"]');
  const fromMeta = isoOrNull(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  const scope = articleRoot ?? doc;
  const time = isoOrNull(scope.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (time) return time;
  const dateText = textOf(scope.querySelector(SITE.dateLine));
  return fromVietnameseDateText(dateText);
}
