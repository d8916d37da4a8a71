/** Lighthouse (its default mobile settings: emulated phone, simulated slow 4G and 4x CPU) on a page, a few runs. */
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium';

/** Scores 0–100 and metrics of one run. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Medians over the runs, each metric on its own, with what the runs said beside the numbers. */
export interface LighthouseResult {
  ok: true;
  version: string;
  runs: LighthouseRun[];
  median: LighthouseRun;
  /** From the last run: audits that did not pass, by category; the longest tasks; where main-thread time went; audits that errored. */
  notes: {
    failing: Record<string, string[]>;
    longTasks: string[];
    mainThread: string[];
    errored: string[];
    warnings: string[];
  };
}

/** Lighthouse could not run or gave no result: why. */
export interface LighthouseFailure {
  ok: false;
  error: string;
}

/** Median of a list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Lighthouse starts Chromium itself: headless, and as root without the sandbox. */
const FLAGS = ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS];

/** Runs Lighthouse `runs` times on `url` in one Chromium (Lighthouse clears storage between runs). Never throws. */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseResult | LighthouseFailure> {
  const chromePath = chromiumPath();
  if (!chromePath)
    return { ok: false, error: 'no Chromium at CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser' };
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    // chrome-launcher comes with lighthouse.
    launch = (await import('chrome-launcher')).launch;
  } catch (e) {
    return { ok: false, error: `cannot load lighthouse or chrome-launcher: ${(e as Error).message}` };
  }
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    chrome = await launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
    const results: LighthouseRun[] = [];
    let version = '';
    let notes: LighthouseResult['notes'] = { failing: {}, longTasks: [], mainThread: [], errored: [], warnings: [] };
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = r?.lhr;
      if (!lhr) return { ok: false, error: `run ${i + 1} gave no result` };
      if (lhr.runtimeError)
        return { ok: false, error: `run ${i + 1}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
      const score = (id: string) => {
        const s = lhr.categories[id]?.score;
        if (s === null || s === undefined)
          throw new Error(`run ${i + 1}: no ${id} score (${lhr.runWarnings.join('; ') || 'no warning given'})`);
        return Math.round(s * 100);
      };
      const metric = (id: string) => {
        const v = lhr.audits[id]?.numericValue;
        if (v === undefined)
          throw new Error(`run ${i + 1}: no ${id} value: ${lhr.audits[id]?.errorMessage ?? 'audit missing'}`);
        return v;
      };
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Math.round(metric('cumulative-layout-shift') * 10000) / 10000,
      });
      version = lhr.lighthouseVersion;
      const failing: Record<string, string[]> = {};
      for (const [id, cat] of Object.entries(lhr.categories)) {
        const bad = cat.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue || lhr.audits[ref.id]?.score})`);
        if (bad.length) failing[id] = bad;
      }
      type Row = Record<string, unknown>;
      const rows = (id: string) => (lhr.audits[id]?.details as { items?: Row[] } | undefined)?.items ?? [];
      const local = (u: unknown) => String(u).replace(/^https?:\/\/[^/]+/, '');
      notes = {
        failing,
        longTasks: rows('long-tasks')
          .slice(0, 4)
          .map((t) => `${local(t.url)} ${Math.round(Number(t.duration))} ms`),
        mainThread: rows('mainthread-work-breakdown')
          .slice(0, 3)
          .map((t) => `${String(t.groupLabel)} ${Math.round(Number(t.duration))} ms`),
        errored: Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'error')
          .map((a) => `${a.id}: ${(a.errorMessage ?? '').slice(0, 240)}`),
        warnings: lhr.runWarnings,
      };
    }
    const med = (k: keyof LighthouseRun) => median(results.map((r) => r[k]));
    return {
      ok: true,
      version,
      runs: results,
      median: {
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('bestPractices'),
        seo: med('seo'),
        lcpMs: med('lcpMs'),
        tbtMs: med('tbtMs'),
        cls: med('cls'),
      },
      notes,
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0]! };
  } finally {
    if (chrome) await Promise.resolve(chrome.kill()).catch(() => undefined);
  }
}
