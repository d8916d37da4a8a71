import { describe, expect, it } from 'vitest';
import {
  categorize,
  FRAME_MS,
  medianLongTaskRun,
  percentile,
  summarizeShifts,
  toDisplayFrames,
} from '../../scripts/bench/stats';
import type { LongTaskResult } from '../../scripts/bench/types';

describe('benchmark metrics', () => {
  it('counts a requestAnimationFrame delta in whole 60 Hz frames, whatever its timer wobble', () => {
    expect(toDisplayFrames(16.8)).toBeCloseTo(FRAME_MS, 9);
    expect(toDisplayFrames(16.5)).toBeCloseTo(FRAME_MS, 9);
    expect(toDisplayFrames(3)).toBeCloseTo(FRAME_MS, 9);
    expect(toDisplayFrames(33.3)).toBeCloseTo(2 * FRAME_MS, 9);
    expect(toDisplayFrames(26)).toBeCloseTo(2 * FRAME_MS, 9);
    expect(toDisplayFrames(24)).toBeCloseTo(FRAME_MS, 9);
    expect(percentile([16.8, 16.6, 33.4, 16.7].map(toDisplayFrames), 95)).toBeCloseTo(2 * FRAME_MS, 9);
  });

  it('takes nearest-rank percentiles and sorts requests by type', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
    expect(categorize('Script', 'text/javascript', 'http://x/a.js')).toBe('js');
    expect(categorize(undefined, 'application/json', 'http://x/d.topo.json')).toBe('data');
    expect(categorize('Document', 'text/html', 'http://x/')).toBe('html');
  });

  it('scores layout shift by session windows, as Chrome does', () => {
    const s = summarizeShifts([
      { t: 0, value: 0.1, sources: ['a'] },
      { t: 500, value: 0.1, sources: ['b'] },
      { t: 3000, value: 0.15, sources: ['a'] },
    ]);
    expect(s.cls).toBe(0.2);
    expect(s.entries).toBe(3);
    expect(s.sources).toEqual(['a', 'b']);
  });

  it('takes the median scroll of several, keeping every run', () => {
    const run = (count: number, totalMs: number): LongTaskResult => ({
      cpuThrottling: 4,
      load: { count: 0, totalMs: 0, maxMs: 0 },
      scroll: { count, totalMs, maxMs: count ? totalMs : 0 },
      scrollSummary: { wheels: 100, reachedEnd: true, scrollHeight: 20000, ms: 9000 },
    });
    const m = medianLongTaskRun([run(3, 200), run(0, 0), run(1, 60)]);
    expect(m.scroll.count).toBe(1);
    expect(m.runs?.map((r) => r.count)).toEqual([3, 0, 1]);
    expect(medianLongTaskRun([run(2, 130), run(2, 110), run(5, 400)]).scroll.totalMs).toBe(130);
    expect(medianLongTaskRun([run(4, 300)]).scroll.count).toBe(4);
    expect(() => medianLongTaskRun([])).toThrow();
  });
});
