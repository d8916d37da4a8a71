import { describe, it, expect } from 'vitest';
import { SETTLE_MS, StepSettler, nextFragment, stepFragment, storyPosition } from '../../src/lib/story/settled-step';

/** Feeds reports [time, index] and asks at each given time; returns what settled, as [time, index]. */
function run(reports: [number, number][], asks: number[], initial = 0): [number, number][] {
  const settler = new StepSettler(initial, 500);
  const events = [
    ...reports.map(([t, i]) => ({ t, report: i })),
    ...asks.map((t) => ({ t, report: undefined as number | undefined })),
  ].sort((a, b) => a.t - b.t || (a.report === undefined ? 1 : -1));
  const settled: [number, number][] = [];
  for (const e of events) {
    if (e.report !== undefined) settler.report(e.report, e.t);
    else {
      const s = settler.settle(e.t);
      if (s !== undefined) settled.push([e.t, s]);
    }
  }
  return settled;
}

describe('StepSettler', () => {
  it('settles nothing on load: the opening step counts as settled', () => {
    const settler = new StepSettler(3);
    expect(settler.wait(0)).toBeUndefined();
    expect(settler.settle(10_000)).toBeUndefined();
  });

  it('a fling settles once, on the step where it stops, not on the steps it passes', () => {
    // Steps 1 to 8 pass 60 ms apart (the last at 420 ms), then the page rests on step 8: due at 920 ms.
    const reports: [number, number][] = Array.from({ length: 8 }, (_, k) => [k * 60, k + 1]);
    const asks = Array.from({ length: 40 }, (_, k) => k * 50);
    expect(run(reports, asks)).toEqual([[950, 8]]);
  });

  it('a step held while the reader keeps scrolling settles after the quiet time, and again when the page rests', () => {
    // Scroll events every 100 ms on step 2 from 0 to 1500 ms.
    const reports: [number, number][] = Array.from({ length: 16 }, (_, k) => [k * 100, 2]);
    const asks = Array.from({ length: 50 }, (_, k) => k * 50);
    expect(run(reports, asks)).toEqual([
      [500, 2],
      [2000, 2],
    ]);
  });

  it('going back to the step it started on is still a settled step', () => {
    expect(
      run(
        [
          [0, 1],
          [100, 0],
        ],
        [300, 600, 700],
        0,
      ),
    ).toEqual([[600, 0]]);
  });

  it('says how long to wait before the next step could settle', () => {
    const settler = new StepSettler(0, 500);
    settler.report(1, 1000);
    expect(settler.wait(1200)).toBe(300);
    settler.report(1, 1400);
    expect(settler.wait(1450)).toBe(50); // the hold of step 1 is due at 1500
    expect(settler.settle(1500)).toBe(1);
    expect(settler.wait(1500)).toBe(400); // the rest is due at 1900
    expect(settler.settle(1900)).toBe(1);
    expect(settler.wait(1900)).toBeUndefined();
  });

  it('waits SETTLE_MS by default', () => {
    const settler = new StepSettler(0);
    settler.report(4, 0);
    expect(settler.wait(0)).toBe(SETTLE_MS);
  });
});

describe('storyPosition', () => {
  it.each([
    ['the first card below the trigger line: above the story', 600, 5000, 'before'],
    ['the first card on the line: in the story', 480, 5000, 'in'],
    ['the last step ending above the line: past the story', -5000, 400, 'after'],
    ['the last step reaching the line: still in the story', -5000, 480, 'in'],
  ] as const)('%s', (_name, firstTop, lastBottom, expected) => {
    expect(storyPosition(firstTop, lastBottom, 480)).toBe(expected);
  });
});

describe('stepFragment', () => {
  const ids = ['kachin-and-shan', 'the-coup', 'l\u00e4iza'];
  it.each([
    [0, 'in', '#kachin-and-shan'],
    [1, 'in', '#the-coup'],
    [2, 'in', '#l%C3%A4iza'],
    [0, 'before', ''],
    [2, 'after', ''],
    [7, 'in', ''],
  ] as const)('step %i, %s the story: "%s"', (index, position, fragment) => {
    expect(stepFragment(index, position, ids)).toBe(fragment);
  });
});

describe('nextFragment', () => {
  const ids = ['kachin-and-shan', 'the-coup'];
  it.each([
    ['a step settled in the story replaces no fragment', '', 1, 'in', '#the-coup'],
    ["it replaces another step's", '#kachin-and-shan', 1, 'in', '#the-coup'],
    ["and a chapter's or another part's, inside the story", '#all-events', 0, 'in', '#kachin-and-shan'],
    ['the same step: nothing to do', '#the-coup', 1, 'in', undefined],
    ["above the story a step's fragment goes", '#kachin-and-shan', 0, 'before', ''],
    ['below it too', '#the-coup', 1, 'after', ''],
    ['no fragment above the story: nothing to do', '', 0, 'before', undefined],
    ['a bare "#" counts as none', '#', 0, 'before', undefined],
    ["below the story another part's address stays", '#all-events', 1, 'after', undefined],
  ] as const)('%s', (_name, current, index, position, expected) => {
    expect(nextFragment(current, index, position, ids)).toBe(expected);
  });
});
