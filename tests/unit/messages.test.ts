import { describe, expect, it } from 'vitest';
import { ask, askUntilDelivered, isMessage } from '../../lib/messages';

describe('the message protocol', () => {
  it('accepts only known message types', () => {
    expect(isMessage({ type: 'tab:analysis', tabId: 1 })).toBe(true);
    expect(isMessage({ type: 'page:steal' })).toBe(false);
    expect(isMessage('page:analysed')).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage({ type: { toString: () => 'tab:analysis' } })).toBe(false);
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
