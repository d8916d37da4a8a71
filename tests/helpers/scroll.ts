/** Scrolling a whole page the way a reader does, with or without JavaScript in the page. */
import type { Page } from 'playwright-core';
import { slowScrollTo } from './browser';

/** Wheels down in `stepPx` steps until the bottom of the page (page.evaluate works even with JavaScript off). */
export async function wheelToBottom(page: Page, stepPx = 400): Promise<void> {
  for (let n = 0; n < 1000; n++) {
    const atBottom = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atBottom) break;
    await page.mouse.wheel(0, stepPx);
    await page.waitForTimeout(25);
  }
}

/** Scrolls the whole story: step by step to the last step when the live map runs, then on to the end of the page. */
export async function scrollWholeStory(page: Page, javaScript = true): Promise<number> {
  const steps = await page.locator('[data-step]').count();
  if (javaScript && steps > 0) await slowScrollTo(page, steps - 1);
  await wheelToBottom(page);
  return steps;
}
