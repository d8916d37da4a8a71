/** Long tasks during load and during a full wheel scroll, with the CPU throttled. */
import type { Browser } from 'playwright-core';
import type { LongTaskResult, Viewport } from './types';
import { newPage, settle } from './page';
import { LONGTASK_OBSERVER } from './page-observers';
import { wheelToBottom } from '../lib/wheel-scroll';

function summarize(tasks: readonly { duration: number }[]) {
  return {
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
    maxMs: Math.round(tasks.reduce((m, t) => Math.max(m, t.duration), 0)),
  };
}

/** Long tasks (over 50 ms) from page load through a full wheel scroll with the CPU throttled `rate` times. */
export async function measureLongTasks(
  browser: Browser,
  url: string,
  vp: Viewport,
  rate = 4,
): Promise<LongTaskResult & { errors: string[] }> {
  const { ctx, page, cdp, errors } = await newPage(browser, vp);
  await page.addInitScript(LONGTASK_OBSERVER);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 1000);
    const scrollStart = await page.evaluate(() => performance.now());
    const scrollSummary = await wheelToBottom(page, { pauseMs: 60 });
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(
      () => (window as unknown as { __benchLongTasks: { start: number; duration: number }[] }).__benchLongTasks,
    );
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
