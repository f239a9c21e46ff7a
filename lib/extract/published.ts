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

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
// "02 juillet 2018 - 08h45", "1er août 2018 à 10:25"
const WRITTEN_DATE =
  /(?<!\d)(\d{1,2})(?:er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})(?:\s*(?:(?:[-–,]|à)\s*)?(\d{1,2})[:h](\d{2}))?/i;

const DATE_LINE_START = /^\s*(?:(?:publi[ée]e?|mis à jour|mise à jour)(?:\s+le)?\s*:?\s*|\p{L}{3,9}\.?,?\s*)?$/iu;

/**
 * "18/02/2017 10:15" → "2017-02-18T10:15:00+07:00"; a date written out too ("02 juillet 2018 -
 * 08h45"), the way some of the sites print it.
 */
export function fromVietnameseDateText(text: string): string | null {
  const written = WRITTEN_DATE.exec(text);
  // (a date line's, where at most a weekday or "Publié le" comes before it: a sentence that names
  // a day, "Le défilé commencera le 2 septembre 2025 à 6h30", is about that day)
  const before = written ? text.slice(0, written.index) : '';
  if (written && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(text) && DATE_LINE_START.test(before)) {
    const [, d, month, y, h = '00', mi = '00'] = written;
    const mo = MONTHS.indexOf((month as string).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) + 1;
    return isoOf(y as string, String(mo), d as string, h, mi);
  }
  // `\s*(?:[-–,]\s*)?`, not `\s*[-–,]?\s*`: two adjacent \s* backtrack quadratically on long blank runs
  // ("Publié le 15/11/2011 à 20:35": the time after "à")
  // (after any non-digit: a category glued to the date by markup, "Politique23/09/2022"; dotted
  // "18.05.2021 10:15" too, and a two-digit year when a time follows: "15/11/11 21:05")
  const m =
    /(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2}(?=\s+\d{1,2}[:h]\d{2}))(?!\d)(?:\s*(?:(?:[-–,]|à)\s*)?(\d{1,2})[:h](\d{2}))?/.exec(
      text,
    );
  if (!m) return null;
  const [, d, , mo, y = '', h = '00', mi = '00'] = m;
  return isoOf(y.length === 2 ? `20${y}` : y, mo as string, d as string, h, mi);
}

function isoOf(y: string, mo: string, d: string, h: string, mi: string): string | null {
  const pad = (s: string) => s.padStart(2, '0');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:00${VN_OFFSET}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function publishedOf(doc: Document, articleRoot: Element | null): string | null {
  const meta =
    doc.querySelector('meta[property="article:published_time"]') ??
    doc.querySelector('meta[itemprop="datePublished"]') ??
    doc.querySelector('meta[name="pubdate"]') ??
    // Dublin Core, as some CMSs write it
    doc.querySelector('meta[name="DC.date.issued"], meta[name="dcterms.issued"], meta[name="DC.date"]');
  const fromMeta = isoOrNull(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  // microdata or hAtom on an element: <abbr class="published" itemprop="datePublished" title="2023-…">
  const marked = doc.querySelector('[itemprop="datePublished"], .published[title], .published[datetime]');
  const fromMarked = isoOrNull(
    marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? marked?.getAttribute('title'),
  );
  if (fromMarked) return fromMarked;
  const scope = articleRoot ?? doc;
  const time = isoOrNull(scope.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (time) return time;
  const dateText = textOf(scope.querySelector(SITE.dateLine));
  return fromVietnameseDateText(dateText);
}
