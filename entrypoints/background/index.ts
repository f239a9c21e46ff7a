// The background: a table of message handlers over the reader's timeline (lib/store's service,
// the only writer of stored data) and the latest analysis of each tab (storage.session, so a
// stopped MV3 service worker loses nothing).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { firstPageRequests } from '@/components/popup/plan';
import { driftReports, recordDrift } from '@/lib/drift';
import { dispatch, type Handlers, type ToBackground } from '@/lib/messages';
import { readSettings, writeSettings } from '@/lib/settings';
import { createTimelineService, openStore, type TimelineService } from '@/lib/store';
import { focusPartners } from '@/lib/timeline';
import { analysisArrived, broadcastSettings, nextAnalysis, tabAnalysis, tabKey } from './tabs';

function handlersOver(timeline: TimelineService): Handlers<ToBackground> {
  return {
    async 'page:analysed'({ analysis }, { tabId }) {
      const tab = tabId === undefined ? {} : { [tabKey(tabId)]: analysis };
      if (!analysis.page.isVna) {
        await browser.storage.session.set(tab);
        if (tabId !== undefined) analysisArrived(tabId, analysis);
        return { stored: false };
      }
      void recordDrift(browser.storage.local, analysis).catch(() => undefined);
      const saved = await timeline.save(analysis, tab).catch((err) => ({ ok: false, error: String(err) }));
      if (tabId !== undefined) analysisArrived(tabId, analysis);
      return saved.ok ? { stored: true } : { stored: false, error: saved.error };
    },
    async 'tab:analysis'({ tabId, timeline: limits }) {
      const analysis = tabAnalysis(tabId);
      if (!limits) return { analysis: await analysis };
      // the popup's first screen in one answer (a store that cannot be read now: the analysis alone)
      const focus = analysis.then(focusPartners, () => []);
      const page = timeline.firstPage(async (c) => firstPageRequests(c.partners, await focus, limits));
      const [found, first] = await Promise.all([analysis, page.catch(() => undefined)]);
      return first ? { analysis: found, timeline: first } : { analysis: found };
    },
    'tab:next-analysis': async ({ tabId, withinMs }) => ({ analysis: await nextAnalysis(tabId, withinMs) }),
    // activeTab grants this only after the reader's click on our button
    'tab:analyse-now': ({ tabId }) =>
      browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }).then(
        async () => ({ analysis: await tabAnalysis(tabId) }),
        (err) => ({ analysis: null, error: err instanceof Error ? err.message : String(err) }),
      ),
    'settings:get': () => readSettings(browser.storage.local),
    'settings:set': ({ settings }) => writeSettings(browser.storage.local, settings).then(broadcastSettings),
    'store:status': () => timeline.status(),
    'drift:list': async () => ({ reports: await driftReports(browser.storage.local) }),
    'store:clear': () => timeline.clear(),
    'timeline:query': ({ query, ...page }) => timeline.query(query ?? {}, page),
    'timeline:groups': ({ query, groups, focus = [], limits }) =>
      timeline.groups(
        query ?? {},
        (c) => groups ?? (limits ? firstPageRequests(c.partners, focus, limits, query?.partner) : []),
      ),
    'timeline:entity': ({ entityId, excludeUrl, limit }) => timeline.entity(entityId, excludeUrl, limit),
    'timeline:export': ({ format, query }) => timeline.export(format, query),
    'timeline:import': ({ text }) => timeline.import(text),
    'listing:save': ({ analysis }) => timeline.saveListing(analysis),
  };
}

export default defineBackground(() => {
  const timeline = createTimelineService(openStore, { journal: browser.storage.session, flags: browser.storage.local });
  const handlers = handlersOver(timeline);
  // only our own extension's pages and content scripts can reach this listener
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.url }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
});
