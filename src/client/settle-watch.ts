/** Turns the stream of active-step reports into settled steps, with a timer (the rules: src/lib/story/settled-step.ts). */
import { StepSettler } from '../lib/story/settled-step';

/**
 * Returns the function to call with every report of the active step. The first report is the step the page opened on:
 * `onSettle(index, true)` at once. After that, `onSettle(index, false)` once a step has settled.
 */
export function settleWatch(onSettle: (index: number, opening: boolean) => void): (index: number) => void {
  let settler: StepSettler | undefined;
  let timer: number | undefined;
  const tick = () => {
    if (!settler) return;
    const index = settler.settle(performance.now());
    if (index !== undefined) onSettle(index, false);
    const wait = settler.wait(performance.now());
    if (wait !== undefined) timer = window.setTimeout(tick, wait);
  };
  return (index) => {
    if (!settler) {
      settler = new StepSettler(index);
      onSettle(index, true);
      return;
    }
    settler.report(index, performance.now());
    window.clearTimeout(timer);
    timer = window.setTimeout(tick, settler.wait(performance.now()) ?? 0);
  };
}
