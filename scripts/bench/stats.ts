/** The benchmark's arithmetic: medians of runs, resource categories, display frames, percentiles, CLS windows. */
import type { BytesResult, Category, LongTaskResult, Shift } from './types';

/**
 * The median of several measurements of the same scroll: the run with the median count of long tasks (ties: the
 * median total), carrying every run's numbers. An even number of runs takes the higher of the middle two.
 */
export function medianLongTaskRun<T extends LongTaskResult>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs');
  const sorted = [...runs].sort((a, b) => a.scroll.count - b.scroll.count || a.scroll.totalMs - b.scroll.totalMs);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { ...median, runs: runs.map((r) => r.scroll) };
}

/** Sorts a resource into one of the categories from its CDP resource type, MIME type and URL. */
export function categorize(resourceType: string | undefined, mimeType: string | undefined, url: string): Category {
  const mime = (mimeType ?? '').toLowerCase();
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (resourceType === 'Document' || mime.includes('html')) return 'html';
  if (resourceType === 'Stylesheet' || mime.includes('css') || path.endsWith('.css')) return 'css';
  if (resourceType === 'Script' || mime.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'Font' || mime.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (resourceType === 'Image' || mime.startsWith('image/')) return 'image';
  if (
    mime.includes('json') ||
    /\.(geo|topo)?json$|\.pbf$|\.mvt$|\.csv$/.test(path) ||
    resourceType === 'Fetch' ||
    resourceType === 'XHR'
  )
    return 'data';
  return 'other';
}

/** The display's frame interval: headless Chromium draws at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/**
 * A requestAnimationFrame delta in whole display frames (as milliseconds): the callbacks' timestamps wobble by a few
 * tenths of a millisecond around the frame boundaries, so 16.8 ms is one frame on time and 33.3 ms is one dropped.
 */
export function toDisplayFrames(deltaMs: number): number {
  return Math.max(1, Math.round(deltaMs / FRAME_MS)) * FRAME_MS;
}

/** Percentile (nearest rank) of an unsorted list; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** CLS by session windows (gaps under 1 s, windows under 5 s, the largest window counts) and the distinct sources. */
export function summarizeShifts(shifts: readonly Shift[]): BytesResult['layoutShift'] {
  let cls = 0;
  let windowSum = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - last < 1000 && s.t - windowStart < 5000) windowSum += s.value;
    else {
      windowSum = s.value;
      windowStart = s.t;
    }
    last = s.t;
    cls = Math.max(cls, windowSum);
  }
  const sources = [...new Set(shifts.flatMap((s) => s.sources))].slice(0, 5);
  return { cls: Math.round(cls * 10000) / 10000, entries: shifts.length, sources };
}
