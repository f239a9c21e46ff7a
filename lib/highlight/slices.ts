// Runs a generator of small steps in slices of a few milliseconds, giving the browser back the
// main thread between slices (scheduler.yield where there is one, else a macrotask), so a very
// long page never blocks input for long.

export const SLICE_MS = 8;

type Yielding = { scheduler?: { yield?: () => Promise<void> } };

export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as Yielding).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  budgetMs?: number;
  /** checked between slices: true stops the work (its result is then undefined) */
  cancelled?: () => boolean;
  now?: () => number;
}

export async function runSliced<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T | undefined> {
  const { budgetMs = SLICE_MS, cancelled = () => false, now = () => performance.now() } = options;
  for (;;) {
    const until = now() + budgetMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() >= until) break;
    }
    await yieldToBrowser();
    if (cancelled()) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}

/** Runs all the steps at once (tests, and small pages where slicing would only add latency). */
export function runNow<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
