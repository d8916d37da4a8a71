/** What the benchmark measures in the browser, and the viewports it measures at. */
import type { BrowserContextOptions } from 'playwright-core';
import type { ScrollSummary } from '../lib/wheel-scroll';

export type { ScrollSummary };

/** A viewport the benchmark uses. */
export interface Viewport {
  name: 'phone' | 'desktop';
  options: BrowserContextOptions;
}

/** A 390×844 phone at 3× pixel density. */
export const PHONE: Viewport = {
  name: 'phone',
  options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
};
/** A 1280×800 laptop screen. */
export const DESKTOP: Viewport = {
  name: 'desktop',
  options: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};

/** Kinds of transferred resource, as the report groups them. */
export const CATEGORIES = ['html', 'css', 'js', 'data', 'font', 'image', 'other'] as const;
/** One kind of transferred resource. */
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

/** Long tasks seen during load and during the scroll. */
export interface LongTaskResult {
  cpuThrottling: number;
  load: { count: number; totalMs: number; maxMs: number };
  scroll: { count: number; totalMs: number; maxMs: number };
  scrollSummary: ScrollSummary;
  /** When the scroll was measured more than once: every run's scroll numbers, in order (this result is the median). */
  runs?: { count: number; totalMs: number; maxMs: number }[];
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

/** One layout shift as the page saw it: when, how much, and what moved. */
export interface Shift {
  t: number;
  value: number;
  sources: string[];
}
