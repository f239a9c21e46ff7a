// Popup first render in real Chromium (the built extension): 10,000 stored stories vs an empty
// store. `npx tsx bench/popup.ts [count] [runs]` after `npx wxt build`.
// The store is seeded through the extension's own 'timeline:import' message. Measured: from the
// popup's navigation start to the mark it sets once the timeline is in the document and painted
// ('vna-lens:timeline', set in an effect, which runs after the paint), median of several runs;
// with the service worker warm, and cold (stopped by CDP before each run, as after 30 s idle: its
// memory is gone then; what it keeps in storage.session is not).
// The popup's other marks: 'vna-lens:script' (its script starts: what comes before is the
// browser's: navigation, the page's context, loading the files), 'vna-lens:data' (the background's
// answer for the timeline is in). The timeline renders a screenful of entries first, the rest in
// the next frame: the mark's detail says how many entries were in the document and whether they
// reach past the bottom of the window (BENCH_VERBOSE=1 prints them, with the marks of every run).
// Each series starts with one open that is not counted, and after seeding the helper page that
// sent the file is reloaded and the browser left idle for a second: what the seeding leaves to
// collect is not the popup's.
import {
  extensionPage,
  launchChromium,
  openPopupForTab,
  sendMessageFrom,
  stopServiceWorkers,
} from '../tests/support/browsers/chromium';
import { SERVED_HOSTS, startCorpusServer } from '../tests/support/corpus-server';
import { generatedExport, median } from '../tests/support/generated';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 9);
const BUDGET_MS = 100;

async function main() {
  const server = await startCorpusServer();
  const session = await launchChromium({ port: server.port, hosts: SERVED_HOSTS });
  try {
    const helper = await extensionPage(session);
    const sample = server.pages.find((p) => p.file.startsWith('000_') && p.host === 'fr.vietnamplus.vn');
    if (!sample) throw new Error('sample page missing');
    const tab = await session.context.newPage();
    await tab.goto(sample.url.replace(/^https:/, 'http:'));
    for (let i = 0; i < 100; i++) {
      const s = (await sendMessageFrom(helper, { type: 'store:status' })) as { pages: number };
      if (s.pages > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    // each series: one open not counted first (it pays what is done once: code compiled, caches filled)
    const measure = async (cold: boolean) => {
      const times: number[] = [];
      for (let i = -1; i < RUNS; i++) {
        if (cold) await stopServiceWorkers(session.context, tab);
        const popup = await openPopupForTab(session, tab, helper);
        await popup.waitForFunction(() => performance.getEntriesByName('vna-lens:timeline').length > 0, null, {
          timeout: 30_000,
        });
        const marks = await popup.evaluate(() =>
          ['vna-lens:script', 'vna-lens:data', 'vna-lens:timeline'].map(
            (n) => performance.getEntriesByName(n)[0]?.startTime ?? -1,
          ),
        );
        const shown = (await popup.evaluate(
          () => (performance.getEntriesByName('vna-lens:timeline')[0] as PerformanceMark | undefined)?.detail,
        )) as { entries: number; pastFold: boolean } | undefined;
        if (i >= 0) times.push(marks[2] as number);
        if (process.env.BENCH_VERBOSE)
          console.log(
            `  script ${marks[0]?.toFixed(1)}  data ${marks[1]?.toFixed(1)}  timeline ${marks[2]?.toFixed(1)}` +
              `  (${shown?.entries ?? '?'} entries${shown?.pastFold ? ', past the fold' : ''})${i < 0 ? '  not counted' : ''}`,
          );
        await popup.close();
      }
      return median(times);
    };

    await sendMessageFrom(helper, { type: 'store:clear' });
    const emptyWarm = await measure(false);
    const emptyCold = await measure(true);
    const t0 = Date.now();
    const res = (await sendMessageFrom(helper, { type: 'timeline:import', text: generatedExport(COUNT) })) as {
      imported: number;
    };
    console.log(`seeded ${res.imported} stories through 'timeline:import' in ${Date.now() - t0} ms`);
    // the helper page held the file (megabytes, in the extension's process, as the popup): let it go
    await helper.reload();
    await new Promise((r) => setTimeout(r, 1000));
    const fullWarm = await measure(false);
    const fullCold = await measure(true);
    const line = (label: string, empty: number, full: number) => {
      const ok = full <= BUDGET_MS && full <= 2 * empty;
      console.log(
        `${label.padEnd(28)} empty ${empty.toFixed(1).padStart(6)} ms   ${COUNT} stories ${full
          .toFixed(1)
          .padStart(
            6,
          )} ms   ratio ${(full / empty).toFixed(2)}  ${ok ? 'ok' : `OVER (budget ≤ ${BUDGET_MS} ms and ≤ 2×)`}`,
      );
      return ok;
    };
    console.log(`popup first render, median of ${RUNS} (navigation start → timeline in the document):`);
    const a = line('service worker warm', emptyWarm, fullWarm);
    const b = line('service worker stopped', emptyCold, fullCold);
    if (!a || !b) process.exitCode = 1;
  } finally {
    await session.close();
    await server.close();
  }
}

void main();
