/** Runs small jobs in the browser's idle moments, a few milliseconds at a time, so that none makes a long task. */

/** Wall-clock time one idle moment may spend on jobs before handing back to the browser. */
const SLICE_MS = 6;

/**
 * Runs `jobs` in order in idle moments: in each, as many as fit in SLICE_MS (at least one). `cancelled` is checked
 * before each job. Without requestIdleCallback, jobs run one per 50 ms timer.
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
