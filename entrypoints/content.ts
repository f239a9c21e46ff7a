// Runs on VNA pages (and, on the reader's click, on any page through activeTab): analyses a clone
// of the page, sends the result to the background, highlights the names it found (when the
// reader wants it) with a card that explains them, and follows teasers the site appends later.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CardStory } from '@/components/EntityCard';
import cardCss from '@/components/entity-card.css?inline';
import { createPageCard, type PageCard, type PageCardContent } from '@/components/page-card';
import { connectCard } from '@/components/page-card/controller';
import { analysePageInSlices } from '@/lib/analyse';
import { Highlighter } from '@/lib/highlight';
import { type RoleWhere, roleWhere } from '@/lib/highlight/roles';
import { VNA_HOST_PATTERNS } from '@/lib/hosts';
import type { MessageKey } from '@/lib/i18n';
import { partnerTagLinks, TimelineCompleter } from '@/lib/listing';
import { ask, askUntilDelivered, dispatch, type Handlers, type ToContent } from '@/lib/messages';
import { DEFAULT_SETTINGS, mergeSettings, readSettings as readSettingsFrom, type Settings } from '@/lib/settings';
import { trimForMessage } from '@/lib/trim-for-message';
import type { Analysis, Entity } from '@/lib/types';
import { watchForNewTeasers } from '@/lib/watch';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const t = (key: MessageKey, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;

// The analysis runs in slices of a few milliseconds (lib/slices.ts): a huge page never blocks the
// reader's scrolling or typing. One runs at a time (see `reread` below); `stopped` ends it when
// the extension is reloaded or removed.
async function analyse(stopped: () => boolean = () => false): Promise<Analysis | null> {
  try {
    const result = await analysePageInSlices(
      document,
      location.href,
      { seenAt: new Date().toISOString() },
      { cancelled: stopped },
    );
    return result ?? null;
  } catch {
    return null; // a page we cannot read gets no lens, never a broken page
  }
}

async function readSettings(): Promise<Settings> {
  try {
    return await readSettingsFrom(browser.storage.local);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function whereLabel(w: RoleWhere): string {
  switch (w.in) {
    case 'title':
      return t('cardWhereTitle');
    case 'lead':
      return t('cardWhereLead');
    case 'paragraph':
      return t('cardWhereParagraph', String(w.index + 1));
    case 'caption':
      return t('cardWhereCaption');
    case 'related':
      return t('cardWhereRelated');
    default:
      return t('cardWhereKnowledge');
  }
}

/** Highlighting and its card: on, off (the page exactly as it was), and on again. */
function createLens() {
  const locale = browser.i18n.getUILanguage();
  let card: PageCard | null = null;
  let disconnect: (() => void) | null = null;
  let style: HTMLStyleElement | null = null;
  let analysis: Analysis | null = null;
  let entities = new Map<string, Entity>();
  const stories = new Map<string, Promise<CardStory[]>>();
  const highlighter = new Highlighter(document, { isOwn: (el) => el === style || (card?.contains(el) ?? false) });

  const contentFor = (id: string): PageCardContent | null => {
    const entity = entities.get(id);
    if (!entity || !analysis) return null;
    const stated = roleWhere(analysis, entity);
    return {
      entity: {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        role: entity.role,
        country: entity.country,
        aliases: entity.aliases,
      },
      occurrences: entity.mentions.length,
      roles: stated ? stated.where.map((w) => ({ role: stated.role, where: whereLabel(w) })) : [],
    };
  };
  const storiesFor = (entityId: string): Promise<CardStory[]> => {
    let found = stories.get(entityId);
    if (!found) {
      found = ask(send, 'timeline:entity', { entityId, excludeUrl: location.href, limit: 5 })
        .then((res) =>
          (res?.entries ?? []).map((e) => ({ title: e.title, url: e.url, date: e.date })).filter((s) => s.title),
        )
        .catch(() => []);
      stories.set(entityId, found);
    }
    return found;
  };

  return {
    owns: (node: Node) => highlighter.owns(node) || node === style || (card?.contains(node) ?? false),
    isOn: () => card !== null,
    async show(next: Analysis) {
      analysis = next;
      entities = new Map(next.entities.map((e) => [e.id, e]));
      if (!card) {
        style = document.createElement('style');
        style.textContent = cardCss;
        (document.head ?? document.documentElement).appendChild(style);
        card = createPageCard(document, { css: cardCss, t, locale });
        disconnect = connectCard(document, card, {
          entityOf: (mark) => highlighter.marks.entityOf.get(mark),
          contentFor,
          storiesFor,
        });
      }
      await highlighter.apply(next);
    },
    hide() {
      highlighter.remove();
      disconnect?.();
      card?.destroy();
      style?.remove();
      disconnect = null;
      card = null;
      style = null;
      stories.clear();
    },
  };
}

export default defineContentScript({
  matches: [...VNA_HOST_PATTERNS],
  runAt: 'document_idle',
  // WXT would otherwise postMessage "content script started" (with our id) to the page itself.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Injected a second time (the popup's "analyse anyway")? Only re-send the analysis.
    const marker = Symbol.for('vna-lens.content');
    const scope = globalThis as unknown as Record<symbol, boolean>;
    const first = !scope[marker];
    scope[marker] = true;

    let latest = await analyse(() => ctx.isInvalid);
    const publish = () => {
      if (latest) void askUntilDelivered(send, 'page:analysed', { analysis: trimForMessage(latest) });
    };
    publish();
    if (!first) return;

    const lens = createLens();
    let highlight = (await readSettings()).highlight;
    const follow = (on: boolean) => {
      highlight = on;
      if (!on) lens.hide();
      else if (latest) void lens.show(latest);
    };
    if (highlight && latest) void lens.show(latest);

    // The options page writes the settings (through the background) to storage.local.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes.settings) return;
      const next = mergeSettings(changes.settings.newValue);
      if (next.highlight !== highlight) follow(next.highlight);
    };
    browser.storage.onChanged.addListener(onStorage);

    // A re-read: one at a time; changes meanwhile make one more run when it ends (cancelling the
    // run under way would, on a page that keeps changing, never let one finish).
    let reading: Promise<void> | null = null;
    let again = false;
    const reread = (): Promise<void> => {
      if (reading) {
        again = true;
        return reading;
      }
      reading = (async () => {
        do {
          again = false;
          const next = await analyse(() => ctx.isInvalid);
          // new teasers: stored, and highlighted (regions already done are skipped)
          if (next && next.related.length !== latest?.related.length) {
            latest = next;
            publish();
            if (highlight) void lens.show(next);
          }
        } while (again && !ctx.isInvalid);
        reading = null;
      })();
      return reading;
    };

    // "Compléter la chronologie" runs here: this tab has the DOM and the VNA host (lib/listing)
    const completer = new TimelineCompleter({
      tags: () =>
        partnerTagLinks(document, location.href, latest?.stories.find((s) => s.origin === 'article')?.partners),
      bounds: async () => (await readSettings()).listing,
      save: async (analysis) =>
        (await askUntilDelivered(send, 'listing:save', { analysis: trimForMessage(analysis) })) ?? {
          error: 'background unreachable',
        },
    });

    const handlers: Handlers<ToContent> = {
      'content:analyse': () => reread().then(() => ({ analysis: latest && trimForMessage(latest) })),
      'settings:changed': ({ settings }) => {
        if (Boolean(settings?.highlight) !== highlight) follow(Boolean(settings?.highlight));
        return { ok: true };
      },
      'content:complete-timeline': ({ action }) => completer.handle(action),
    };
    browser.runtime.onMessage.addListener((message: unknown) => dispatch(handlers, message, {}));

    // The site appends teasers when "Voir plus" is clicked: re-read, bounded and debounced.
    const stop = watchForNewTeasers(document, () => void reread(), { ignore: lens.owns });
    ctx.onInvalidated(() => {
      stop();
      browser.storage.onChanged.removeListener(onStorage);
      lens.hide();
    });
  },
});
