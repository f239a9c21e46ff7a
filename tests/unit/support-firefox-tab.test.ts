// The e2e harness's Firefox tab: one more try only for the upstream race on a discarded context.
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { newFirefoxTab } from '../support/browsers/firefox';

const RACE =
  'ProtocolError: Protocol error (browsingContext.create): no such frame DiscardedBrowsingContextError: BrowsingContext does no longer exist';

function browserFailing(errors: string[]): { browser: Browser; calls: () => number } {
  let calls = 0;
  const page = { url: () => 'about:blank' } as unknown as Page;
  const browser = {
    newPage: async () => {
      const error = errors[calls++];
      if (error) throw new Error(error);
      return page;
    },
  } as unknown as Browser;
  return { browser, calls: () => calls };
}

describe('newFirefoxTab', () => {
  it('asks once more when the context was being discarded', async () => {
    const { browser, calls } = browserFailing([RACE]);
    await expect(newFirefoxTab(browser)).resolves.toBeDefined();
    expect(calls()).toBe(2);
  });

  it('gives any other error to the test, and the race only one more try', async () => {
    await expect(
      newFirefoxTab(browserFailing(['Protocol error (browsingContext.create): unknown error']).browser),
    ).rejects.toThrow('unknown error');
    const twice = browserFailing([RACE, RACE]);
    await expect(newFirefoxTab(twice.browser)).rejects.toThrow('no such frame');
    expect(twice.calls()).toBe(2);
  });
});
