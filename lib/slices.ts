// Runs a generator of small steps in slices of a few milliseconds, giving the browser back the
// main thread between slices (scheduler.yield where there is one, else a macrotask), so a very
// long page never blocks input for long. The analysis (lib/analyse.ts) and the highlighting
// (lib/highlight) are both written as such generators; runNow runs the same steps at once, so
// the `analyze` command and the tests get exactly what the sliced run gives the reader.
//
// A step may also yield FRAME: "the DOM writes so far are enough for one frame". The slice then
// ends and the next one waits until the browser has rendered. Without that, slices that yield
// with scheduler.yield() (whose continuations run before rendering) insert thousands of marks
// before the browser gets to lay them out, and it then does it all in ONE frame: on a
// 5,000-paragraph page a 250–450 ms style + layout + pre-paint task (bench/highlight.ts --trace),
// which the 'longtask' observer does not even report (rendering is not part of a long task;
// 'long-animation-frame' entries show it).

export const SLICE_MS = 8;
/**
 * Yielded by a step after a batch of DOM writes: render them before going on. The yield gives
 * back how long that frame's rendering took (undefined when unknown, and in runNow).
 */
export const FRAME = 'frame';
export type Step = undefined | typeof FRAME;
/** What a step gets back from its yield. */
export type Rendered = number | undefined;
/** Work as small steps, ending with a T. `yield` between steps; `yield*` to run sub-steps. */
export type Steps<T> = Generator<Step, T, Rendered>;

/** Waiting for a frame never takes longer than this (rAF is paused in hidden tabs). */
const FRAME_WAIT_MAX_MS = 100;

type Yielding = { scheduler?: { yield?: () => Promise<void> } };

/** One macrotask later (setTimeout 0): the browser may render and handle input first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** scheduler.yield where there is one (its continuation runs before rendering), else nextTask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as Yielding).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/**
 * Resolves after the browser has rendered a frame (or at once where there is none to wait for),
 * with how long that frame's rendering took (ms from the rAF callback to the next task), or
 * undefined when it could not be measured.
 */
export function afterNextFrame(): Promise<number | undefined> {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  const doc = (globalThis as { document?: Document }).document;
  if (typeof raf !== 'function' || !doc || doc.visibilityState === 'hidden')
    return yieldToBrowser().then(() => undefined);
  return new Promise((resolve) => {
    let done = false;
    const finish = (rendered?: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(rendered);
    };
    const timer = setTimeout(finish, FRAME_WAIT_MAX_MS);
    // rAF callbacks run just before the frame's style and layout: the task after them follows it
    raf.call(globalThis, () => {
      const at = performance.now();
      setTimeout(() => finish(performance.now() - at), 0);
    });
  });
}

export interface SliceOptions {
  budgetMs?: number;
  /**
   * Checked at each step: while true, the work goes on without giving the thread back. Default:
   * the document is hidden — a background tab has no input to keep responsive, and browsers
   * throttle its timers to one a second, which would make a sliced run take minutes.
   */
  hidden?: () => boolean;
  /** checked between slices: true stops the work (its result is then undefined) */
  cancelled?: () => boolean;
  now?: () => number;
}

export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T | undefined> {
  const {
    budgetMs = SLICE_MS,
    cancelled = () => false,
    now = () => performance.now(),
    hidden = () => (globalThis as { document?: Document }).document?.visibilityState === 'hidden',
  } = options;
  let rendered: Rendered;
  for (;;) {
    const until = now() + budgetMs;
    let frame = false;
    for (;;) {
      const r = steps.next(rendered);
      rendered = undefined;
      if (r.done) return r.value;
      if (hidden()) continue;
      if (r.value === FRAME) {
        frame = true;
        break;
      }
      if (now() >= until) break;
    }
    if (frame) rendered = await afterNextFrame();
    else await yieldToBrowser();
    if (cancelled()) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}

/** Runs all the steps at once (tests, and small pages where slicing would only add latency). */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
