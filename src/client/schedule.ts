/** When the live map's work runs: in a later animation frame, one part per frame, or in idle moments a slice at a time. */

/** Wall-clock time one idle moment may spend on jobs before handing back to the browser. */
const SLICE_MS = 6;

/** Calls `f` in the `n`th animation frame from now; the function returned cancels the call. */
export function afterFrames(n: number, f: () => void): () => void {
  let id = 0;
  const wait = (left: number) => {
    id = requestAnimationFrame(() => (left <= 1 ? f() : wait(left - 1)));
  };
  wait(n);
  return () => cancelAnimationFrame(id);
}

/** Runs the first of `parts` now and each of the others in an animation frame of its own, then `done`; returns a cancel. */
export function inFrames(parts: readonly (() => void)[], done?: () => void): () => void {
  let id = 0;
  let next = 0;
  const run = () => {
    parts[next++]!();
    if (next < parts.length) id = requestAnimationFrame(run);
    else done?.();
  };
  if (parts.length > 0) run();
  return () => cancelAnimationFrame(id);
}

/**
 * Runs `jobs` in order in idle moments: in each, as many as fit in SLICE_MS (at least one), so that none makes a long
 * task. `cancelled` is checked before each job. Without requestIdleCallback, jobs run one per 50 ms timer.
 */
export function runWhenIdle(jobs: readonly (() => void)[], cancelled: () => boolean = () => false): void {
  let next = 0;
  const work = (deadline?: IdleDeadline) => {
    const started = performance.now();
    do {
      if (cancelled()) return;
      jobs[next++]!();
    } while (next < jobs.length && deadline && deadline.timeRemaining() > 1 && performance.now() - started < SLICE_MS);
    if (next < jobs.length) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
    else setTimeout(work, 50);
  };
  if (jobs.length > 0) schedule();
}
