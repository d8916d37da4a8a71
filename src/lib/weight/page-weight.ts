/** How heavy a built story page is (gzip, with its CSS, JS and pictures), and which parts of it and of the data make it so. */

/** The whole scroll of a story, HTML with its CSS, JS and pictures, gzip: the budget of bench/RESULTS.md (KB = 1000 bytes). */
export const PAGE_BUDGET_BYTES = 80_000;

/** Where each named part of a story page starts in its HTML (see StoryPage.astro); a part runs to the next one. */
const MARKERS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/<header class="story-header"/g, () => 'the headline, standfirst and update notes'],
  [/<svg class="map-defs"/g, () => 'the shared map geometry (base map, areas, railway)'],
  [/<div class="live-map"/g, () => 'the live map and its data (data-model)'],
  [/<section class="step" id="([^"]*)"/g, (m) => `step "${m[1]}" (its text and static map)`],
  [/<section class="events-table"/g, () => '"All events" (the events table)'],
  [/<section class="sources-notes"/g, () => '"Sources and notes"'],
  [/<footer class="story-footer"/g, () => 'the footer'],
];

/** One named stretch of the page. */
export interface PagePart {
  what: string;
  text: string;
}

/** The page cut into its named parts, in order; what comes before the first is the page's head. */
export function pageParts(html: string): PagePart[] {
  const starts: { at: number; what: string }[] = [];
  for (const [re, name] of MARKERS) {
    for (let m = re.exec(html); m; m = re.exec(html)) starts.push({ at: m.index, what: name(m) });
    re.lastIndex = 0;
  }
  starts.sort((a, b) => a.at - b.at);
  const parts: PagePart[] = [
    {
      what: 'the page head (title, sharing metadata, security policy)',
      text: html.slice(0, starts[0]?.at ?? html.length),
    },
  ];
  starts.forEach((s, i) => parts.push({ what: s.what, text: html.slice(s.at, starts[i + 1]?.at ?? html.length) }));
  return parts;
}

/** A measured file or part: what it is and its gzip size. */
export interface Weighed {
  what: string;
  bytes: number;
}

/** "12.3 KB" (KB = 1000 bytes, as the bench reports). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * The report for a page over budget, or undefined: the total, the heaviest parts of its HTML (what leaving each out would
 * save), the CSS and JS every story shares, then what in the content and data weighs most (`causes`).
 */
export function weightReport(
  page: string,
  total: number,
  parts: readonly Weighed[],
  assets: readonly Weighed[],
  causes: readonly string[],
  budget = PAGE_BUDGET_BYTES,
): string | undefined {
  if (total <= budget) return undefined;
  const heaviest = [...parts].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  const shared = assets.reduce((n, a) => n + a.bytes, 0);
  return [
    `${page} weighs ${kb(total)} (gzip, with its CSS, JS and pictures); the budget for a whole story is ${kb(budget)}.`,
    'Heaviest parts of the page (what leaving each out would save):',
    ...heaviest.map((p) => `  - ${p.what}: ${kb(p.bytes)}`),
    `  (the stylesheet and script every story shares: ${kb(shared)})`,
    ...(causes.length ? ['In the content and data:', ...causes.map((c) => `  - ${c}`)] : []),
    'Shorten the longest texts, or show fewer events, steps or railway points in this story.',
  ].join('\n');
}

/** What leaving each part out of `html` would save, gzip: its weight in context, not alone. */
export function partWeights(html: string, gzipSize: (text: string) => number): Weighed[] {
  const whole = gzipSize(html);
  const parts = pageParts(html);
  let at = 0;
  return parts.map((p) => {
    const without = html.slice(0, at) + html.slice(at + p.text.length);
    at += p.text.length;
    return { what: p.what, bytes: whole - gzipSize(without) };
  });
}
