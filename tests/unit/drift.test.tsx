// @vitest-environment jsdom
// Layout drift reports (lib/drift.ts) and their list on the options page.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DriftList } from '../../components/DriftList';
import { analysePage } from '../../lib/analyse';
import { type DriftStorage, driftReports, MAX_DRIFT_REPORTS, recordDrift, withReport } from '../../lib/drift';
import { mutate } from '../support/markup-mutator';
import { loadCorpus, parseHtml } from './helpers';

function memoryStorage(): DriftStorage {
  const data: Record<string, unknown> = {};
  return {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('layout drift', () => {
  const page = loadCorpus()[0];
  if (!page) throw new Error('no corpus');

  it('is reported for a redesigned VNA page, not for a page a known layout reads', async () => {
    const storage = memoryStorage();
    await recordDrift(storage, analysePage(parseHtml(page.html, page.url), page.url));
    expect(await driftReports(storage)).toEqual([]);
    const redesigned = mutate(page.html, page.url, 'strip-classes', 1);
    await recordDrift(storage, analysePage(parseHtml(redesigned, page.url), page.url), '2026-12-01T03:00:00Z');
    expect(await driftReports(storage)).toEqual([
      { url: page.url, missing: ['body', 'feed'], at: '2026-12-01T03:00:00Z' },
    ]);
  });

  it('keeps the newest reports, one per address', () => {
    let list = withReport([], { url: 'https://fr.vietnamplus.vn/a', missing: ['body'], at: '1' });
    for (let i = 0; i < 30; i++)
      list = withReport(list, { url: `https://fr.vietnamplus.vn/${i}`, missing: ['feed'], at: String(i) });
    list = withReport(list, { url: 'https://fr.vietnamplus.vn/29', missing: ['body'], at: 'last' });
    expect(list).toHaveLength(MAX_DRIFT_REPORTS);
    expect(list[0]).toEqual({ url: 'https://fr.vietnamplus.vn/29', missing: ['body'], at: 'last' });
    expect(list.filter((r) => r.url.endsWith('/29'))).toHaveLength(1);
  });

  it('is listed on the options page as text', () => {
    const root = document.createElement('div');
    const url = 'https://fr.vietnamplus.vn/<img src=x onerror=alert(1)>';
    render(<DriftList t={(k) => k} reports={[{ url, missing: ['feed'], at: '2026-12-01T03:00:00Z' }]} />, root);
    expect(root.querySelector('.drift-url')?.textContent).toBe(url);
    expect(root.querySelector('img')).toBeNull();
  });
});
