/** A measured page: its own browser context, errors recorded, every request off the local server refused. */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import type { Viewport } from './types';

/** A fresh context and page at `vp` with a CDP session; `errors` collects page errors and console errors. */
export async function newPage(
  browser: Browser,
  vp: Viewport,
  extra: BrowserContextOptions = {},
): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession; errors: string[] }> {
  const ctx = await browser.newContext({ ...vp.options, ...extra });
  // tsx keeps function names with a __name() helper that does not exist in the page: give the page one.
  await ctx.addInitScript('globalThis.__name ??= (f) => f;');
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // Only the local server is measured: anything else is refused (and reported as unfinished).
  await ctx.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort('blockedbyclient'));
  const cdp = await ctx.newCDPSession(page);
  return { ctx, page, cdp, errors };
}

/** Waits for the load event, then `ms` more. */
export async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}
