// Export text: canonical JSON that reads back exactly, CSV escaping and formula-injection guard.
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  EXPORT_FORMAT,
  entryProblem,
  parseTimelineExport,
  searchTextOf,
  type TimelineEntry,
  timelineToCsv,
  timelineToJson,
} from '../../lib/timeline';

function entry(id: string, title: string, over: Partial<TimelineEntry> = {}): TimelineEntry {
  const summary = over.summary === undefined ? 'Un résumé, avec "guillemets"\net un saut de ligne' : over.summary;
  return {
    id,
    keys: [id],
    title,
    summary,
    url: `https://fr.vietnamplus.vn/${id}-post1.vnp`,
    origin: 'feed',
    published: '2026-03-02T10:00:00+07:00',
    date: '2026-03-02',
    dateSource: 'published',
    partners: ['KH'],
    domains: ['security'],
    isCooperation: true,
    entityIds: ['person:to-lam'],
    seenOn: ['https://fr.vietnamplus.vn/a'],
    firstSeen: 1,
    lastSeen: 2,
    mentions: [{ field: 'title', start: 0, end: 2, entityId: 'person:to-lam' }],
    entities: [{ id: 'person:to-lam', name: 'Tô Lâm', type: 'person', role: null, country: 'VN', aliases: [] }],
    search: searchTextOf(title, summary),
    ...over,
  };
}

describe('JSON export', () => {
  it('is versioned and reads back exactly (the derived search text recomputed)', () => {
    const entries = [entry('url:a', 'Tô Lâm à Phnom Penh'), entry('url:b', 'Autre', { date: '2026-04-01' })];
    const text = timelineToJson(entries, '2026-01-01T00:00:00.000Z');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(doc.entries.map((e: TimelineEntry) => e.id)).toEqual(['url:b', 'url:a']); // newest first
    expect(doc.entries[0].search).toBeUndefined();
    const back = parseTimelineExport(text);
    expect(back.rejected).toEqual([]);
    expect(back.entries).toEqual([entries[1], entries[0]]);
    expect(timelineToJson(back.entries, '2026-01-01T00:00:00.000Z')).toBe(text);
  });

  it('the same entries in another order, or with extra stored fields, give the same text', () => {
    const a = entry('url:a', 'A');
    const b = entry('url:b', 'B', { date: '2025-01-01' });
    const extra = { ...a, when: 'x', partnerWhen: ['y'] } as TimelineEntry;
    expect(timelineToJson([a, b], 'T')).toBe(timelineToJson([b, extra], 'T'));
  });

  it('rejects what is not an export, and reports bad entries with the reason', () => {
    expect(() => parseTimelineExport('[]')).toThrow(/format/);
    expect(() => parseTimelineExport(JSON.stringify({ format: EXPORT_FORMAT, version: 99, entries: [] }))).toThrow(
      /newer/,
    );
    const doc = { format: EXPORT_FORMAT, version: 1, exportedAt: 'T', entries: [entry('url:a', 'A'), { id: 'x' }] };
    const back = parseTimelineExport(JSON.stringify(doc));
    expect(back.entries).toHaveLength(1);
    expect(back.rejected[0]).toMatchObject({ index: 1, reason: expect.stringContaining('keys') });
    expect(entryProblem({ ...entry('u', 't'), domains: ['weather'] })).toBe('unknown domain');
    expect(entryProblem({ ...entry('u', 't'), origin: 'rumour' })).toMatch(/origin/);
  });
});

describe('CSV export', () => {
  it('escapes quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvCell('simple')).toBe('simple');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('dit "non"')).toBe('"dit ""non"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
  });

  it('guards against formula injection with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('Vietnam = Laos')).toBe('Vietnam = Laos');
  });

  it('writes a header and one row per entry, newest first', () => {
    const csv = timelineToCsv([entry('url:a', '=1+1'), entry('url:b', 'Titre, virgule', { date: '2027-01-01' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]?.startsWith('2027-01-01,')).toBe(true);
    expect(lines[1]).toContain('"Titre, virgule"');
    expect(csv).toContain(",'=1+1,");
    expect(csv.endsWith('\r\n')).toBe(true);
    // 1 header + 2 rows (the summary's line break stays inside its quoted cell)
    expect(csv.match(/\r\n/g)).toHaveLength(3);
  });
});
