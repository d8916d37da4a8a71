/** Scripts installed in a measured page before it runs: they record what the page itself reports. */
import type { Shift } from './types';

/** Installed before the page runs: layout shifts (with what moved) and the largest contentful paint. */
export const LOAD_OBSERVERS = () => {
  try {
    const w = window as unknown as { __benchShifts: Shift[] };
    w.__benchShifts = [];
    const tag = (e: Element, all = true) => {
      const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls
        .slice(0, all ? undefined : 1)
        .map((c) => `.${c}`)
        .join('')}`;
    };
    const describe = (n: Node | null) => {
      if (!n) return '(removed)';
      if (!(n instanceof Element)) return `text "${(n.textContent ?? '').trim().slice(0, 24)}"`;
      return n.parentElement ? `${tag(n)} in ${tag(n.parentElement, false)}` : tag(n);
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node: Node | null }[];
      })[]) {
        if (!e.hadRecentInput)
          w.__benchShifts.push({
            t: e.startTime,
            value: e.value,
            sources: (e.sources ?? []).map((s) => describe(s.node)),
          });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const e = list.getEntries().at(-1) as
        | (PerformanceEntry & { element?: Element | null; size?: number })
        | undefined;
      if (!e) return;
      const el = e.element;
      const name = el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
        : '(removed element)';
      (window as unknown as { __benchLcp: unknown }).__benchLcp = {
        ms: Math.round(e.startTime),
        element: `${name}, ${e.size ?? '?'} px²`,
      };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No layout-shift or LCP support: nothing recorded.
  }
};

/** Installed before the page runs: long tasks (over 50 ms), with their start and duration. */
export const LONGTASK_OBSERVER = () => {
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
