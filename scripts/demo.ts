// npm run demo: the extension in Chromium on the bundled sample pages, served on 127.0.0.1
// under their real VNA addresses. With a display it opens a normal window to click around in;
// without one it runs headless, saves screenshots of the page and the popup, and prints them.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browsers/chromium';
import { SERVED_HOSTS, startCorpusServer } from '../tests/support/corpus-server';

const OUT = resolve(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

const server = await startCorpusServer();
const session = await launchChromium({ port: server.port, hosts: SERVED_HOSTS, headless: !headed });
let closing = false;
async function shutdown(code: number): Promise<never> {
  if (!closing) {
    closing = true;
    await session.close().catch(() => undefined);
    await server.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));

try {
  const sample = server.pages.find((p) => p.host === 'fr.vietnamplus.vn') ?? server.pages[0];
  if (!sample) throw new Error('no sample pages in tests/fixtures/corpus/pages');
  // The other sample pages first, so the reader's history has something in it.
  for (const other of server.pages.filter((p) => p !== sample && p.host === sample.host).slice(0, 2)) {
    const p = await session.context.newPage();
    await p.goto(other.url.replace(/^https:/, 'http:'));
    await p.waitForTimeout(500);
    await p.close();
  }
  const page = await session.context.newPage();
  await page.goto(sample.url.replace(/^https:/, 'http:'));
  await page.waitForTimeout(1000);
  if (headed) {
    console.log(`VNA Lens is loaded in Chromium on ${sample.url}`);
    console.log('Click the VNA Lens button in the toolbar (pin it from the puzzle menu). Close the window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await shutdown(0);
  }
  mkdirSync(OUT, { recursive: true });
  const pageShot = join(OUT, 'page.png');
  const popupShot = join(OUT, 'popup.png');
  // A reader hovering a highlighted name: the entity card opens.
  const name = page.locator('mark.vna-lens-mark', { hasText: 'Sar Kheng' }).first();
  if ((await name.count()) > 0) {
    await name.scrollIntoViewIfNeeded();
    await name.hover();
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: pageShot });
  const popup = await session.openPopupFor(page);
  await popup.waitForSelector('.popup[data-status="ready"]', { timeout: 10_000 });
  await popup.screenshot({ path: popupShot, fullPage: true });
  const popupTop = join(OUT, 'popup-top.png');
  await popup.screenshot({ path: popupTop });
  console.log(`VNA Lens demo on ${sample.url}`);
  console.log(`  page (a name hovered): ${pageShot}`);
  console.log(`  popup (whole):         ${popupShot}`);
  console.log(`  popup (as it opens):   ${popupTop}`);
  await shutdown(0);
} catch (err) {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
}
