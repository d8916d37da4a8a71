/**
 * Screenshots of every step at desktop and phone sizes, for looking at what we build: tsx scripts/screenshots.ts [outDir].
 * MODES=js,nojs,dark picks the kinds (js by default); STORY=rail-corridor/ takes another story's page.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDir } from './lib/static-server';
import { launchChromium } from './lib/chromium';

const out = resolve(process.argv[2] ?? 'tests/.tmp/screens');
const dist = resolve(process.env.DIST ?? 'dist');
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const modes = (process.env.MODES ?? 'js').split(',');
const story = process.env.STORY ?? '';

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
      await page.goto(`${served.url}${story}`);
      const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
      for (const [i, id] of ids.entries()) {
        if (mode === 'nojs') {
          await page.locator(`#${id}`).screenshot({ path: join(out, `${size.name}-nojs-${String(i).padStart(2, '0')}-${id}.png`) });
        } else {
          await page.goto(`${served.url}${story}#${id}`);
          await page.waitForTimeout(250);
          await page.screenshot({ path: join(out, `${size.name}-${mode}-${String(i).padStart(2, '0')}-${id}.png`) });
        }
      }
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(`screenshots in ${out}`);
