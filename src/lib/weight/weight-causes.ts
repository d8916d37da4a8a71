/** What in the data can make a story page heavy: how many items there are, and the longest texts, each located. */
import type { StoryData } from '../data/story-data';
import { fieldPath } from '../problems/field-path';

/** The `n` longest texts of every feature, as "file: item: field (N characters)". */
function longestTexts(data: StoryData, n: number): string[] {
  const found: { where: string; length: number }[] = [];
  const visit = (v: unknown, where: string, path: (string | number)[]) => {
    if (typeof v === 'string') found.push({ where: `${where}: ${fieldPath(path)}`, length: [...v].length });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, where, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, where, [...path, k]);
  };
  for (const p of data.places) visit(p.properties, `${data.files.places}: place "${p.id}"`, ['properties']);
  for (const s of data.segments) visit(s.properties, `${data.files.segments}: segment "${s.id}"`, ['properties']);
  for (const e of data.events) visit(e.properties, `${data.files.events}: event "${e.id}"`, ['properties']);
  return found
    .sort((a, b) => b.length - a.length)
    .slice(0, n)
    .map((f) => `${f.where} (${f.length.toLocaleString('en-GB')} characters)`);
}

/** Counts and longest texts, in the words of the weight report. */
export function weightCauses(data: StoryData, steps: number): string[] {
  const n = (x: number) => x.toLocaleString('en-GB');
  const vertices = data.segments.reduce((sum, s) => sum + s.geometry.coordinates.length, 0);
  return [
    `${data.files.events} holds ${n(data.events.length)} events (each is a row of "All events" and a mark on the maps)`,
    `${data.files.places} holds ${n(data.places.length)} places; ${data.files.segments} ${n(data.segments.length)} segments with ${n(vertices)} points`,
    `the story has ${n(steps)} steps (each has its own static map)`,
    ...longestTexts(data, 3).map((t) => `long text: ${t}`),
  ];
}
