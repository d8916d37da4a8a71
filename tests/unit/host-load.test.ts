import { describe, expect, it } from 'vitest';
import { busyCores, summarizeOtherWork } from '../../scripts/bench/host-load';
import { toMarkdown, type BenchResult } from '../../scripts/bench/report';

const result = (maxCores: number): BenchResult => ({
  date: '2026-11-28',
  generatedAt: '2026-11-28T00:00:00Z',
  mode: 'quick',
  kbIs: 1000,
  machine: {
    cores: 2,
    cpu: 'test',
    os: 'test',
    node: 'v20',
    chromium: '1',
    otherWork: { samples: 4, maxCores, medianCores: maxCores / 2 },
  },
  build: { seconds: 4 },
  lighthouseRuns: 1,
  pages: [],
  budgets: [],
  passed: true,
});

describe('other work on the benchmark machine', () => {
  it('turns two CPU readings into busy cores', () => {
    // 2 cores over 1 s: 2000 ms of CPU time, 1000 ms of it busy = one core busy.
    expect(busyCores({ busy: 500, total: 10_000 }, { busy: 1500, total: 12_000 }, 2)).toBeCloseTo(1, 9);
    expect(busyCores({ busy: 0, total: 0 }, { busy: 0, total: 2000 }, 2)).toBe(0);
    expect(busyCores({ busy: 0, total: 0 }, { busy: 0, total: 0 }, 2)).toBe(0);
    expect(busyCores({ busy: 0, total: 0 }, { busy: 3000, total: 2000 }, 2)).toBe(2);
  });

  it('summarizes samples as median and maximum', () => {
    expect(summarizeOtherWork([0.5, 0.01, 1.02])).toEqual({ samples: 3, maxCores: 1.02, medianCores: 0.5 });
    expect(summarizeOtherWork([0.1, 0.3])).toEqual({ samples: 2, maxCores: 0.3, medianCores: 0.2 });
    expect(summarizeOtherWork([])).toEqual({ samples: 0, maxCores: 0, medianCores: 0 });
  });

  it('warns in the results only when other work kept the machine busy', () => {
    expect(toMarkdown(result(0.05))).not.toContain('Other work was running');
    expect(toMarkdown(result(1))).toContain('Other work was running on the machine (up to 1.00 of 2 cores busy');
  });
});
