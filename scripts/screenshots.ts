/**
 * Screenshots for looking at what we build: tsx scripts/screenshots.ts [outDir].
 * MODES=js,nojs,dark picks the kinds (js by default); STORY=rail-corridor/ takes another story's page;
 * SHOTS=top,steps,back picks what is shot (all by default): the first screen, every step, and the back matter
 * ("All events" and "Sources and notes", one screen each from their heading). SIZES=desktop,phone,landscape picks the
 * viewports (all by default): 1280×800, 390×844 and 844×390.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDir } from './lib/static-server';
import { launchChromium } from './lib/chromium';

const out = resolve(process.argv[2] ?? 'tests/.tmp/screens');
const dist = resolve(process.env.DIST ?? 'dist');
const allSizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'landscape', width: 844, height: 390 },
];
const pick = (env: string | undefined) => (env ? env.split(',') : undefined);
const wanted = pick(process.env.SIZES);
const sizes = allSizes.filter((s) => !wanted || wanted.includes(s.name));
const modes = (process.env.MODES ?? 'js').split(',');
const shots = pick(process.env.SHOTS) ?? ['top', 'steps', 'back'];
const story = process.env.STORY ?? '';
const backMatter = ['all-events', 'sources-and-notes'];

/** Every step: the whole screen with JavaScript, the step's own block without. */
async function shootSteps(page: Page, url: string, prefix: string, nojs: boolean): Promise<void> {
  const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
  for (const [i, id] of ids.entries()) {
    const file = join(out, `${prefix}-${String(i).padStart(2, '0')}-${id}.png`);
    if (nojs) {
      await page.locator(`#${id}`).screenshot({ path: file });
    } else {
      await page.goto(`${url}#${id}`);
      await page.waitForTimeout(250);
      await page.screenshot({ path: file });
    }
  }
}

/** One screen from the top of each part of the back matter that the page has. */
async function shootBack(page: Page, prefix: string): Promise<void> {
  for (const id of backMatter) {
    const el = page.locator(`#${id}`);
    if ((await el.count()) === 0) continue;
    await el.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${prefix}-back-${id}.png`) });
  }
}

mkdirSync(out, { recursive: true });
const served = await serveDir(dist);
const browser = await launchChromium();
try {
  for (const size of sizes) {
    for (const mode of modes) {
      const ctx = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        javaScriptEnabled: mode !== 'nojs',
        reducedMotion: 'reduce',
        colorScheme: mode === 'dark' ? 'dark' : 'light',
      });
      const page = await ctx.newPage();
      page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      const url = `${served.url}${story}`;
      const prefix = `${size.name}-${mode}`;
      await page.goto(url);
      if (shots.includes('top')) {
        await page.waitForTimeout(250);
        await page.screenshot({ path: join(out, `${prefix}-top.png`) });
      }
      if (shots.includes('steps')) await shootSteps(page, url, prefix, mode === 'nojs');
      if (shots.includes('back')) await shootBack(page, prefix);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(`screenshots in ${out}`);
