// Runs on VNA pages (and, on the reader's click, on any page through activeTab): analyses a clone
// of the page, sends the result to the background, and follows teasers the site appends later.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analysePage } from '@/lib/analyse';
import { VNA_HOST_PATTERNS } from '@/lib/hosts';
import { ask, isMessage } from '@/lib/messages';
import type { Analysis } from '@/lib/types';
import { watchForNewTeasers } from '@/lib/watch';

const send = (message: unknown) => browser.runtime.sendMessage(message);

function analyse(): Analysis | null {
  try {
    return analysePage(document, location.href);
  } catch {
    return null; // a page we cannot read gets no lens, never a broken page
  }
}

export default defineContentScript({
  matches: [...VNA_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    // Injected a second time (the popup's "analyse anyway")? Only re-send the analysis.
    const marker = Symbol.for('vna-lens.content');
    const scope = globalThis as unknown as Record<symbol, boolean>;
    const first = !scope[marker];
    scope[marker] = true;

    let latest = analyse();
    const publish = () => {
      if (latest) void ask(send, 'page:analysed', { analysis: latest }).catch(() => undefined);
    };
    publish();
    if (!first) return;

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isMessage(message) && message.type === 'content:analyse') {
        latest = analyse();
        return Promise.resolve({ analysis: latest });
      }
      return undefined;
    });

    // The site appends teasers when "Voir plus" is clicked: re-read, bounded and debounced.
    const stop = watchForNewTeasers(document, () => {
      const next = analyse();
      if (next && next.related.length !== latest?.related.length) {
        latest = next;
        publish();
      }
    });
    ctx.onInvalidated(stop);
  },
});
