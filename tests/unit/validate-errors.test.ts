import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureMessages } from '../helpers/content-fixture';

const BASE = join(import.meta.dirname, '..', 'fixtures', 'content', 'base');
const base = (file: string) => readFileSync(join(BASE, file), 'utf8');

/** The base fixture with one file edited: `replace` must change it, or the case proves nothing. */
function broken(file: string, from: string | RegExp, to: string): Record<string, string> {
  const text = base(file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
  return { [file]: next };
}

/** The fixture story citing a wire story: listed in its frontmatter with its date, and linked from the text. */
const WIRED = () =>
  base('content/stories/fixture-story.mdx')
    .replace(
      'home: true',
      'sources:\n  - name: "Fixture wire story"\n    url: "https://example.org/wire"\n    published: 2023-10-21\nhome: true',
    )
    .replace('More text.', 'More text, from the [wire](https://example.org/wire).');

/** That story with one edit. */
function wired(from: string, to: string): Record<string, string> {
  const text = WIRED();
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to the wired story: ${from}`);
  return { 'content/stories/fixture-story.mdx': next };
}

const P = 'data/places.geojson';
const C = 'data/corridor.geojson';
const E = 'data/events.geojson';
const S = 'content/stories/fixture-story.mdx';

// Each case breaks one thing an editor could break and names the exact message the build prints.
const cases: [string, Record<string, string>, string | string[]][] = [
  [
    'invalid JSON',
    broken(E, '"date": "2023-10-21",', '"date": "2023-10-21"'),
    'data/events.geojson: line 10, column 9: is not valid JSON: expected a comma or } before: "type": "air (look for a missing comma or quote, or a trailing comma, just before that point)',
  ],
  [
    'a longitude of 500',
    broken(P, '[97.5633, 24.76]', '[500, 24.76]'),
    'data/places.geojson: place "laiza": geometry.coordinates [500, 24.76] is outside the map (longitude 92 to 104, latitude 15.5 to 28.5) (coordinates are [longitude, latitude]: check the order and the signs)',
  ],
  [
    'swapped coordinates on an event',
    broken(E, '[97.9047, 23.9792]', '[23.9792, 97.9047]'),
    'data/events.geojson: event "muse-clash-2023-10-19": geometry.coordinates [23.9792, 97.9047] is outside the map (longitude 92 to 104, latitude 15.5 to 28.5) (coordinates are [longitude, latitude]: check the order and the signs)',
  ],
  [
    'a duplicate id',
    broken(E, '"id": "muse-clash-2023-10-19"', '"id": "muse"'),
    'data/events.geojson: event "muse": id "muse" is used twice (already used by place in data/places.geojson; give one of them another id)',
  ],
  [
    'an unknown place id',
    broken(E, '"place": "laiza"', '"place": "laiza2"'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.place "laiza2" is not a known place (did you mean "laiza"?)',
  ],
  [
    'an unknown place among the other places an event struck',
    broken(E, '"place": "laiza"', '"place": "laiza", "alsoAt": ["muse", "mandaly"]'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.alsoAt[1] "mandaly" is not a known place (did you mean "mandalay"?)',
  ],
  [
    "an event's own place repeated among its other places",
    broken(E, '"place": "laiza"', '"place": "laiza", "alsoAt": ["laiza"]'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.alsoAt[0] "laiza" is already the event\'s "place" (list each other place once, and not the event\'s own "place")',
  ],
  [
    'a missing source',
    broken(
      P,
      /,\s*"sources": \[\{ "name": "Fixture source", "url": "https:\/\/example.org\/muse", "published": "2023-10-20" \}\]/,
      '',
    ),
    'data/places.geojson: place "muse": properties.sources is missing',
  ],
  [
    'an empty source list',
    broken(P, '[{ "name": "Fixture source", "url": "https://example.org/muse", "published": "2023-10-20" }]', '[]'),
    'data/places.geojson: place "muse": properties.sources needs at least one source',
  ],
  [
    'a source without an http(s) URL',
    broken(P, 'https://example.org/muse', 'example.org/muse'),
    'data/places.geojson: place "muse": properties.sources[0].url "example.org/muse" must be a full web address starting with https:// (or http://)',
  ],
  [
    'a date in the wrong format',
    broken(E, '"date": "2023-10-21"', '"date": "21/10/2023"'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.date "21/10/2023" must be a real date written YYYY-MM-DD, e.g. 2023-10-21',
  ],
  [
    'a date that does not exist',
    broken(E, '"date": "2023-10-21"', '"date": "2023-02-30"'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.date "2023-02-30" must be a real date written YYYY-MM-DD, e.g. 2023-10-21',
  ],
  [
    'an unknown event type',
    broken(E, '"type": "air-strike"', '"type": "airstrike"'),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.type "airstrike" is not one of: strike-on-civilians, air-strike, artillery, base-seized, clash, statement, coup (did you mean "air-strike"?)',
  ],
  [
    'a misspelt field',
    broken(E, '"claimedBy"', '"claimedby"'),
    [
      'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.claimedBy is missing',
      'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.claimedby is not a known field (did you mean "claimedBy"?)',
    ],
  ],
  [
    'a corridor through a place not on its line',
    broken(C, '"via": ["muse", "mandalay"]', '"via": ["muse", "laiza", "mandalay"]'),
    'data/corridor.geojson: segment "muse-mandalay": properties.via[1] "laiza" at [97.5633, 24.76] is not a vertex of the line (add the place\'s coordinates to geometry.coordinates in route order)',
  ],
  [
    'a proposed segment drawn as exact',
    broken(C, '"approximate": true', '"approximate": false'),
    'data/corridor.geojson: segment "muse-mandalay": properties.approximate must be true for a proposed segment (a proposed route is not surveyed track; it is drawn dashed as approximate)',
  ],
  [
    'a step with an unknown place',
    broken(S, 'places="laiza muse"', 'places="laiza mus"'),
    'content/stories/fixture-story.mdx: step "start": places "mus" is not a known place (did you mean "muse"?)',
  ],
  [
    'a step with an unknown prop',
    broken(S, 'highlight="mm-kachin"', 'hilight="mm-kachin"'),
    'content/stories/fixture-story.mdx: step "start": hilight is not a prop of <Step> (did you mean "highlight"?)',
  ],
  [
    'a step with an unknown view',
    broken(S, 'view="region"', 'view="regoin"'),
    'content/stories/fixture-story.mdx: step "start": view "regoin" is not a known view (did you mean "region"?)',
  ],
  [
    'a step with a bad until date',
    broken(S, 'until="2023-10-21"', 'until="21 October"'),
    'content/stories/fixture-story.mdx: step "close": until "21 October" is not a date written YYYY-MM-DD (e.g. until="2023-10-21")',
  ],
  [
    'a step with an unknown highlight',
    broken(S, 'highlight="mm-kachin"', 'highlight="mm-kachinn"'),
    'content/stories/fixture-story.mdx: step "start": highlight "mm-kachinn" is not a known place, segment, event or area (did you mean "mm-kachin"?)',
  ],
  [
    'two steps with one id',
    broken(S, 'id="close"', 'id="start"'),
    'content/stories/fixture-story.mdx: step "start": id "start" is used by another step (step ids are URL anchors and must be unique)',
  ],
  [
    'a step without a view',
    broken(S, ' view="region"', ''),
    'content/stories/fixture-story.mdx: step "start": view is missing (give view="region" (or border, laiza-muse, corridor) or fit="place-id …")',
  ],
  [
    'a step prop written as an expression',
    broken(S, 'places="laiza muse"', 'places={["laiza", "muse"]}'),
    'content/stories/fixture-story.mdx: step 1 (line 13): places must be a quoted string, not a {…} expression (write lists as space-separated ids, e.g. places="laiza muse")',
  ],
  [
    'an unknown component',
    broken(S, '<Chapter title="One" />', '<Chaptr title="One" />'),
    'content/stories/fixture-story.mdx: <Chaptr> (line 11): uses an unknown component <Chaptr> (did you mean "Chapter"?)',
  ],
  [
    'an unclosed step',
    broken(S, /<\/Step>\s*$/, ''),
    'content/stories/fixture-story.mdx: line 19: is not valid MDX: Expected a closing tag for `<Step>` (check for an unclosed <Step>, a stray "<" or a missing quote; to write a brace or "<" as text, put a backslash before it: \\{ \\<)',
  ],
  [
    'a frontmatter without a title',
    broken(S, /^title: .*\n/m, ''),
    'content/stories/fixture-story.mdx: frontmatter: title is missing',
  ],
  [
    'an updated date before published',
    broken(S, 'updated: 2023-10-22', 'updated: 2023-10-20'),
    'content/stories/fixture-story.mdx: frontmatter: updated 2023-10-20 is before published (2023-10-21)',
  ],
  // Sources: every one dated, none newer than the story that cites it or shows data citing it, one entry per address.
  [
    'a source without a published date',
    broken(P, '"url": "https://example.org/muse", "published": "2023-10-20"', '"url": "https://example.org/muse"'),
    'data/places.geojson: place "muse": properties.sources[0].published is missing',
  ],
  [
    'a published date in the wrong format',
    broken(
      E,
      '"url": "https://example.org/strike", "published": "2023-10-20"',
      '"url": "https://example.org/strike", "published": "20 Oct 2023"',
    ),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.sources[0].published "20 Oct 2023" must be a real date written YYYY-MM-DD, e.g. 2023-10-21',
  ],
  [
    'an event source published after the story was updated',
    broken(
      E,
      '"url": "https://example.org/strike", "published": "2023-10-20"',
      '"url": "https://example.org/strike", "published": "2023-11-01"',
    ),
    'data/events.geojson: event "laiza-airstrike-2023-10-21": properties.sources[0] "Fixture source" was published 2023-11-01, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
  ],
  [
    'a place source published after the story was updated',
    broken(
      P,
      '"url": "https://example.org/laiza", "published": "2023-10-20"',
      '"url": "https://example.org/laiza", "published": "2024-02-22"',
    ),
    'data/places.geojson: place "laiza": properties.sources[0] "Fixture source" was published 2024-02-22, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
  ],
  [
    "a figure's source published after the story was updated",
    broken(C, '"published": "2023-10-19"', '"published": "2026-02-01"'),
    'data/corridor.geojson: segment "muse-mandalay": properties.figures[0].source "Fixture report" was published 2026-02-01, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
  ],
  [
    'a frontmatter source published after the story was updated, cited in the text',
    wired('published: 2023-10-21\nhome', 'published: 2023-10-23\nhome'),
    [
      'content/stories/fixture-story.mdx: frontmatter: sources[0] "Fixture wire story" was published 2023-10-23, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
      'content/stories/fixture-story.mdx: link "wire" (line 25): "Fixture wire story" was published 2023-10-23, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
    ],
  ],
  [
    'a text link to a data source too new for the story, on an item the story does not show',
    {
      ...broken(
        P,
        '"url": "https://example.org/mandalay", "published": "2023-10-20"',
        '"url": "https://example.org/mandalay", "published": "2023-10-30"',
      ),
      ...wired('More text,', 'More [text](https://example.org/mandalay),'),
    },
    'content/stories/fixture-story.mdx: link "text" (line 25): "Fixture source" was published 2023-10-30, after content/stories/fixture-story.mdx was last updated (2023-10-22) (cite a source published by that date, or move the story\'s updated date forward and add an update note)',
  ],
  [
    'a text link that is no listed source',
    wired('(https://example.org/wire)', '(https://example.org/elsewhere)'),
    [
      'content/stories/fixture-story.mdx: link "wire" (line 25): url "https://example.org/elsewhere" is not a listed source (add it to the frontmatter\'s sources with its name and published date, or to the data item it supports)',
      'content/stories/fixture-story.mdx: frontmatter: sources[0] https://example.org/wire is not linked from the text (remove it, or cite it in the sentence it supports)',
    ],
  ],
  [
    'one address under two names',
    {
      ...broken(
        P,
        '"name": "Fixture source", "url": "https://example.org/muse"',
        '"name": "Fixture wire", "url": "https://example.org/wire"',
      ),
      'content/stories/fixture-story.mdx': WIRED(),
    },
    'data/places.geojson: place "muse": properties.sources[0] cites https://example.org/wire as "Fixture wire", but frontmatter in content/stories/fixture-story.mdx has "Fixture wire story", published 2023-10-21 (one source, one entry: give it the same name and published date everywhere)',
  ],
  [
    "a date in a source's name that is not its published date",
    broken(
      E,
      '"name": "Fixture source", "url": "https://example.org/clash"',
      '"name": "Fixture source, 21 Oct 2023", "url": "https://example.org/clash"',
    ),
    'data/events.geojson: event "muse-clash-2023-10-19": properties.sources[0].published 2023-10-20 differs from the date in the name "Fixture source, 21 Oct 2023" (correct one of them)',
  ],
  [
    'a lead map with an unknown place',
    broken(S, 'home: true', 'home: true\nlead:\n  view: region\n  places: laiza mus'),
    'content/stories/fixture-story.mdx: frontmatter: lead.places "mus" is not a known place (did you mean "muse"?)',
  ],
  [
    'a lead map with an unknown highlight',
    broken(S, 'home: true', 'home: true\nlead:\n  view: region\n  highlight: mm-kachinn'),
    'content/stories/fixture-story.mdx: frontmatter: lead.highlight "mm-kachinn" is not a known place, segment, event or area (did you mean "mm-kachin"?)',
  ],
  [
    'a lead map with an unknown view',
    broken(S, 'home: true', 'home: true\nlead:\n  view: regoin'),
    'content/stories/fixture-story.mdx: frontmatter: lead.view "regoin" is not a known view (did you mean "region"?)',
  ],
  [
    'a lead map without a view',
    broken(S, 'home: true', 'home: true\nlead:\n  places: laiza'),
    'content/stories/fixture-story.mdx: frontmatter: lead.view is missing (give view: region (or border, laiza-muse, corridor) or fit: place-id …)',
  ],
  [
    'a lead map with a view and a fit',
    broken(S, 'home: true', 'home: true\nlead:\n  view: region\n  fit: laiza'),
    'content/stories/fixture-story.mdx: frontmatter: lead.fit cannot be used together with view (keep one of the two)',
  ],
  [
    'a lead map with a misspelt field',
    broken(S, 'home: true', 'home: true\nlead:\n  view: region\n  hilight: laiza'),
    'content/stories/fixture-story.mdx: frontmatter: lead.hilight is not a known field (did you mean "highlight"?)',
  ],
];

describe('a story is held only to the sources of what it shows', () => {
  it('lets a place the story never shows cite a source newer than the story', () => {
    expect(
      fixtureMessages(
        broken(
          P,
          '"url": "https://example.org/mandalay", "published": "2023-10-20"',
          '"url": "https://example.org/mandalay", "published": "2025-01-01"',
        ),
      ),
    ).toEqual([]);
  });
  it("lets a story without dated steps (and so without the events table) ignore the events' sources", () => {
    const overrides = {
      ...broken(
        E,
        '"url": "https://example.org/clash", "published": "2023-10-20"',
        '"url": "https://example.org/clash", "published": "2025-01-01"',
      ),
      ...broken(S, ' until="2023-10-21" highlight="laiza-airstrike-2023-10-21"', ''),
    };
    expect(fixtureMessages(overrides)).toEqual([]);
  });
});

describe('validation messages name the file, the item and the field', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(fixtureMessages(overrides)).toEqual(Array.isArray(expected) ? expected : [expected]);
  });

  it('reports every problem at once, not only the first', () => {
    const overrides = {
      ...broken(P, '[97.5633, 24.76]', '[500, 24.76]'),
      ...broken(E, '"place": "laiza"', '"place": "laiza2"'),
      ...broken(S, 'view="region"', 'view="regoin"'),
    };
    const messages = fixtureMessages(overrides);
    expect(messages).toHaveLength(3);
    expect(messages.map((m) => m.split(':')[0])).toEqual([P, E, S]);
  });
});

describe('findJsonError', () => {
  it.each([
    ['{ "a": 1 "b": 2 }', 9, 'a comma or }'],
    ['{ "features": [ }', 16, 'a value'],
    ['[1, 2,]', 6, 'a value'],
    ['{ a: 1 }', 2, 'a "quoted" property name'],
    ['{ "a": "unterminated\n }', 20, 'a closing quote'],
    ['{} x', 3, 'the end of the file'],
  ])('%j fails at %i, expecting %s', async (text, offset, expected) => {
    const { findJsonError } = await import('../../src/lib/data/json-error');
    expect(findJsonError(text)).toEqual({ offset, expected });
  });

  it('finds nothing wrong in valid JSON', async () => {
    const { findJsonError } = await import('../../src/lib/data/json-error');
    expect(findJsonError('{"a": [1, -2.5e3, true, false, null, "x\\"y"]}')).toBeUndefined();
  });
});
