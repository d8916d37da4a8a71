/** requestAnimationFrame deltas while the live map moves from step to step. */
import type { Browser } from 'playwright-core';
import type { FrameResult, Viewport } from './types';
import { percentile, toDisplayFrames } from './stats';
import { newPage, settle } from './page';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Frame times while the map moves: with motion allowed and no CPU throttling, brings each step's .step__text to the
 * middle of the viewport in turn and records requestAnimationFrame deltas for `windowMs` after each move.
 */
export async function measureFrames(
  browser: Browser,
  url: string,
  vp: Viewport,
  windowMs = 1500,
): Promise<FrameResult & { errors: string[] }> {
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
      await page.evaluate(
        (index) =>
          new Promise<void>((resolve) => {
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
                window.scrollTo({
                  top: window.scrollY + r.top + r.height / 2 - window.innerHeight / 2,
                  behavior: 'instant',
                });
              }
              requestAnimationFrame(tick);
              resolve();
            });
          }),
        i,
      );
      await page.waitForTimeout(windowMs);
      const got = await page.evaluate((index) => {
        const w = window as unknown as { __benchFrames: { on: boolean; deltas: number[] } };
        w.__benchFrames.on = false;
        const marked = document.querySelector('[data-map] [data-step-index], [data-map][data-step-index]');
        const id = document.querySelectorAll('[data-step]')[index]?.id;
        return {
          deltas: w.__benchFrames.deltas,
          reached: marked?.getAttribute('data-step-index') === String(index),
          step: id || String(index),
        };
      }, i);
      const stepDeltas = got.deltas.map(toDisplayFrames);
      deltas.push(...stepDeltas);
      perStep.push({
        step: got.step,
        frames: stepDeltas.length,
        p95: r1(percentile(stepDeltas, 95)),
        max: r1(stepDeltas.reduce((m, d) => Math.max(m, d), 0)),
      });
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
