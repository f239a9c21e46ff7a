// The content script's run of "Compléter la chronologie": one run at a time, followed and
// cancelled by status messages; the bounds as the reader may set them.
import { describe, expect, it } from 'vitest';
import { clampBounds, cutoffDay } from '../../lib/listing/bounds';
import { type CompleteStatus, TimelineCompleter } from '../../lib/listing/session';
import { listingRoutes, partnerListings } from '../fixtures/listing-pages';
import { parseHtml } from './helpers';

const HOST = 'fr.vietnamplus.vn';
const routes = listingRoutes(HOST);
const cambodia = partnerListings(HOST).find((l) => l.partner === 'KH');
const start = `https://${HOST}${cambodia?.paths[0]}`;

async function until(completer: TimelineCompleter, test: (s: CompleteStatus) => boolean): Promise<CompleteStatus> {
  for (let i = 0; i < 200; i++) {
    const s = completer.handle('status');
    if (test(s)) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the run did not get there');
}

function completer(tags = [{ url: start, text: '#Vietnam-Cambodge', partners: ['KH'] }]) {
  const saved: number[] = [];
  const c = new TimelineCompleter({
    tags: () => tags,
    bounds: async () => ({ pages: 5, months: 12 }),
    save: async (analysis) => {
      saved.push(analysis.stories.length);
      return { added: analysis.stories.length, already: 0 };
    },
    load: async (url) => {
      const answer = routes.get(new URL(url).pathname);
      if (!answer || answer === 'hang') return { problem: 'not-found', status: 404 };
      return { doc: parseHtml(answer.html, url), url };
    },
    pauseMs: 1,
    now: () => Date.parse('2026-04-01T00:00:00Z'),
  });
  return { c, saved };
}

describe('TimelineCompleter', () => {
  it('runs once per start, reports progress, then the result; a second start is a second run', async () => {
    const { c, saved } = completer();
    expect(c.handle('status')).toMatchObject({ state: 'idle' });
    expect(c.handle('start')).toMatchObject({ state: 'running', run: 1 });
    expect(c.handle('start')).toMatchObject({ state: 'running', run: 1 }); // not twice at once
    const done = await until(c, (s) => s.state === 'done');
    expect(done.result).toMatchObject({ pages: 2, stopped: null });
    expect(done.progress).toMatchObject({ partner: 'KH', of: 5 });
    expect(saved).toHaveLength(2);
    expect(c.handle('start')).toMatchObject({ state: 'running', run: 2 });
    await until(c, (s) => s.state === 'done');
  });

  it('stops when cancelled, keeping what was stored', async () => {
    const { c, saved } = completer();
    c.handle('start');
    c.handle('cancel');
    const done = await until(c, (s) => s.state === 'done');
    expect(done.result?.stopped).toBe('cancelled');
    expect(saved.length).toBeLessThan(2);
  });

  it('says when the page links no partner tag', () => {
    const { c } = completer([]);
    expect(c.handle('start')).toMatchObject({ state: 'done', noTags: true });
  });
});

describe('bounds', () => {
  it('keeps the setting whole and in range, with the defaults for anything else', () => {
    expect(clampBounds(undefined)).toEqual({ pages: 5, months: 12 });
    expect(clampBounds({ pages: 0, months: 1e9 })).toEqual({ pages: 1, months: 120 });
    expect(clampBounds({ pages: 2.6, months: Number.NaN })).toEqual({ pages: 3, months: 12 });
  });

  it('counts the months back from today', () => {
    expect(cutoffDay(Date.parse('2026-12-01T10:00:00Z'), 12)).toBe('2025-12-01');
    expect(cutoffDay(Date.parse('2026-03-31T10:00:00Z'), 1)).toBe('2026-02-28');
    expect(cutoffDay(Date.parse('2026-01-15T10:00:00Z'), 120)).toBe('2016-01-15');
  });
});
