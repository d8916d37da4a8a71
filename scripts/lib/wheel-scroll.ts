/** Scrolling a page to its end with the mouse wheel, the way a reader does (benchmark and tests alike). */
import type { Page } from 'playwright-core';

/** How the wheel scroll went. */
export interface ScrollSummary {
  wheels: number;
  reachedEnd: boolean;
  scrollHeight: number;
  ms: number;
}

/** Wheel-scrolls from the top to the bottom of the page (bounded), with the pointer over the middle of the viewport. */
export async function wheelToBottom(
  page: Page,
  opts: { delta?: number; pauseMs?: number; maxWheels?: number } = {},
): Promise<ScrollSummary> {
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
    const s = await page.evaluate(() => ({
      y: window.scrollY,
      end: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      h: document.documentElement.scrollHeight,
    }));
    scrollHeight = s.h;
    if (s.end) {
      reachedEnd = true;
      break;
    }
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
