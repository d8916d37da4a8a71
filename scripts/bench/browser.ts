/**
 * In-browser measurements of a scrollytelling page: bytes over a full wheel scroll, long tasks at 4x CPU throttling and
 * requestAnimationFrame deltas during map transitions. The page must mark its steps with [data-step] (each holding a
 * .step__text card) and its live map with [data-map].
 */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import type { ServerBytes } from './server-bytes';

/** A viewport the benchmark uses. */
export interface Viewport {
  name: 'phone' | 'desktop';
  options: BrowserContextOptions;
}

export const PHONE: Viewport = { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } };
export const DESKTOP: Viewport = { name: 'desktop', options: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } };

export const CATEGORIES = ['html', 'css', 'js', 'data', 'font', 'image', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One finished request. */
export interface RequestRecord {
  url: string;
  category: Category;
  /** Bytes over the wire (headers and the gzip body), from Network.loadingFinished encodedDataLength. */
  bytes: number;
  status?: number;
  /** 'server' when the page's session never reported the size (a worker's script) and the server's count is used. */
  source: 'cdp' | 'server';
}

/** Bytes transferred over a full scroll. */
export interface BytesResult {
  byCategory: Record<Category, number>;
  total: number;
  requests: RequestRecord[];
  /** Requests still open, or failed, when the count was taken. */
  unfinished: string[];
  /** What the server counted for the same page load and scroll (a cross-check of `total`). */
  serverTotal?: number;
  scroll: ScrollSummary;
  /** The page's largest contentful paint before scrolling, unthrottled (which element it was matters more than when). */
  lcp?: { ms: number; element: string };
  /** CLS from load through the scroll (session windows, as Chrome reports it to field data) and what moved. */
  layoutShift: { cls: number; entries: number; sources: string[] };
}

/** How the wheel scroll went. */
export interface ScrollSummary {
  wheels: number;
  reachedEnd: boolean;
  scrollHeight: number;
  ms: number;
}

/** Long tasks seen during load and during the scroll. */
export interface LongTaskResult {
  cpuThrottling: number;
  load: { count: number; totalMs: number; maxMs: number };
  scroll: { count: number; totalMs: number; maxMs: number };
  scrollSummary: ScrollSummary;
  /** When the scroll was measured more than once: every run's scroll numbers, in order (this result is the median). */
  runs?: { count: number; totalMs: number; maxMs: number }[];
}

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

/** requestAnimationFrame deltas while the map moves from step to step, in whole display frames (see toDisplayFrames). */
export interface FrameResult {
  cpuThrottling: number;
  steps: number;
  /** Steps whose transition the page confirmed (its data-step-index reached the step). */
  stepsReached: number;
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Deltas longer than 1.5 frames at 60 Hz (25 ms), i.e. at least one frame dropped. */
  over25: number;
  /** Each step's own numbers (the step's id, or its index when it has none). */
  perStep: { step: string; frames: number; p95: number; max: number }[];
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
  if (mime.includes('json') || /\.(geo|topo)?json$|\.pbf$|\.mvt$|\.csv$/.test(path) || resourceType === 'Fetch' || resourceType === 'XHR') return 'data';
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

const r1 = (n: number) => Math.round(n * 10) / 10;

async function newPage(browser: Browser, vp: Viewport, extra: BrowserContextOptions = {}): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession; errors: string[] }> {
  const ctx = await browser.newContext({ ...vp.options, ...extra });
  // tsx keeps function names with a __name() helper that does not exist in the page: give the page one.
  await ctx.addInitScript('globalThis.__name ??= (f) => f;');
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  // Only the local server is measured: anything else is refused (and reported as unfinished).
  await ctx.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort('blockedbyclient'));
  const cdp = await ctx.newCDPSession(page);
  return { ctx, page, cdp, errors };
}

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

/** Wheel-scrolls from the top to the bottom of the page (bounded), with the pointer over the middle of the viewport. */
export async function wheelToBottom(page: Page, opts: { delta?: number; pauseMs?: number; maxWheels?: number } = {}): Promise<ScrollSummary> {
  const delta = opts.delta ?? 120;
  const pause = opts.pauseMs ?? 40;
  const maxWheels = opts.maxWheels ?? 1500;
  const vp = page.viewportSize() ?? { width: 800, height: 600 };
  await page.mouse.move(vp.width / 2, vp.height / 2);
  const started = Date.now();
  let wheels = 0;
  let stuck = 0;
  let lastY = -1;
  let reachedEnd = false;
  let scrollHeight = 0;
  while (wheels < maxWheels) {
    const s = await page.evaluate(() => ({ y: window.scrollY, end: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2, h: document.documentElement.scrollHeight }));
    scrollHeight = s.h;
    if (s.end) { reachedEnd = true; break; }
    // The wheel may take a moment to move the page at 4x throttling; forty wheels in place means it will not.
    stuck = s.y === lastY ? stuck + 1 : 0;
    if (stuck >= 40) break;
    lastY = s.y;
    await page.mouse.wheel(0, delta);
    wheels++;
    await page.waitForTimeout(pause);
  }
  return { wheels, reachedEnd, scrollHeight, ms: Date.now() - started };
}

/** Every request from page load through a full wheel scroll, by category (gzip on the wire, headers included). */
export async function measureBytes(browser: Browser, url: string, vp: Viewport, server?: ServerBytes): Promise<BytesResult & { errors: string[] }> {
  const { ctx, page, cdp, errors } = await newPage(browser, vp);
  const seen = new Map<string, { url: string; type?: string; mime?: string; status?: number }>();
  const records: RequestRecord[] = [];
  const failed: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => { if (!seen.has(e.requestId)) seen.set(e.requestId, { url: e.request.url, type: e.type }); });
  cdp.on('Network.responseReceived', (e) => {
    const r = seen.get(e.requestId) ?? { url: e.response.url };
    seen.set(e.requestId, { ...r, type: e.type ?? r.type, mime: e.response.mimeType, status: e.response.status });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    seen.delete(e.requestId);
    if (!r || r.url.startsWith('data:') || r.url.startsWith('blob:')) return;
    records.push({ url: r.url, category: categorize(r.type, r.mime, r.url), bytes: e.encodedDataLength, status: r.status, source: 'cdp' });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = seen.get(e.requestId);
    seen.delete(e.requestId);
    if (r && !r.url.startsWith('data:')) failed.push(`${r.url} (${e.errorText})`);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(LOAD_OBSERVERS);
  server?.reset();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 500);
    const lcp = await page.evaluate(() => (window as unknown as { __benchLcp?: { ms: number; element: string } }).__benchLcp);
    const scroll = await wheelToBottom(page);
    // Lazily loaded resources get a moment to arrive after the last wheel.
    await page.waitForTimeout(1500);
    const open = [...seen.values()].filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    const unfinished = [...failed];
    const sent = server ? [...server.responses()] : [];
    for (const r of open) {
      // A request the page saw start but not finish (a worker's script): take its size from the server, if it sent it.
      const path = new URL(r.url).pathname;
      const counted = records.filter((q) => new URL(q.url).pathname === path).length;
      const fromServer = sent.filter((x) => x.path === path)[counted];
      if (fromServer) records.push({ url: r.url, category: categorize(r.type, r.mime, r.url), bytes: fromServer.bytes, status: r.status, source: 'server' });
      else unfinished.push(`${r.url} (unfinished)`);
    }
    const shifts = await page.evaluate(() => (window as unknown as { __benchShifts?: Shift[] }).__benchShifts ?? []);
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const r of records) byCategory[r.category] += r.bytes;
    const total = records.reduce((s, r) => s + r.bytes, 0);
    const serverTotal = server ? sent.reduce((s, x) => s + x.bytes, 0) : undefined;
    return { byCategory, total, requests: records.sort((a, b) => b.bytes - a.bytes), unfinished, serverTotal, scroll, lcp, layoutShift: summarizeShifts(shifts), errors };
  } finally {
    await ctx.close();
  }
}

interface Shift {
  t: number;
  value: number;
  sources: string[];
}

/** CLS by session windows (gaps under 1 s, windows under 5 s, the largest window counts) and the distinct sources. */
export function summarizeShifts(shifts: readonly Shift[]): BytesResult['layoutShift'] {
  let cls = 0;
  let windowSum = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - last < 1000 && s.t - windowStart < 5000) windowSum += s.value;
    else { windowSum = s.value; windowStart = s.t; }
    last = s.t;
    cls = Math.max(cls, windowSum);
  }
  const sources = [...new Set(shifts.flatMap((s) => s.sources))].slice(0, 5);
  return { cls: Math.round(cls * 10000) / 10000, entries: shifts.length, sources };
}

/** Installed before the page runs: layout shifts (with what moved) and the largest contentful paint. */
const LOAD_OBSERVERS = () => {
  try {
    const w = window as unknown as { __benchShifts: Shift[] };
    w.__benchShifts = [];
    const tag = (e: Element, all = true) => {
      const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
      return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${cls.slice(0, all ? undefined : 1).map((c) => '.' + c).join('')}`;
    };
    const describe = (n: Node | null) => {
      if (!n) return '(removed)';
      if (!(n instanceof Element)) return `text "${(n.textContent ?? '').trim().slice(0, 24)}"`;
      return n.parentElement ? `${tag(n)} in ${tag(n.parentElement, false)}` : tag(n);
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] })[]) {
        if (!e.hadRecentInput) w.__benchShifts.push({ t: e.startTime, value: e.value, sources: (e.sources ?? []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const e = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null; size?: number }) | undefined;
      if (!e) return;
      const el = e.element;
      const name = el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}` : '(removed element)';
      (window as unknown as { __benchLcp: unknown }).__benchLcp = { ms: Math.round(e.startTime), element: `${name}, ${e.size ?? '?'} px²` };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No layout-shift or LCP support: nothing recorded.
  }
};

const LONGTASK_OBSERVER = () => {
  const w = window as unknown as { __benchLongTasks: { start: number; duration: number }[] };
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task support: the list stays empty.
  }
};

function summarize(tasks: readonly { duration: number }[]) {
  return {
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
    maxMs: Math.round(tasks.reduce((m, t) => Math.max(m, t.duration), 0)),
  };
}

/** Long tasks (over 50 ms) from page load through a full wheel scroll with the CPU throttled `rate` times. */
export async function measureLongTasks(browser: Browser, url: string, vp: Viewport, rate = 4): Promise<LongTaskResult & { errors: string[] }> {
  const { ctx, page, cdp, errors } = await newPage(browser, vp);
  await page.addInitScript(LONGTASK_OBSERVER);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 1000);
    const scrollStart = await page.evaluate(() => performance.now());
    const scrollSummary = await wheelToBottom(page, { pauseMs: 60 });
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(() => (window as unknown as { __benchLongTasks: { start: number; duration: number }[] }).__benchLongTasks);
    return {
      cpuThrottling: rate,
      load: summarize(tasks.filter((t) => t.start < scrollStart)),
      scroll: summarize(tasks.filter((t) => t.start >= scrollStart)),
      scrollSummary,
      errors,
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await ctx.close();
  }
}

/**
 * Frame times while the map moves: with motion allowed and no CPU throttling, brings each step's .step__text to the
 * middle of the viewport in turn and records requestAnimationFrame deltas for `windowMs` after each move.
 */
export async function measureFrames(browser: Browser, url: string, vp: Viewport, windowMs = 1500): Promise<FrameResult & { errors: string[] }> {
  const { ctx, page, errors } = await newPage(browser, vp, { reducedMotion: 'no-preference' });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 1000);
    const steps = await page.locator('[data-step]').count();
    const deltas: number[] = [];
    const perStep: FrameResult['perStep'] = [];
    let reached = 0;
    for (let i = 1; i < steps; i++) {
      // Start sampling one frame before the move, so the frame that handles the scroll is counted too.
      await page.evaluate((index) => new Promise<void>((resolve) => {
        const w = window as unknown as { __benchFrames: { on: boolean; last: number; deltas: number[] } };
        const f: { on: boolean; last: number; deltas: number[] } = { on: true, last: 0, deltas: [] };
        w.__benchFrames = f;
        const tick = (t: number) => {
          if (!f.on) return;
          if (f.last) f.deltas.push(t - f.last);
          f.last = t;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => {
          f.last = t;
          const card = document.querySelectorAll('[data-step]')[index]?.querySelector('.step__text');
          if (card) {
            const r = card.getBoundingClientRect();
            window.scrollTo({ top: window.scrollY + r.top + r.height / 2 - window.innerHeight / 2, behavior: 'instant' });
          }
          requestAnimationFrame(tick);
          resolve();
        });
      }), i);
      await page.waitForTimeout(windowMs);
      const got = await page.evaluate((index) => {
        const w = window as unknown as { __benchFrames: { on: boolean; deltas: number[] } };
        w.__benchFrames.on = false;
        const marked = document.querySelector('[data-map] [data-step-index], [data-map][data-step-index]');
        const id = document.querySelectorAll('[data-step]')[index]?.id;
        return { deltas: w.__benchFrames.deltas, reached: marked?.getAttribute('data-step-index') === String(index), step: id || String(index) };
      }, i);
      const stepDeltas = got.deltas.map(toDisplayFrames);
      deltas.push(...stepDeltas);
      perStep.push({ step: got.step, frames: stepDeltas.length, p95: r1(percentile(stepDeltas, 95)), max: r1(stepDeltas.reduce((m, d) => Math.max(m, d), 0)) });
      if (got.reached) reached++;
    }
    return {
      cpuThrottling: 1,
      steps: Math.max(0, steps - 1),
      stepsReached: reached,
      frames: deltas.length,
      p50: r1(percentile(deltas, 50)),
      p95: r1(percentile(deltas, 95)),
      max: r1(deltas.reduce((m, d) => Math.max(m, d), 0)),
      over25: deltas.filter((d) => d > 25).length,
      perStep,
      errors,
    };
  } finally {
    await ctx.close();
  }
}
