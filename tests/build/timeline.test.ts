import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/node/content-files';
import { PAGE_IDS } from '../../src/lib/story/page-ids';
import { defaultBuild, readBuilt, ROOT } from '../helpers/build-site';

const { data, stories } = checkContent(ROOT);
const home = stories.find((s) => (s.frontmatter as { home?: boolean }).home)!;
const rail = stories.find((s) => s.file.endsWith('rail-corridor.mdx'))!;

/** Each step's section in the page, by step id. */
function sections(html: string): Map<string, string> {
  const parts = html.split(/(?=<section class="step" id=")/).slice(1);
  return new Map(parts.map((p) => [/id="([^"]*)"/.exec(p)![1]!, p.slice(0, p.indexOf('</section>'))]));
}

describe('the timeline of events in the built story', () => {
  let html = '';
  let railHtml = '';
  beforeAll(() => {
    const out = defaultBuild();
    html = readBuilt(out, 'index.html');
    railHtml = readBuilt(out, 'rail-corridor/index.html');
  });

  it('draws the days once, in the live map’s strip: one link per day with events, to the first step that shows it', () => {
    const live = /<div class="map-timeline" data-map-timeline>([\s\S]*?)<\/svg>/.exec(html)?.[1] ?? '';
    expect(live).toContain(`id="${PAGE_IDS.timelineDays}"`);
    expect(html.match(new RegExp(`id="${PAGE_IDS.timelineDays}"`, 'g'))).toHaveLength(1);
    const links = [...live.matchAll(/<a href="#([^"]*)" aria-label="([^"]*)">/g)].map((m) => ({
      step: m[1]!,
      name: m[2]!,
    }));
    const days = [...new Set(data.events.map((e) => e.properties.date))].sort();
    expect(links).toHaveLength(days.length);
    const stepIds = home.steps.map((s) => s.id);
    links.forEach((link, i) => {
      const day = days[i]!;
      const first = home.steps.find((s) => s.until !== undefined && s.until >= day);
      expect(stepIds, link.step).toContain(link.step);
      expect(link.step, day).toBe(first?.id);
      const count = data.events.filter((e) => e.properties.date === day).length;
      expect(link.name, day).toMatch(new RegExp(`^\\d{1,2} \\w+( \\d{4})?: ${count} events?, `));
    });
    expect(links.map((l) => l.name)).toContain('9 October: 1 event, strike on civilians');
    // Every event is drawn as its map symbol.
    expect(live.match(/<use href="#sym-[^"]*" class="ev ev--/g)).toHaveLength(data.events.length);
  });

  it('gives every step that shows events a static strip that reuses the days, and no other step one', () => {
    const bySection = sections(html);
    for (const step of home.steps) {
      const section = bySection.get(step.id)!;
      const strips = section.match(/<svg class="timeline"[^>]*role="img"[^>]*data-timeline>/g) ?? [];
      expect(strips, step.id).toHaveLength(step.until ? 1 : 0);
      if (!step.until) continue;
      expect(section).toMatch(new RegExp(`data-timeline><use href="#${PAGE_IDS.timelineDays}">`));
      expect(section).toMatch(/<g class="tl-state">[\s\S]*?<rect class="tl-ahead" x="[\d.]+%"/);
    }
    // The marked position moves on with the dates.
    const nows = home.steps
      .filter((s) => s.until)
      .map((s) => Number(/class="tl-now" cx="([\d.]+)%"/.exec(bySection.get(s.id)!)![1]));
    expect([...nows].sort((a, b) => a - b)).toEqual(nows);
  });

  it('is left out of a story that shows no events', () => {
    expect(rail.steps.some((s) => s.until)).toBe(false);
    expect(railHtml).not.toContain('data-timeline');
    expect(railHtml).not.toContain(PAGE_IDS.timelineDays);
  });
});
