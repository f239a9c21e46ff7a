// The reader's timeline as a file: JSON (whole history, lossless, versioned, read back by
// `parseTimelineExport`) and CSV (one row per entry, for spreadsheets). Pure functions.
//
// JSON is canonical so that export → clear → import → export gives the same text (apart from
// `exportedAt`): entries newest first (ties by id), fields in a fixed order, the derived `search`
// left out (recomputed on import).

import { DOMAINS, type Domain, type EntityType, type StoryOrigin } from '../types';
import { type EntryEntity, type EntryMention, searchTextOf, type TimelineEntry } from './entry';
import { sortNewestFirst } from './query';

export const EXPORT_FORMAT = 'vna-lens-timeline';
export const EXPORT_VERSION = 1;

/** An entry as exported: every field but the derived `search`. */
export type ExportedEntry = Omit<TimelineEntry, 'search'>;

export interface TimelineExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  entries: ExportedEntry[];
}

const ORIGINS: readonly StoryOrigin[] = ['article', 'feed', 'inline', 'listing'];
const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'country'];
const DOMAIN_SET: ReadonlySet<string> = new Set(DOMAINS);

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function mentionProblem(m: unknown): string | null {
  if (typeof m !== 'object' || m === null) return 'mention is not an object';
  const r = m as Record<string, unknown>;
  if (r.field !== 'title' && r.field !== 'summary') return 'mention field';
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) return 'mention offsets';
  if (!isString(r.entityId)) return 'mention entityId';
  return null;
}

function entityProblem(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return 'entity is not an object';
  const r = e as Record<string, unknown>;
  if (!isString(r.id) || !isString(r.name)) return 'entity id/name';
  if (!ENTITY_TYPES.includes(r.type as EntityType)) return 'entity type';
  if (!isStringOrNull(r.role) || !isStringOrNull(r.country)) return 'entity role/country';
  if (!isStringArray(r.aliases)) return 'entity aliases';
  return null;
}

/**
 * Why a value is not a timeline entry (without `search`, which is derived), or null when it is
 * one. Used on everything read back: stored records and imported files.
 */
export function entryProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const r = value as Record<string, unknown>;
  if (!isString(r.id) || r.id === '') return 'missing id';
  if (!isStringArray(r.keys) || r.keys.length === 0) return 'keys must be a non-empty list of strings';
  if (!isString(r.title)) return 'title must be a string';
  if (!isStringOrNull(r.summary)) return 'summary must be a string or null';
  if (!isStringOrNull(r.url)) return 'url must be a string or null';
  if (!ORIGINS.includes(r.origin as StoryOrigin)) return `unknown origin ${JSON.stringify(r.origin)}`;
  if (!isStringOrNull(r.published)) return 'published must be a string or null';
  if (!isStringOrNull(r.date)) return 'date must be a string or null';
  if (r.dateSource !== null && r.dateSource !== 'text' && r.dateSource !== 'published') return 'dateSource';
  if (!isStringArray(r.partners)) return 'partners must be a list of strings';
  if (!Array.isArray(r.domains) || !r.domains.every((d) => DOMAIN_SET.has(d as string))) return 'unknown domain';
  if (typeof r.isCooperation !== 'boolean') return 'isCooperation must be a boolean';
  if (!isStringArray(r.entityIds)) return 'entityIds must be a list of strings';
  if (!isStringArray(r.seenOn)) return 'seenOn must be a list of strings';
  if (!isFiniteNumber(r.firstSeen) || !isFiniteNumber(r.lastSeen)) return 'firstSeen/lastSeen must be numbers';
  if (!Array.isArray(r.mentions)) return 'mentions must be a list';
  for (const m of r.mentions) {
    const p = mentionProblem(m);
    if (p) return p;
  }
  if (!Array.isArray(r.entities)) return 'entities must be a list';
  for (const e of r.entities) {
    const p = entityProblem(e);
    if (p) return p;
  }
  if (r.search !== undefined && !isString(r.search)) return 'search must be a string';
  return null;
}

const copyMention = (m: EntryMention): EntryMention => ({
  field: m.field,
  start: m.start,
  end: m.end,
  entityId: m.entityId,
});

const copyEntity = (e: EntryEntity): EntryEntity => ({
  id: e.id,
  name: e.name,
  type: e.type,
  role: e.role,
  country: e.country,
  aliases: [...e.aliases],
});

/** The entry's fields in their fixed order, nothing else (extra stored fields are dropped). */
export function exportedEntry(e: ExportedEntry): ExportedEntry {
  return {
    id: e.id,
    keys: [...e.keys],
    title: e.title,
    summary: e.summary,
    url: e.url,
    origin: e.origin,
    published: e.published,
    date: e.date,
    dateSource: e.dateSource,
    partners: [...e.partners],
    domains: [...e.domains],
    isCooperation: e.isCooperation,
    entityIds: [...e.entityIds],
    seenOn: [...e.seenOn],
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    mentions: e.mentions.map(copyMention),
    entities: e.entities.map(copyEntity),
  };
}

/** A read-back entry with its derived search text. */
export function importedEntry(e: ExportedEntry): TimelineEntry {
  return { ...exportedEntry(e), search: searchTextOf(e.title, e.summary) };
}

/** The JSON export: canonical, so equal histories give equal text (apart from `exportedAt`). */
export function timelineToJson(entries: readonly TimelineEntry[], exportedAt = new Date().toISOString()): string {
  const doc: TimelineExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    entries: sortNewestFirst(entries).map(exportedEntry),
  };
  return JSON.stringify(doc, null, 1);
}

export interface ParsedExport {
  entries: TimelineEntry[];
  /** entries set aside, with why (position in the file) */
  rejected: { index: number; reason: string; value: unknown }[];
}

/** Reads a JSON export back. Throws (with a reason) when the file is not one at all. */
export function parseTimelineExport(text: string): ParsedExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof doc !== 'object' || doc === null) throw new Error('not a VNA Lens export');
  const d = doc as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new Error('not a VNA Lens export (format)');
  if (typeof d.version !== 'number' || d.version > EXPORT_VERSION)
    throw new Error(`export version ${String(d.version)} is newer than this VNA Lens reads (${EXPORT_VERSION})`);
  if (!Array.isArray(d.entries)) throw new Error('export without entries');
  const out: ParsedExport = { entries: [], rejected: [] };
  d.entries.forEach((value, index) => {
    const reason = entryProblem(value);
    if (reason) out.rejected.push({ index, reason, value });
    else out.entries.push(importedEntry(value as ExportedEntry));
  });
  return out;
}

export const CSV_COLUMNS = [
  'date',
  'published',
  'title',
  'summary',
  'url',
  'origin',
  'partners',
  'domains',
  'cooperation',
  'entities',
  'firstSeen',
  'lastSeen',
  'id',
] as const;

/**
 * One CSV cell: a cell a spreadsheet would read as a formula (= + - @, or a tab/carriage return
 * first) gets a leading apostrophe; then quotes are doubled and the cell is quoted when needed.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const isoTime = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');

/** The CSV export: a header, then one row per entry, newest first; CRLF line ends (RFC 4180). */
export function timelineToCsv(entries: readonly TimelineEntry[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const e of sortNewestFirst(entries)) {
    const cells = [
      e.date ?? '',
      e.published ?? '',
      e.title,
      e.summary ?? '',
      e.url ?? '',
      e.origin,
      e.partners.join(' '),
      e.domains.join(' '),
      e.isCooperation ? 'yes' : 'no',
      e.entities.map((x) => x.name).join('; '),
      isoTime(e.firstSeen),
      isoTime(e.lastSeen),
      e.id,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Domains as a type guard, for filters read from the UI. */
export function isDomain(value: unknown): value is Domain {
  return DOMAIN_SET.has(value as string);
}
