/** Every source the data cites, each located by file, item and field. */
import type { Source } from './schemas';
import type { ShownIds, StoryData } from './story-data';

/** One citation of a source, located the way the check reports it. */
export interface Citation {
  source: Source;
  file: string;
  item: string;
  field: string;
}

/** Every source the data cites (only of the items in `shown`, when given). */
export function dataCitations(data: StoryData, shown?: ShownIds): Citation[] {
  const out: Citation[] = [];
  const cite = (file: string, item: string, field: string, source: Source) => out.push({ source, file, item, field });
  for (const p of data.places) {
    if (shown && !shown.places.has(p.id)) continue;
    p.properties.sources.forEach((s, i) => cite(data.files.places, `place "${p.id}"`, `properties.sources[${i}]`, s));
  }
  for (const g of data.segments) {
    if (shown && !shown.segments.has(g.id)) continue;
    const item = `segment "${g.id}"`;
    g.properties.sources.forEach((s, i) => cite(data.files.segments, item, `properties.sources[${i}]`, s));
    (g.properties.figures ?? []).forEach((f, i) =>
      cite(data.files.segments, item, `properties.figures[${i}].source`, f.source),
    );
    const tunnel = g.properties.tunnel;
    if (tunnel) cite(data.files.segments, item, 'properties.tunnel.length.source', tunnel.length.source);
  }
  for (const e of data.events) {
    if (shown && !shown.events.has(e.id)) continue;
    const item = `event "${e.id}"`;
    e.properties.sources.forEach((s, i) => cite(data.files.events, item, `properties.sources[${i}]`, s));
    (e.properties.figures ?? []).forEach((f, i) =>
      cite(data.files.events, item, `properties.figures[${i}].source`, f.source),
    );
    (e.properties.claims ?? []).forEach((c, i) =>
      cite(data.files.events, item, `properties.claims[${i}].source`, c.source),
    );
  }
  return out;
}
