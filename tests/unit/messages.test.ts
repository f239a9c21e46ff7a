import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/analyse';
import { ask, askUntilDelivered, dispatch, type Handlers, isMessageFor, type ToBackground } from '../../lib/messages';
import { entriesFromAnalysis } from '../../lib/timeline';
import { BODY_MENTIONS_KEPT, mentionCountOf, trimForMessage } from '../../lib/trim-for-message';
import { longPage } from '../support/generated';
import { loadCorpus, parseHtml } from './helpers';

describe('the message protocol', () => {
  it('accepts only the message types its receiver serves', async () => {
    const handlers = { 'tab:analysis': () => ({ analysis: null }) } as unknown as Handlers<ToBackground>;
    const isMessage = (value: unknown) => isMessageFor(handlers, value);
    expect(isMessage({ type: 'tab:analysis', tabId: 1 })).toBe(true);
    expect(isMessage({ type: 'page:steal' })).toBe(false);
    expect(isMessage({ type: 'settings:changed' })).toBe(false); // another receiver's
    expect(isMessage({ type: 'toString' })).toBe(false); // not an own key of the table
    expect(isMessage('page:analysed')).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage({ type: { toString: () => 'tab:analysis' } })).toBe(false);
    expect(dispatch(handlers, { type: 'page:steal' }, {})).toBeUndefined();
    expect(await dispatch(handlers, { type: 'tab:analysis', tabId: 1 }, {})).toEqual({ analysis: null });
  });

  it('sends the type with the request', async () => {
    const sent: unknown[] = [];
    const reply = await ask(
      async (m) => {
        sent.push(m);
        return { analysis: null };
      },
      'tab:analysis',
      { tabId: 7 },
    );
    expect(sent).toEqual([{ type: 'tab:analysis', tabId: 7 }]);
    expect(reply).toEqual({ analysis: null });
  });

  it('tries again while the background cannot be reached, and stops at the first reply', async () => {
    let calls = 0;
    const reply = await askUntilDelivered(
      async () => {
        calls++;
        if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { stored: false, error: 'quota' };
      },
      'page:analysed',
      { analysis: {} as never },
      [1, 1, 1, 1],
    );
    expect(calls).toBe(3);
    expect(reply).toEqual({ stored: false, error: 'quota' });
  });

  it('gives up quietly after the last delay', async () => {
    let calls = 0;
    const reply = await askUntilDelivered(
      async () => {
        calls++;
        throw new Error('gone');
      },
      'page:analysed',
      { analysis: {} as never },
      [1, 1],
    );
    expect(calls).toBe(3);
    expect(reply).toBeNull();
  });
});

describe('the analysis sent to the background', () => {
  const url = 'https://fr.vietnamplus.vn/long-post1.vnp';
  const long = () => analysePage(parseHtml(longPage(400), url), url);

  it('is the analysis itself on a real article', () => {
    for (const page of loadCorpus()) {
      const a = analysePage(parseHtml(page.html, page.url), page.url);
      expect(trimForMessage(a), page.name).toBe(a);
    }
  });

  it('cuts body mentions on a long page, keeping counts and everything the timeline uses', () => {
    const full = long();
    const sar = full.entities.find((e) => e.name === 'Sar Kheng');
    expect(sar?.mentions.length).toBeGreaterThan(400);
    const sent = trimForMessage(full);
    const sentSar = sent.entities.find((e) => e.name === 'Sar Kheng');
    expect(sentSar?.mentions.filter((m) => m.in === 'paragraph')).toHaveLength(BODY_MENTIONS_KEPT);
    expect(sentSar && mentionCountOf(sentSar)).toBe(sar?.mentions.length);
    expect(sentSar?.mentions.filter((m) => m.in !== 'paragraph')).toEqual(
      sar?.mentions.filter((m) => m.in !== 'paragraph'),
    );
    expect(entriesFromAnalysis(sent, 1)).toEqual(entriesFromAnalysis(full, 1));
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(full).length / 2);
    // the content script's own copy is untouched
    expect(full.entities.find((e) => e.name === 'Sar Kheng')?.mentionCount).toBeUndefined();
  });
});
