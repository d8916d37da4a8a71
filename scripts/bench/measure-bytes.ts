/** Bytes transferred from page load through a full wheel scroll, with the page's LCP and layout shifts. */
import type { Browser } from 'playwright-core';
import type { ServerBytes } from './server-bytes';
import { CATEGORIES, type BytesResult, type Category, type RequestRecord, type Shift, type Viewport } from './types';
import { categorize, summarizeShifts } from './stats';
import { newPage, settle } from './page';
import { LOAD_OBSERVERS } from './page-observers';
import { wheelToBottom } from '../lib/wheel-scroll';

/** Every request from page load through a full wheel scroll, by category (gzip on the wire, headers included). */
export async function measureBytes(
  browser: Browser,
  url: string,
  vp: Viewport,
  server?: ServerBytes,
): Promise<BytesResult & { errors: string[] }> {
  const { ctx, page, cdp, errors } = await newPage(browser, vp);
  const seen = new Map<string, { url: string; type?: string; mime?: string; status?: number }>();
  const records: RequestRecord[] = [];
  const failed: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!seen.has(e.requestId)) seen.set(e.requestId, { url: e.request.url, type: e.type });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = seen.get(e.requestId) ?? { url: e.response.url };
    seen.set(e.requestId, { ...r, type: e.type ?? r.type, mime: e.response.mimeType, status: e.response.status });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    seen.delete(e.requestId);
    if (!r || r.url.startsWith('data:') || r.url.startsWith('blob:')) return;
    records.push({
      url: r.url,
      category: categorize(r.type, r.mime, r.url),
      bytes: e.encodedDataLength,
      status: r.status,
      source: 'cdp',
    });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = seen.get(e.requestId);
    seen.delete(e.requestId);
    if (r && !r.url.startsWith('data:')) failed.push(`${r.url} (${e.errorText})`);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(LOAD_OBSERVERS);
  server?.reset();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 500);
    const lcp = await page.evaluate(
      () => (window as unknown as { __benchLcp?: { ms: number; element: string } }).__benchLcp,
    );
    const scroll = await wheelToBottom(page);
    // Lazily loaded resources get a moment to arrive after the last wheel.
    await page.waitForTimeout(1500);
    const open = [...seen.values()].filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    const unfinished = [...failed];
    const sent = server ? [...server.responses()] : [];
    for (const r of open) {
      // A request the page saw start but not finish (a worker's script): take its size from the server, if it sent it.
      const path = new URL(r.url).pathname;
      const counted = records.filter((q) => new URL(q.url).pathname === path).length;
      const fromServer = sent.filter((x) => x.path === path)[counted];
      if (fromServer)
        records.push({
          url: r.url,
          category: categorize(r.type, r.mime, r.url),
          bytes: fromServer.bytes,
          status: r.status,
          source: 'server',
        });
      else unfinished.push(`${r.url} (unfinished)`);
    }
    const shifts = await page.evaluate(() => (window as unknown as { __benchShifts?: Shift[] }).__benchShifts ?? []);
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const r of records) byCategory[r.category] += r.bytes;
    const total = records.reduce((s, r) => s + r.bytes, 0);
    const serverTotal = server ? sent.reduce((s, x) => s + x.bytes, 0) : undefined;
    return {
      byCategory,
      total,
      requests: records.sort((a, b) => b.bytes - a.bytes),
      unfinished,
      serverTotal,
      scroll,
      lcp,
      layoutShift: summarizeShifts(shifts),
      errors,
    };
  } finally {
    await ctx.close();
  }
}
