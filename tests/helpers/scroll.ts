/** Scrolling a whole page the way a reader does, with or without JavaScript in the page. */
import type { Page } from 'playwright-core';
import { slowScrollTo } from './browser';
import { wheelToBottom } from '../../scripts/lib/wheel-scroll';

/** Scrolls the whole story: step by step to the last step when the live map runs, then on to the end of the page. */
export async function scrollWholeStory(page: Page, javaScript = true): Promise<number> {
  const steps = await page.locator('[data-step]').count();
  if (javaScript && steps > 0) await slowScrollTo(page, steps - 1);
  // Big wheels with short pauses: the page is not throttled here (page.evaluate works even with JavaScript off).
  await wheelToBottom(page, { delta: 400, pauseMs: 25 });
  return steps;
}
