// @vitest-environment jsdom
// The popup's "Compléter la chronologie": start, progress, cancel, result, problems in words; the
// options page's bounds field. Page addresses shown as text only.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompleteTimeline } from '../../components/CompleteTimeline';
import { ListingBoundsField } from '../../components/ListingBoundsField';
import type { MessageKey } from '../../lib/i18n';
import type { CompleteAction, CompleteStatus } from '../../lib/listing/session';

const t = (key: MessageKey, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(answers: CompleteStatus[], onStored = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  const asked: CompleteAction[] = [];
  let i = 0;
  const command = async (action: CompleteAction) => {
    asked.push(action);
    return answers[Math.min(i++, answers.length - 1)] ?? null;
  };
  act(() =>
    render(
      <CompleteTimeline
        t={t}
        locale="fr"
        command={command}
        readBounds={async () => ({ pages: 5, months: 12 })}
        onStored={onStored}
        pollMs={5}
      />,
      host,
    ),
  );
  return { asked, onStored };
}

const idle: CompleteStatus = { state: 'idle', progress: null, result: null };
const running: CompleteStatus = {
  state: 'running',
  progress: { partner: 'KH', page: 2, of: 5, stories: 37 },
  result: null,
};
const done: CompleteStatus = {
  state: 'done',
  progress: running.progress,
  result: {
    added: 41,
    already: 6,
    pages: 2,
    stories: 47,
    stopped: null,
    problems: [{ url: 'https://fr.vietnamplus.vn/<b>x</b>-tag1.vnp', problem: 'not-found', status: 404 }],
  },
};

describe('CompleteTimeline', () => {
  it('starts the run, shows its progress, then the result and each problem in words', async () => {
    const { asked, onStored } = mount([idle, running, running, done]);
    await flush();
    expect(host.textContent).toContain('completeHint(5|12)');
    const button = host.querySelector('button.primary') as HTMLButtonElement;
    expect(button.textContent).toBe('completeButton');
    await act(async () => button.click());
    await flush();
    expect(host.textContent).toContain('completeProgress(Cambodge|2|5|37)');
    expect(button.disabled).toBe(true);
    for (let k = 0; k < 5 && !host.querySelector('.complete-result'); k++)
      await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(host.querySelector('.complete-result')?.textContent).toBe('completeResult(41|6)');
    const problem = host.querySelector('.complete-problems li');
    expect(problem?.textContent).toBe('completeProblem_not_found(fr.vietnamplus.vn/%3Cb%3Ex%3C/b%3E-tag1.vnp)');
    expect(host.querySelector('b')).toBeNull();
    expect(asked.slice(0, 2)).toEqual(['status', 'start']);
    expect(onStored).toHaveBeenCalled();
  });

  it('cancels a run under way (found running when the popup opens)', async () => {
    const { asked } = mount([
      running,
      {
        ...done,
        result: { ...(done.result as NonNullable<CompleteStatus['result']>), stopped: 'cancelled', problems: [] },
      },
    ]);
    await flush();
    const cancel = [...host.querySelectorAll('button')].find((b) => b.textContent === 'completeCancel');
    expect(cancel).toBeDefined();
    await act(async () => cancel?.click());
    await flush();
    expect(asked).toContain('cancel');
    expect(host.textContent).toContain('completeCancelled');
  });

  it('says so when the tab cannot be reached, or links no partner tag', async () => {
    mount([null as unknown as CompleteStatus]);
    await flush();
    expect(host.textContent).toContain('completeUnavailable');
    render(null, host);
    host.remove();
    mount([idle, { state: 'done', progress: null, result: null, noTags: true }]);
    await flush();
    await act(async () => (host.querySelector('button.primary') as HTMLButtonElement).click());
    await flush();
    expect(host.textContent).toContain('completeNoTags');
  });
});

describe('ListingBoundsField', () => {
  it('keeps the bounds whole and in range', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const onChange = vi.fn();
    render(<ListingBoundsField t={t} bounds={{ pages: 5, months: 12 }} onChange={onChange} />, host);
    const pages = host.querySelector('input[name="listing-pages"]') as HTMLInputElement;
    pages.value = '500';
    await act(async () => void pages.dispatchEvent(new Event('change')));
    expect(onChange).toHaveBeenLastCalledWith({ pages: 20, months: 12 });
  });
});
