// The pages in markups VNA Lens was never tuned on (tests/fixtures/layouts/new: eight of them
// written blind by a helper who never read the extraction code), read by the built extension in
// both browsers: what the store keeps is what the same page gives in Node (the article's title,
// every feed teaser by its title), and the article's names are marked in the page as written.
// Build first: npm run build (both browsers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRead, sameAsRead } from '../../eval/extraction';
import { loadNewLayouts, type NewLayoutPage } from '../../eval/families';
import { analysePage } from '../../lib/analyse';
import { pageKey } from '../../lib/extract/feed-runs';
import { isVnaUrl } from '../../lib/hosts';
import { parseHtml } from '../../lib/node-dom';
import { type CorpusServer, startCorpusServer } from '../support/corpus-server';
import { BROWSERS, type ExtensionDriver, launch } from './driver';
import { exported, status, storyIdsNodeGives } from './store-support';

const poll = { timeout: 15_000, interval: 200 };

/**
 * Served on one of the hosts the test browsers resolve to the local server, at the page's own path
 * with its query (a script's address names its story there), or under a folder of its own name when
 * an earlier page took that address (writers made up the same one, up to three times).
 */
const taken = new Map<string, string>();
function servedAt(page: NewLayoutPage): { host: string; path: string } {
  const url = new URL(page.url);
  const host = url.hostname.endsWith('lecourrier.vn') ? 'lecourrier.vn' : 'fr.vietnamplus.vn';
  let path = url.pathname + url.search;
  const owner = taken.get(host + path) ?? page.name;
  taken.set(host + path, owner);
  if (owner !== page.name) path = `/${page.name}${path}`;
  return { host, path };
}

describe.each(BROWSERS)('%s: pages in markups VNA Lens was never tuned on', (name) => {
  let server: CorpusServer;
  let driver: ExtensionDriver;
  const pages = loadNewLayouts();

  beforeAll(async () => {
    server = await startCorpusServer();
    for (const page of pages) {
      const { host, path } = servedAt(page);
      server.add(host, path, page.html);
    }
    driver = await launch(name, server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: stored as Node reads it, names highlighted', async (_, p) => {
    await driver.send({ type: 'store:clear' });
    const { host, path } = servedAt(p);
    const page = await driver.open(driver.address(host, path));
    // (closed whatever happens: a tab left open would save its page into the next test's store)
    try {
      const url = page.url();
      const expected = analysePage(parseHtml(p.html, url), url);
      // (titles compared as read: a page may store its letters decomposed, or set no-break spaces)
      expect(sameAsRead(expected.article?.title ?? null, p.truth.article.title)).toBe(true);

      await expect.poll(async () => (await status(driver)).pages, poll).toBe(1);
      const stored = await exported(driver);
      expect(new Set(stored.map((e) => e.id))).toEqual(storyIdsNodeGives(expected));
      expect(sameAsRead(stored.find((e) => e.origin === 'article')?.title ?? null, p.truth.article.title)).toBe(true);
      // (every teaser once: a carousel's copy or a second address of one story would be another entry)
      // (a copy written for another site's address, served here on a VNA host, links its own
      // site's pages: what it keeps is what Node reads at this address, the truth's feed being the
      // one at the copy's own address, which the unit suite checks)
      const feed = isVnaUrl(pageKey(p.url))
        ? p.truth.feed.map((f) => f.title)
        : expected.related.filter((r) => r.origin === 'feed' && isVnaUrl(r.url ?? undefined)).map((r) => r.title);
      expect(
        stored
          .filter((e) => e.origin === 'feed')
          .map((e) => asRead(e.title))
          .sort(),
      ).toEqual(feed.map(asRead).sort());

      // the article's names are marked in the page as written: its people, or its places and bodies
      // when it names no one (a story about national parks)
      // (the article's own: a name only a feed teaser gives is that teaser's)
      const own = expected.entities.filter((e) => e.mentions.some((m) => m.in !== 'related'));
      const people = own.filter((e) => e.type === 'person');
      const named = people.length > 0 ? people : own;
      expect(named.length).toBeGreaterThan(0);
      await expect.poll(() => page.count('mark.vna-lens-mark'), poll).toBeGreaterThan(0);
      const marked = await page.evaluate(
        () => [...document.querySelectorAll('mark.vna-lens-mark')].map((m) => m.textContent ?? ''),
        null,
      );
      const forms = new Set(named.flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]));
      // (a name set in several inline elements, a surname in a small-caps span, is marked in pieces,
      // one per text node: the pieces follow one another)
      const pieces = marked.join('');
      expect(marked.some((m) => forms.has(m)) || [...forms].some((f) => f.length > 4 && pieces.includes(f))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
