/**
 * Issue 17: every editor mistake that got through `npm run check`, crashed the build without naming the story line, or
 * shipped silently — each as a fixture case with the exact message (file and line or item named, one line, no stack).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFiles, fixtureMessages, type Override } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';

const BASE = join(import.meta.dirname, '..', 'fixtures', 'content', 'base');
const base = (file: string) => readFileSync(join(BASE, file), 'utf8');

/** The base fixture with one file edited: `replace` must change it, or the case proves nothing. */
function edit(file: string, from: string | RegExp, to: string): Record<string, string> {
  const text = base(file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
  return { [file]: next };
}

const P = 'data/places.geojson';
const E = 'data/events.geojson';
const S = 'content/stories/fixture-story.mdx';
/** The story file as messages name it. */
const F = S;

/** A case: name, the edited files, further files under content/, and the exact messages. */
type Case = [string, Record<string, Override>, string[], string[]];

/** What the editor sees must be messages, never a stack trace. */
function expectMessages(overrides: Record<string, Override>, others: string[], expected: string[]) {
  const messages = fixtureMessages(overrides, others);
  expect(messages).toEqual(expected);
  for (const m of messages) expect(m).not.toMatch(/\n|^\s+at .+:\d+:\d+\)?$/m);
}

const BRACES = '(to show the braces as text, write \\{%s\\}; for a note that readers do not see, write {/* note */})';
const code = (line: number, expr: string) =>
  `${F}: line ${line}: {${expr}} is a code expression, which stories may not contain ${BRACES.replace('%s', expr)}`;
const STEP_ID_HINT = "(a step id is the step's web address: choose another, e.g. one that says what the step is about)";
const UNSEEN = 'which readers cannot see or which changes how the text reads';
const RETYPE = '(retype the text around it, or paste it as plain text)';

describe('stopped only at build: now stopped by npm run check with the story line', () => {
  it.each<Case>([
    ['{disputed} in the text', edit(S, 'Text.', 'The toll is {disputed}.'), [], [code(15, 'disputed')]],
    ['{TODO} in the text', edit(S, 'More text.', '{TODO}'), [], [code(21, 'TODO')]],
    [
      'an image whose file does not exist',
      edit(S, 'Text.', '![Map of Laiza](./map.png)'),
      [],
      [
        `${F}: image "Map of Laiza" (line 15): src "./map.png" does not exist (looked for content/stories/map.png) (check the file name and its capitals, or add the file)`,
      ],
    ],
    ['an image whose file exists', edit(S, 'Text.', '![Map of Laiza](./map.png)'), ['content/stories/map.png'], []],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});

describe('code in content: stories are text, not code', () => {
  it.each<Case>([
    [
      'an expression reading the environment',
      edit(S, 'Text.', 'Home: {process.env.HOME}'),
      [],
      [code(15, 'process.env.HOME')],
    ],
    [
      'an import',
      edit(S, '<Chapter title="One" />', 'import { readFileSync } from "node:fs"\n\n<Chapter title="One" />'),
      [],
      [
        `${F}: line 11: import { readFileSync } from "node:fs" is code (an import), which stories may not contain (delete it: a story uses only <Step> and <Chapter> and plain Markdown, and needs no imports)`,
      ],
    ],
    [
      'an export',
      edit(
        S,
        '<Chapter title="One" />',
        'export const secret = readFileSync("/etc/passwd", "utf8")\n\n<Chapter title="One" />',
      ),
      [],
      [
        `${F}: line 11: export const secret = readFileSync("/etc/passwd", "utf8") is code (an export), which stories may not contain (delete it: a story uses only <Step> and <Chapter> and plain Markdown, and needs no imports)`,
      ],
    ],
    ['braces written as text (accepted)', edit(S, 'Text.', 'The toll is \\{disputed\\}.'), [], []],
    [
      'a comment for editors (accepted: it renders nothing)',
      edit(S, 'Text.', 'Text. {/* check the toll with the desk */}'),
      [],
      [],
    ],
    [
      'a heading instead of a chapter',
      edit(S, 'Text.', '## Background'),
      [],
      [
        `${F}: line 15: "## Background" is a Markdown heading, which stories do not use (start a section with <Chapter title="Background" />; inside a step, use **bold** text)`,
      ],
    ],
    [
      'a footnote',
      edit(S, 'Text.', 'Text.[^1]\n\n[^1]: AFP'),
      [],
      [
        `${F}: line 15: the footnote [^1] is not supported (cite the source in the sentence, as a link: [The Irrawaddy](https://…))`,
        `${F}: line 17: the footnote [^1] is not supported (cite the source in the sentence, as a link: [The Irrawaddy](https://…))`,
      ],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});

describe('links and images: one rule however Markdown writes them', () => {
  const link = (text: string, field: string, rest: string) => `${F}: link "${text}" (line 15): ${field} ${rest}`;
  const NOT_WEB =
    '(links must start with https:// (or http://), or point to a step or section of the page with #its-id)';
  it.each<Case>([
    [
      'a reference link to javascript:',
      edit(S, 'Text.', 'See [the report][1].\n\n[1]: javascript:alert(document.cookie)'),
      [],
      [link('the report', 'url', `"javascript:alert(document.cookie)" is not a web address ${NOT_WEB}`)],
    ],
    [
      'a reference link to a web address (accepted)',
      edit(S, 'Text.', 'See [the report][1].\n\n[1]: https://example.org/muse'),
      [],
      [],
    ],
    [
      'an unused definition to javascript:',
      edit(S, 'Text.', 'Text.\n\n[old]: javascript:void(0)'),
      [],
      [`${F}: link definition [old] (line 17): url "javascript:void(0)" is not a web address ${NOT_WEB}`],
    ],
    [
      'a //host link',
      edit(S, 'Text.', 'See [the report](//www.irrawaddy.com/news/x.html).'),
      [],
      [
        link(
          'the report',
          'url',
          '"//www.irrawaddy.com/news/x.html" has no scheme (write the full address: https://www.irrawaddy.com/news/x.html)',
        ),
      ],
    ],
    [
      'a javascript: link',
      edit(S, 'Text.', 'See [the report](javascript:alert(1)).'),
      [],
      [link('the report', 'url', `"javascript:alert(1)" is not a web address ${NOT_WEB}`)],
    ],
    [
      'a link to an anchor that does not exist',
      edit(S, 'Text.', 'See [below](#clsoe).'),
      [],
      [link('below', 'url', '"#clsoe" is not a step or section of this page (did you mean "close"?)')],
    ],
    [
      'links to a step, a section and a day of "All events" (accepted)',
      edit(S, 'Text.', 'See [below](#close), [the sources](#sources-and-notes) and [Saturday](#day-2023-10-21).'),
      [],
      [],
    ],
    [
      'a path inside the site',
      edit(S, 'Text.', 'See [the other story](/rail-corridor/).'),
      [],
      [
        link(
          'the other story',
          'url',
          '"/rail-corridor/" is a path, which breaks when the site is published under another address (link to a step or section of this page with #its-id, or give the full https:// address)',
        ),
      ],
    ],
    [
      'a third-party image',
      edit(S, 'Text.', '![Map](https://tiles.example.com/map.png)'),
      [],
      [
        `${F}: image "Map" (line 15): src "https://tiles.example.com/map.png" is on another site; images must come from this site (save the picture next to the story (e.g. content/stories/map.png) and write ![what it shows](./map.png))`,
      ],
    ],
    [
      'an image without a description',
      edit(S, 'Text.', '![](./map.png)'),
      ['content/stories/map.png'],
      [
        `${F}: image "./map.png" (line 15): alt is empty (describe what the picture shows: ![Map of the Laiza front](./laiza.png))`,
      ],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});

describe('steps: never inside another, never an id the page already uses', () => {
  it('a <Step> inside another <Step>', () =>
    expectMessages(
      edit(S, 'More text.', 'More text.\n\n<Step id="inner" view="region">\n\nInner.\n\n</Step>'),
      [],
      [
        `${F}: <Step> (line 23): is inside <Step> (line 19) (close the step above with </Step> before opening the next one)`,
      ],
    ));

  it.each([
    ['base-map', 'is an id the page itself uses'],
    ['live-map', 'is an id the page itself uses'],
    ['all-events', 'is an id the page itself uses'],
    ['after-story', 'is an id the page itself uses'],
    ['sources-and-notes', 'is an id the page itself uses'],
    ['sym-clash', 'starts with "sym-", which the page uses for ids of its own'],
    ['day-2023-10-21', 'starts with "day-", which the page uses for ids of its own'],
    ['seg-muse-mandalay', 'starts with "seg-", which the page uses for ids of its own'],
    ['map-close', 'starts with "map-", which the page uses for ids of its own'],
    ['chapter-one', 'starts with "chapter-", which the page uses for ids of its own'],
  ])('a step with id "%s"', (id, reason) =>
    expectMessages(
      edit(S, 'id="close"', `id="${id}"`),
      [],
      [`${F}: step "${id}": id "${id}" ${reason} ${STEP_ID_HINT}`],
    ),
  );
});

describe('files: the format editors save in', () => {
  it('a story saved as .md is reported, not skipped', () =>
    expectMessages(
      {},
      ['content/stories/notes.md'],
      ['content/stories/notes.md: is not a story: only .mdx files become pages (rename it to notes.mdx)'],
    ));

  it('a data file saved as Windows-1252 names the line and column of the first bad byte', () => {
    const bytes = new Uint8Array(Buffer.from(base(P).replace('"Laiza"', '"Laïza"'), 'latin1'));
    expectMessages(
      { [P]: bytes },
      [],
      [
        `${P}: line 9, column 20: is not saved as UTF-8: byte 0xEF cannot be read (it is "ï" in Windows-1252) (the file was saved in another encoding: open it, choose "Save as…" with the encoding UTF-8, and check the accented letters)`,
      ],
    );
  });

  it('a story saved as Windows-1252 names its line too', () => {
    const bytes = new Uint8Array(encode1252(base(S).replace('More text.', 'More text – “quoted”.')));
    expectMessages(
      { [S]: bytes },
      [],
      [
        `${S}: line 21, column 11: is not saved as UTF-8: byte 0x96 cannot be read (it is "–" in Windows-1252), nor can 2 more (the file was saved in another encoding: open it, choose "Save as…" with the encoding UTF-8, and check the accented letters)`,
      ],
    );
  });

  it('a duplicate key names the key and both lines', () =>
    expectMessages(
      edit(E, '"date": "2023-10-19",', '"date": "2023-10-19",\n        "date": "2023-10-02",'),
      [],
      [
        `${E}: event "muse-clash-2023-10-19": properties.date appears twice in the same object (lines 24 and 25); JSON keeps only the second (delete the one that is wrong)`,
      ],
    ));
});

/** Windows-1252 bytes of `text` (the few characters the tests use). */
function encode1252(text: string): number[] {
  const high: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92, é: 0xe9, ï: 0xef };
  return [...text].map((c) => high[c] ?? c.charCodeAt(0));
}

describe('data that is valid but wrong', () => {
  it.each<Case>([
    [
      'an event 100 km from its place',
      edit(E, '"coordinates": [97.9047, 23.9792]', '"coordinates": [96.9047, 23.9792]'),
      [],
      [
        `${E}: event "muse-clash-2023-10-19": geometry.coordinates [96.9047, 23.9792] is 102 km from its place "muse" at [97.9047, 23.9792] (an event lies within 25 km of its place: check the digits, or set "place" to the nearest place)`,
      ],
    ],
    [
      'an event 10 km from its place (accepted)',
      edit(E, '"coordinates": [97.9047, 23.9792]', '"coordinates": [97.9047, 24.0692]'),
      [],
      [],
    ],
    [
      'an event dated 2099',
      edit(E, '"date": "2023-10-19"', '"date": "2099-10-19"'),
      [],
      [
        `${E}: event "muse-clash-2023-10-19": properties.date "2099-10-19" is more than a month after the latest story update (2023-10-22) (check the year; a story that reports a later event needs a later updated: date in its frontmatter)`,
      ],
    ],
    [
      'an event dated 2013 instead of 2023',
      edit(E, '"date": "2023-10-19"', '"date": "2013-10-19"'),
      [],
      [
        `${E}: event "muse-clash-2023-10-19": properties.date "2013-10-19" is more than three months before the story was published (2023-10-21) (check the year; an earlier event that gives background needs "context": true)`,
      ],
    ],
    [
      'a background event years earlier, marked context (accepted)',
      edit(E, '"date": "2023-10-19",', '"date": "2021-02-01",\n        "context": true,'),
      [],
      [],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});

describe('invisible or dangerous characters are shown by code point', () => {
  const name = (id: string, code: string, shown: string) =>
    `${P}: place "${id}": properties.name contains ${code}, ${UNSEEN}: "${shown}" ${RETYPE}`;
  const title = (code: string, shown: string) =>
    `${E}: event "laiza-airstrike-2023-10-21": properties.title contains ${code}, ${UNSEEN}: "${shown}" ${RETYPE}`;
  it.each<Case>([
    [
      'a right-to-left override',
      edit(P, '"name": "Laiza"', '"name": "Lai\\u202Eza"'),
      [],
      [name('laiza', 'U+202E (right-to-left override)', 'Lai<U+202E>za')],
    ],
    [
      'a zero-width space',
      edit(P, '"name": "Laiza"', '"name": "Lai\u200Bza"'),
      [],
      [name('laiza', 'U+200B (zero-width space)', 'Lai<U+200B>za')],
    ],
    [
      'a NUL',
      edit(E, '"title": "Air strike near Laiza"', '"title": "Air strike\\u0000 near Laiza"'),
      [],
      [title('U+0000 (NUL)', 'Air strike<U+0000> near Laiza')],
    ],
    [
      'a vertical tab',
      edit(E, '"title": "Air strike near Laiza"', '"title": "Air strike\\u000b near Laiza"'),
      [],
      [title('U+000B (vertical tab)', 'Air strike<U+000B> near Laiza')],
    ],
    [
      '200 combining marks',
      edit(P, '"name": "Muse"', `"name": "Mu${'\u0301'.repeat(200)}se"`),
      [],
      [
        `${P}: place "muse": properties.name is 204 characters long; the limit is 120 (shorten it: longer text belongs in the story or a note)`,
        name('muse', '200 combining marks in a row (U+0301 …)', 'Mu<200 × U+0301>se'),
      ],
    ],
    [
      'a zero-width space in the story text',
      edit(S, 'Text.', 'Te\u200Bxt.'),
      [],
      [`${F}: line 15: the text ${'contains U+200B (zero-width space)'}, ${UNSEEN}: "Te<U+200B>xt." ${RETYPE}`],
    ],
    [
      'a right-to-left override written as an HTML entity in the story',
      edit(S, 'Text.', 'Te&#x202E;xt.'),
      [],
      [`${F}: line 15: the text contains U+202E (right-to-left override), ${UNSEEN}: "Te<U+202E>xt." ${RETYPE}`],
    ],
    [
      'a zero-width space in the frontmatter',
      edit(S, 'title: "Fixture story"', 'title: "Fixture\\u200B story"'),
      [],
      [`${F}: frontmatter: title contains U+200B (zero-width space), ${UNSEEN}: "Fixture<U+200B> story" ${RETYPE}`],
    ],
    [
      'a language the site has no words for',
      edit(S, 'title: "Fixture story"', 'title: "Fixture story"\nlang: de'),
      [],
      [`${F}: frontmatter: lang "de" is not one of: en, fr`],
    ],
    [
      'Burmese, Chinese and accented names (accepted)',
      edit(P, '"name": "Laiza",', '"name": "Laiza", "altNames": ["လိုင်ဇာ", "拉咱", "Laïza", "Lāizā"],'),
      [],
      [],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});

describe('size limits per field', () => {
  it.each<Case>([
    [
      'a 100 KB name',
      edit(P, '"name": "Laiza"', `"name": "${'Laiza '.repeat(17000)}"`),
      [],
      [
        `${P}: place "laiza": properties.name is 102,000 characters long; the limit is 120 (shorten it: longer text belongs in the story or a note)`,
      ],
    ],
    [
      'a 700-character summary',
      edit(E, '"summary": "A fixture event.",', `"summary": "${'Fighting. '.repeat(70)}",`),
      [],
      [
        `${E}: event "laiza-airstrike-2023-10-21": properties.summary is 700 characters long; the limit is 600 (shorten it: longer text belongs in the story or a note)`,
      ],
    ],
    [
      'a 250-character headline',
      edit(S, 'title: "Fixture story"', `title: "${'Headline '.repeat(28)}"`),
      [],
      [
        `${F}: frontmatter: title is 252 characters long; the limit is 200 (shorten it: longer text belongs in the story or a note)`,
      ],
    ],
    [
      'a step card of 2,000 characters',
      edit(S, 'More text.', 'Words here. '.repeat(170)),
      [],
      [
        `${F}: step "close": text is 2,039 characters long; the limit is 1500 (a step is one card beside the map: split it into two steps)`,
      ],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));

  it('1,000 events', () => {
    const fc = JSON.parse(base(E));
    fc.features = [...fc.features, ...Array.from({ length: 998 }, (_, i) => ({ ...fc.features[0], id: `event-${i}` }))];
    expectMessages(
      { [E]: JSON.stringify(fc) },
      [],
      [
        `${E}: features has 1,000 events; the limit is 300 (the page would be too heavy for a phone: keep the ones the story needs)`,
      ],
    );
  });
});

describe('rejected although valid: now accepted', () => {
  it('a UTF-8 byte-order mark at the start of a .geojson file', () =>
    expectMessages({ [P]: `\uFEFF${base(P)}` }, [], []));

  it('a UTF-8 byte-order mark at the start of the story (.mdx)', () =>
    expectMessages({ [S]: new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(base(S))]) }, [], []));

  it('a 3D coordinate [lon, lat, elevation]: accepted, and the elevation is dropped for the map', () => {
    const files = fixtureFiles(edit(P, '[97.5633, 24.76]', '[97.5633, 24.76, 190]'));
    const { problems, data } = validateContent(files);
    expect(problems).toEqual([]);
    expect(data.places.find((p) => p.id === 'laiza')!.geometry.coordinates).toEqual([97.5633, 24.76]);
  });

  it('a position with four numbers says what a position is', () =>
    expectMessages(
      edit(P, '[97.5633, 24.76]', '[97.5633, 24.76, 190, 1]'),
      [],
      [
        `${P}: place "laiza": geometry.coordinates must be [longitude, latitude]: two numbers (a third, the elevation, is ignored)`,
      ],
    ));
});

describe('messages that misled', () => {
  it('a YAML error names the right line and does not add "no story is marked home: true"', () =>
    expectMessages(
      edit(S, 'byline: "Graphics desk"', 'byline: "Graphics: desk'),
      [],
      [
        `${F}: frontmatter (line 4): is not valid YAML: Missing closing "quote (check the quotes and the indentation on that line; a value with a colon in it needs "quotes")`,
      ],
    ));

  it('a typo inside a list item of the frontmatter suggests the field', () =>
    expectMessages(
      edit(S, 'updated: 2023-10-22', 'updated: 2023-10-22\nupdates:\n  - date: 2023-10-22\n    nte: "Added"'),
      [],
      [
        `${F}: frontmatter: updates[0].note is missing`,
        `${F}: frontmatter: updates[0].nte is not a known field (did you mean "note"?)`,
      ],
    ));

  it('a typo inside a list item of the data suggests the field', () =>
    expectMessages(
      edit(
        E,
        '"claimedBy": ["Kachin Independence Army"],\n        "sources": [{ "name": "Fixture source", "url": "https://example.org/strike", "published": "2023-10-20" }]',
        '"claimedBy": ["Kachin Independence Army"],\n        "claims": [{ "by": "Myanmar military", "says": "denied it", "sorce": { "name": "x", "url": "https://example.org/x", "published": "2023-10-20" } }],\n        "sources": [{ "name": "Fixture source", "url": "https://example.org/strike", "published": "2023-10-20" }]',
      ),
      [],
      [
        `${E}: event "laiza-airstrike-2023-10-21": properties.claims[0].source is missing`,
        `${E}: event "laiza-airstrike-2023-10-21": properties.claims[0].sorce is not a known field (did you mean "source"?)`,
      ],
    ));

  it('a field nothing is close to lists the known fields, never an empty list', () =>
    expectMessages(
      edit(P, '"kind": "town",', '"kind": "town", "population": 5000,'),
      [],
      [
        `${P}: place "laiza": properties.population is not a known field (known fields: name, altNames, kind, country, admin, approximate, precisionKm, note, labelSide, sources)`,
      ],
    ));

  it('a place without its id: references say which feature lacks it, not a wrong "did you mean"', () =>
    expectMessages(
      edit(P, '"id": "muse",', ''),
      [],
      [
        `${P}: place #2 (no id): id is missing`,
        `data/corridor.geojson: segment "muse-mandalay": properties.via[0] "muse" is not a known place (place #2 ("Muse") in ${P} has no id: if it is that one, give it "id": "muse")`,
        `${E}: event "muse-clash-2023-10-19": properties.place "muse" is not a known place (place #2 ("Muse") in ${P} has no id: if it is that one, give it "id": "muse")`,
        `${F}: step "start": places "muse" is not a known place (place #2 ("Muse") in ${P} has no id: if it is that one, give it "id": "muse")`,
        `${F}: step "close": fit "muse" is not a known place, segment, event or area (place #2 ("Muse") in ${P} has no id: if it is that one, give it "id": "muse")`,
      ],
    ));

  it('an event id with another date is another event: no "did you mean"', () =>
    expectMessages(
      edit(S, 'highlight="laiza-airstrike-2023-10-21"', 'highlight="laiza-airstrike-2023-10-20"'),
      [],
      [`${F}: step "close": highlight "laiza-airstrike-2023-10-20" is not a known place, segment, event or area`],
    ));
});

describe('found by our own round of editor mutations (docs/editor-mutations.md)', () => {
  it.each<Case>([
    [
      'a space after a step id (the page could not find the step)',
      edit(S, 'id="close"', 'id="close "'),
      [],
      [`${F}: step "close": id "close " has a space before or after it (write id="close")`],
    ],
    [
      'the same prop twice on a step',
      edit(S, 'places="laiza muse"', 'places="laiza muse" places="laiza"'),
      [],
      [`${F}: step 1 (line 13): places is given twice; only the second would count (keep one, with every id in it)`],
    ],
    [
      'a step with no text (written self-closing)',
      edit(S, /<Step id="close"([^>]*)>\n\nMore text.\n\n<\/Step>/, '<Step id="close"$1 />'),
      [],
      [
        `${F}: step "close": has no text, so its card would be empty (write the text between <Step …> and </Step>, with an empty line after the opening tag and before the closing one)`,
      ],
    ],
    [
      'a link to "#"',
      edit(S, 'Text.', '[Back to top](#)'),
      [],
      [
        `${F}: link "Back to top" (line 15): url "#" leads nowhere (link to a step or section of this page with #its-id, or give a full https:// address)`,
      ],
    ],
    [
      'the closing --- of the frontmatter deleted',
      edit(S, /\n---\n\n<Chapter/, '\n\n<Chapter'),
      [],
      [
        `${F}: frontmatter: has no closing --- line (end the frontmatter with a line of three hyphens, ---, before the story text)`,
      ],
    ],
    [
      'an impossible date that YAML would silently turn into another (2023-02-30 → 2 March)',
      edit(S, 'updated: 2023-10-22', 'updated: 2023-02-30'),
      [],
      [`${F}: frontmatter: updated "2023-02-30" must be a real date written YYYY-MM-DD, e.g. 2023-10-21`],
    ],
    [
      'home: "true" in quotes, without a second message about the front page',
      edit(S, 'home: true', 'home: "true"'),
      [],
      [`${F}: frontmatter: home must be true or false, not text`],
    ],
    [
      'curly quotes around a prop',
      edit(S, 'id="close"', 'id=“close”'),
      [],
      [
        `${F}: line 19: is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (props need straight quotes: id="the-coup", not id=“the-coup” (turn off "smart quotes" in your editor))`,
      ],
    ],
    [
      'a year typed one too low on a main event',
      edit(E, '"date": "2023-10-19"', '"date": "2022-10-19"'),
      [],
      [
        `${E}: event "muse-clash-2023-10-19": properties.date "2022-10-19" is more than three months before the story was published (2023-10-21) (check the year; an earlier event that gives background needs "context": true)`,
      ],
    ],
    [
      'a no-break space inside a step id is shown',
      edit(S, 'id="close"', 'id="cl\u00A0ose"'),
      [],
      [
        `${F}: step "cl<U+00A0>ose": id "cl<U+00A0>ose" must be kebab-case (use lower-case letters, digits and hyphens, e.g. friday-20-october)`,
      ],
    ],
    [
      'a picture alone in a step (accepted)',
      edit(S, 'More text.', '![Map of the front](./front.png)'),
      ['content/stories/front.png'],
      [],
    ],
  ])('%s', (_name, overrides, others, expected) => expectMessages(overrides, others, expected));
});
