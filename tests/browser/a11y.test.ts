import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, slowScrollTo, startRig, waitForStep, type BrowserRig } from '../helpers/browser';

const run = browserAvailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The page as a reader without JavaScript gets it, in a browser where axe can still run (axe needs timers, which a
 * page with JavaScript disabled never fires): the story's scripts are removed and its CSS evaluates
 * `(scripting: enabled)` as false. tests/browser/scrolly.test.ts checks the same layout with JavaScript really off.
 */
async function withoutStoryScripts(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type === 'script') return route.abort('blockedbyclient');
    if (type !== 'document' && type !== 'stylesheet') return route.continue();
    const response = await route.fetch();
    let body = await response.text();
    if (type === 'document') body = body.replace(/<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '');
    else body = body.replace(/scripting:\s*enabled/g, 'scripting: none');
    return route.fulfill({ response, body });
  });
}

/** Runs axe with every rule up to WCAG 2.2 AA (best practices included) and returns the violations, readably. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated from the test (not a <script> tag), so the page's CSP does not block it.
  return page.evaluate(`(async () => {
    ${AXE}
    // Rules axe leaves off by default are switched on too (target-size, WCAG 2.2 AA), except the AAA ones.
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: !r.tags.includes('wcag2aaa') }]));
    // Parts below the story that the browser has not laid out yet (content-visibility: auto) have no geometry to
    // check; they are checked where the test scrolls to them.
    const skipped = [...document.querySelectorAll('[data-deferred]')]
      .filter((el) => el.firstElementChild && !el.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
    const r = await axe.run(skipped.length ? { exclude: skipped } : document, { resultTypes: ['violations'], rules });
    return r.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
  })()`) as Promise<string[]>;
}

describe.skipIf(!run)('accessibility (axe-core, all rules)', () => {
  let rig: BrowserRig;
  let count = 0;
  beforeAll(async () => {
    rig = await startRig(defaultBuild());
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    count = await page.locator('[data-step]').count();
    await page.context().close();
  });
  afterAll(async () => rig?.close());

  const sizes = [
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  ];
  for (const size of sizes) {
    for (const js of [true, false]) {
      it(`${size.name}, JavaScript ${js ? 'on' : 'off'}: no violations at the top, middle and end of the story, in the events and in the sources`, async () => {
        const { page, problems } = await openPage(rig, size);
        if (!js) await withoutStoryScripts(page);
        await page.goto(rig.served.url);
        const found: string[] = [];
        found.push(...(await axe(page)).map((v) => `top: ${v}`));
        for (const [where, i] of [
          ['middle', Math.floor(count / 2)],
          ['end', count - 1],
        ] as const) {
          if (js) await slowScrollTo(page, i);
          else await page.locator('[data-step]').nth(i).scrollIntoViewIfNeeded();
          found.push(...(await axe(page)).map((v) => `${where}: ${v}`));
        }
        // After the story: the events day by day and the sources, each laid out once it is near the screen.
        for (const [where, selector] of [
          ['events', '#all-events'],
          ['sources', '#notes-sources'],
        ] as const) {
          await page.locator(selector).scrollIntoViewIfNeeded();
          await page.waitForTimeout(300);
          found.push(...(await axe(page)).map((v) => `${where}: ${v}`));
        }
        expect(found).toEqual([]);
        expect(problems.filter((p) => !/ERR_BLOCKED_BY_CLIENT|blockedbyclient/i.test(p))).toEqual([]);
      }, 90_000);
    }
  }

  it('dark mode: no violations at the end of the story', async () => {
    const { page } = await openPage(rig, { colorScheme: 'dark' });
    await page.goto(rig.served.url);
    await slowScrollTo(page, count - 1);
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  it('the step menu, open, and a step link that has said "copied": no violations, on a phone and a desktop, light and dark', async () => {
    const found: string[] = [];
    for (const options of [sizes[0]!, { ...sizes[1]!, colorScheme: 'dark' as const }]) {
      const { page } = await openPage(rig, options);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.served.origin });
      await page.addInitScript(() => {
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      const i = Math.floor(count / 2);
      await page.goto(rig.served.url);
      await slowScrollTo(page, i);
      const id = await page.locator('[data-step]').nth(i).getAttribute('id');
      await page.locator(`#${id} [data-step-link]`).click();
      await page.locator(`#${id} .step-link [role="status"]`).filter({ hasText: /./ }).waitFor();
      await page.locator('[data-step-menu] summary').click();
      await page.locator('[data-step-menu] nav').waitFor();
      found.push(...(await axe(page)).map((v) => `${options.viewport.width}px: ${v}`));
      await page.context().close();
    }
    expect(found).toEqual([]);
  }, 90_000);

  it("the live map's accessible name and description follow the step", async () => {
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    const text = async () =>
      page.evaluate(() => {
        const svg = document.querySelector('[data-map] svg.map')!;
        return `${svg.querySelector('title')!.textContent} | ${svg.querySelector('desc')!.textContent}`;
      });
    const first = await text();
    await slowScrollTo(page, count - 1);
    await waitForStep(page, count - 1);
    const last = await text();
    expect(last).not.toBe(first);
    expect(last).toMatch(/^Map \d+: /);
    expect(last).toMatch(/Events up to/);
  });

  it('a keyboard reader can reach every step, and the map follows the focused step', async () => {
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    const reached: string[] = [];
    for (let n = 0; n < 300 && reached.length < ids.length; n++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() =>
        document.activeElement?.matches('[data-step]') ? document.activeElement.id : '',
      );
      if (id && !reached.includes(id)) {
        reached.push(id);
        await waitForStep(page, ids.indexOf(id));
        // The focused card is on screen, not under the sticky map.
        const box = await page.locator(`#${id} .step__text`).boundingBox();
        expect(box!.y + box!.height > 0 && box!.y < 800, id).toBe(true);
      }
    }
    expect(reached).toEqual(ids);
  });

  it('on a phone the events, laid out as blocks, are still tables to a screen reader: rows, cells and column headers', async () => {
    const { page } = await openPage(rig, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${rig.served.url}#all-events`);
    const firstRow = page.locator('[data-event-row]').first();
    await firstRow.scrollIntoViewIfNeeded();
    // Laid out as blocks: the row is as tall as its four cells stacked.
    expect(await firstRow.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    // Every day's table laid out (in idle moments after the first paint), as it is by the time a reader gets there.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-deferred]')].every(
        (e) => e.style.contentVisibility === 'visible',
      ),
    );
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
    const rows = await page.locator('[data-event-row]').count();
    expect(count('table')).toBe(await page.locator('.events-table table').count());
    expect(count('columnheader')).toBeGreaterThanOrEqual(4 * count('table'));
    expect(count('row')).toBeGreaterThanOrEqual(rows);
    expect(count('cell')).toBeGreaterThanOrEqual(4 * rows);
    // The columns' visible names are drawn for the eye only, so a cell's text does not start with its column's name.
    const cellNames = nodes.filter((n) => !n.ignored && n.role?.value === 'cell').map((n) => n.name?.value ?? '');
    expect(cellNames.filter((t) => /^(Place|What happened|Who says so|Sources)/i.test(t))).toEqual([]);
  });

  it('the events fit the page at every width, so no table needs scrolling sideways (or a keyboard stop for it)', async () => {
    const { page } = await openPage(rig, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${rig.served.url}#all-events`);
    const overflowing: string[] = [];
    for (let width = 320; width <= 1400; width += 24) {
      await page.setViewportSize({ width, height: 900 });
      const wide = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.table-wrap')]
            .map((w) => {
              w.closest<HTMLElement>('[data-deferred]')!.style.contentVisibility = 'visible';
              return w;
            })
            .filter((w) => w.scrollWidth > w.clientWidth + 1).length,
      );
      if (wide) overflowing.push(`${width} px: ${wide} table(s)`);
    }
    expect(overflowing).toEqual([]);
  });
});
