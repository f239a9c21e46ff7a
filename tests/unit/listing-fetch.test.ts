// Loading a listing page: manners (credentials omitted, a timeout) and every failure in words.
import { describe, expect, it } from 'vitest';
import { loadListing } from '../../lib/listing/fetch';
import { parseHtml } from './helpers';

const URL1 = 'https://fr.vietnamplus.vn/cambodge-tag1.vnp';
const parse = (html: string) => parseHtml(html, URL1);

function answering(status: number, body = '<p>x</p>', type = 'text/html; charset=utf-8', url = URL1) {
  const calls: RequestInit[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    return Object.assign(new Response(body, { status, headers: { 'content-type': type } }), {}) as Response;
  }) as unknown as typeof globalThis.fetch;
  void url;
  return { fetch, calls };
}

describe('loadListing', () => {
  it('asks without credentials, with a signal, and gives the parsed page', async () => {
    const { fetch, calls } = answering(200, '<h1>Cambodge</h1>');
    const loaded = await loadListing(URL1, { fetch, parse });
    if ('problem' in loaded) throw new Error(loaded.problem);
    expect(loaded.doc.querySelector('h1')?.textContent).toBe('Cambodge');
    expect(calls[0]?.credentials).toBe('omit');
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('names each failure', async () => {
    const cases: [number, string][] = [
      [404, 'not-found'],
      [429, 'try-later'],
      [503, 'try-later'],
      [500, 'http'],
    ];
    for (const [status, problem] of cases) {
      expect(await loadListing(URL1, { fetch: answering(status).fetch, parse })).toEqual({ problem, status });
    }
    expect(await loadListing(URL1, { fetch: answering(200, '{}', 'application/json').fetch, parse })).toEqual({
      problem: 'not-listing',
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await loadListing(URL1, { fetch: offline, parse })).toEqual({ problem: 'offline' });
  });

  it('gives up after the timeout', async () => {
    const never = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    expect(await loadListing(URL1, { fetch: never, parse, timeoutMs: 50 })).toEqual({ problem: 'timeout' });
  });

  it('never asks a host outside VNA', async () => {
    const { fetch, calls } = answering(200);
    expect(await loadListing('https://example.com/tag/cambodge', { fetch, parse })).toEqual({ problem: 'not-listing' });
    expect(calls).toHaveLength(0);
  });
});
