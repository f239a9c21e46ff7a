// Serves the bundled sample pages (tests/fixtures/corpus/pages) on 127.0.0.1 under their real
// addresses: a request for https://fr.vietnamplus.vn/…-post84512.vnp that the browser sends here
// (host mapping) gets that page. Used by `npm run demo` and the end-to-end tests.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { COURRIER_HOST, type ListingAnswer, listingRoutes, VNP_HOST, withTagLinks } from '../fixtures/listing-pages';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'pages');

export interface CorpusPage {
  file: string;
  url: string;
  host: string;
  path: string;
}

/** Every sample page with the address its canonical link gives it. */
export function corpusPages(): CorpusPage[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(PAGES_DIR, file), 'utf8');
      const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (!href) throw new Error(`${file}: no canonical link`);
      const u = new URL(href);
      return { file, url: u.href, host: u.hostname, path: u.pathname };
    });
}

export interface CorpusServer {
  port: number;
  pages: CorpusPage[];
  /** extra pages a test adds: host + path → html */
  add(host: string, path: string, html: string): void;
  close(): Promise<void>;
}

export async function startCorpusServer(): Promise<CorpusServer> {
  const pages = corpusPages();
  const routes = new Map<string, string>();
  for (const p of pages) routes.set(`${p.host}${p.path}`, withTagLinks(readFileSync(join(PAGES_DIR, p.file), 'utf8')));
  const listings = corpusListings(pages);
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const requested = new URL(req.url ?? '/', 'http://x');
    const path = requested.pathname;
    const listing = listings.get(`${host}${path}`);
    if (listing === 'hang') return; // a listing that never answers (the connection is closed with the server)
    if (listing) {
      res.writeHead(listing.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(listing.html);
      return;
    }
    // (a page added at an address with its query, as a script's page is, before the bare path)
    const html = routes.get(`${host}${path}${requested.search}`) ?? routes.get(`${host}${path}`);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    add: (host, path, html) => routes.set(`${host}${path}`, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The tag listing pages of the samples' partner tags, and the probe articles (tests/fixtures/listing-pages.ts). */
function corpusListings(pages: CorpusPage[]): Map<string, ListingAnswer> {
  const out = new Map<string, ListingAnswer>();
  const probe = pages.find((p) => p.host === VNP_HOST);
  const probeHtml = probe ? readFileSync(join(PAGES_DIR, probe.file), 'utf8') : undefined;
  for (const host of [VNP_HOST, COURRIER_HOST])
    for (const [path, answer] of listingRoutes(host, probeHtml)) out.set(`${host}${path}`, answer);
  return out;
}

/** The hosts the browsers must send to the local server. */
export const SERVED_HOSTS = ['fr.vietnamplus.vn', 'lecourrier.vn', 'www.lemonde-exemple.fr'];
