/** How much of the machine other work takes while the benchmark itself is idle (load averages count the bench too). */
import { cpus } from 'node:os';

/** CPU time of all cores together, in milliseconds: busy (user, nice, system, irq) and in all. */
export interface CpuTimes {
  busy: number;
  total: number;
}

/** The machine's CPU counters now. */
export function cpuTimes(): CpuTimes {
  let busy = 0;
  let total = 0;
  for (const { times: t } of cpus()) {
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

/** Cores kept busy between two readings on a machine with `cores` cores: 0 is idle, `cores` is saturated. */
export function busyCores(before: CpuTimes, after: CpuTimes, cores: number): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  return Math.min(cores, Math.max(0, ((after.busy - before.busy) / total) * cores));
}

/** Waits `ms` with the bench idle and returns how many cores stayed busy meanwhile, i.e. other work on the machine. */
export async function sampleOtherWork(ms = 1000): Promise<number> {
  const before = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  return busyCores(before, cpuTimes(), cpus().length);
}

/** Summary of the idle-time samples: the most and the median cores busy. */
export function summarizeOtherWork(samples: readonly number[]): {
  samples: number;
  maxCores: number;
  medianCores: number;
} {
  if (!samples.length) return { samples: 0, maxCores: 0, medianCores: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return { samples: sorted.length, maxCores: r2(sorted.at(-1)!), medianCores: r2(median) };
}

/** Busy cores above which the timings are flagged as taken on a shared, busy machine. */
export const BUSY_THRESHOLD_CORES = 0.25;
