// Property-based test of the whole content pipeline (detect → extract → entities → stories) on
// generated pages: random nesting, giant text nodes, malformed markup, invisible and bidi
// characters, NFD text, names holding markup or script, real VNA fragments from the corpus, and
// pages whose DOM changes while it is being read. On every page: no throw, bounded time, output
// valid against the schema, mentions that are slices of their strings, no markup in names, never
// VN as a partner, and the live document left as it was (apart from the page's own changes).
//
// Seeds are random: on failure fast-check prints the seed and the shrunk page; rerun with
// `fc.assert(..., { seed, path })` to replay it.
//
// The pages are generated in tests/support/property-{text,fragments,pages,mutations}.ts, the
// invariants checked in tests/support/property-checks.ts; the adversarial-text (ReDoS) bounds
// are in tests/unit/backtracking.test.ts.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analysePage } from '../../lib/analyse';
import type { Analysis } from '../../lib/types';
import { checkOutput, serialize } from '../support/property-checks';
import { MUTATIONS, mutatedPage, type When } from '../support/property-mutations';
import { anyPage } from '../support/property-pages';
import { parseHtml } from './helpers';

// A hook run by `extract` before it reads the page: the page changes between detect and extract.
const hooks = vi.hoisted(() => ({ beforeExtract: null as null | ((doc: Document) => void) }));
vi.mock('../../lib/extract', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/extract')>();
  return {
    ...actual,
    extract: (doc: Document, url: string) => {
      const hook = hooks.beforeExtract;
      hooks.beforeExtract = null;
      hook?.(doc);
      return actual.extract(doc, url);
    },
  };
});

/**
 * Per-page bound on analysePage (parsing excluded): 2 s up to 100 KB, then linear in the size
 * (10 ms per KB), so big pages must stay linear too.
 */
const pageBound = (chars: number): number => 2_000 + Math.max(0, chars - 100_000) / 100;
/** PROPERTY_SCALE=10 npx vitest run tests/unit/property.test.ts for a longer hunt. */
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1);
/**
 * Shrinking re-runs the failing page many times; on a slow page that can take many minutes, so
 * it is cut off (the failure and its seed are still reported). PROPERTY_NO_SHRINK=1 skips it.
 */
const RUN_OPTIONS = {
  endOnFailure: process.env.PROPERTY_NO_SHRINK === '1',
  interruptAfterTimeLimit: 150_000 * SCALE,
  markInterruptAsFailure: true,
};

/**
 * Arrange for `mutate` to run while analysePage reads `doc`: before extract, inside the live
 * document's nth querySelectorAll call (detect's), or inside the first paragraph's textContent
 * getter. Returns whether it ran.
 */
function arrange(doc: Document, when: When, nth: number, mutate: (doc: Document) => void): () => boolean {
  let fired = false;
  const run = () => {
    if (fired) return;
    fired = true;
    mutate(doc);
  };
  if (when === 'between') hooks.beforeExtract = run;
  else if (when === 'querySelectorAll') {
    const original = doc.querySelectorAll.bind(doc);
    let calls = 0;
    Object.defineProperty(doc, 'querySelectorAll', {
      configurable: true,
      value: (sel: string) => {
        if (++calls === nth) run();
        return original(sel);
      },
    });
  } else {
    const p = doc.querySelector('p, figcaption');
    const getter = Object.getOwnPropertyDescriptor(
      (doc.defaultView as unknown as { Node: typeof Node }).Node.prototype,
      'textContent',
    )?.get;
    if (p && getter)
      Object.defineProperty(p, 'textContent', {
        configurable: true,
        get() {
          run();
          return getter.call(this);
        },
      });
  }
  return () => {
    hooks.beforeExtract = null;
    return fired;
  };
}

const stats = { pages: 0, mutated: 0, fired: 0, maxMs: 0, maxPage: '', totalMs: 0, maxParseMs: 0 };

function timed(doc: Document, url: string): Analysis {
  const size = doc.documentElement?.outerHTML.length ?? 0;
  if (process.env.PROPERTY_TRACE) appendFileSync(process.env.PROPERTY_TRACE, `start ${url} ${size}\n`);
  const started = performance.now();
  const r = analysePage(doc, url);
  const ms = performance.now() - started;
  stats.pages++;
  stats.totalMs += ms;
  if (ms > stats.maxMs) {
    stats.maxMs = ms;
    stats.maxPage = `${url || '(no url)'} (${size} chars)`;
  }
  if (process.env.PROPERTY_TRACE) appendFileSync(process.env.PROPERTY_TRACE, `${ms.toFixed(0)} ms\n`);
  expect(ms, `ms for a page of ${size} chars`).toBeLessThan(pageBound(size));
  return r;
}

/** Parse (timed apart: jsdom's parser is not ours, but it counts in the file's run time). */
function parsed(html: string): Document {
  const started = performance.now();
  const doc = parseHtml(html, 'https://fr.vietnamplus.vn/');
  stats.maxParseMs = Math.max(stats.maxParseMs, performance.now() - started);
  return doc;
}

/**
 * Close the pages' windows and let the event loop turn: jsdom frees a window only then, and
 * thousands of pages parsed in one synchronous loop ran out of heap (4 GB).
 */
async function release(...docs: Document[]): Promise<void> {
  for (const d of docs) d.defaultView?.close();
  await new Promise((resolve) => setImmediate(resolve));
}

afterAll(() => {
  console.log(
    `property: ${stats.pages} pages (${stats.mutated} changed while read, ${stats.fired} changes fired); ` +
      `max ${stats.maxMs.toFixed(0)} ms on ${stats.maxPage}; mean ${(stats.totalMs / Math.max(1, stats.pages)).toFixed(1)} ms; ` +
      `slowest jsdom parse ${stats.maxParseMs.toFixed(0)} ms`,
  );
});

describe('content pipeline on generated pages', () => {
  it('holds its invariants on 800 random pages and leaves them untouched', async () => {
    await fc.assert(
      fc.asyncProperty(anyPage, async ({ url, html }) => {
        const doc = parsed(html);
        try {
          const before = serialize(doc);
          checkOutput(timed(doc, url));
          expect(serialize(doc)).toBe(before);
        } finally {
          await release(doc);
        }
      }),
      { ...RUN_OPTIONS, numRuns: Math.round(800 * SCALE) },
    );
  }, 180_000);

  it('holds them on 250 pages changed while they are read', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPage, async ({ url, html, op, when, nth }) => {
        const mutate = MUTATIONS[op] as (doc: Document) => void;
        const doc = parsed(html);
        const done = arrange(doc, when, nth, mutate);
        let r: Analysis;
        try {
          r = timed(doc, url);
        } finally {
          done();
        }
        stats.mutated++;
        checkOutput(r);
        // the page's own change and nothing else
        const expected = parseHtml(html, 'https://fr.vietnamplus.vn/');
        try {
          if (done()) {
            stats.fired++;
            mutate(expected);
          }
          expect(serialize(doc)).toBe(serialize(expected));
        } finally {
          await release(doc, expected);
        }
      }),
      { ...RUN_OPTIONS, numRuns: Math.round(250 * SCALE) },
    );
  }, 180_000);
});
