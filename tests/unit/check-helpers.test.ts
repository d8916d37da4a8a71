import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDuplicateKeys } from '../../src/lib/data/json-duplicates';
import { decodeUtf8 } from '../../src/lib/data/utf8';
import { closest } from '../../src/lib/problems/suggest';
import { findUnsafe, visible } from '../../src/lib/problems/unsafe-chars';
import { schemaProblems } from '../../src/lib/data/parse-geojson';
import { eventSchema, placeSchema, segmentSchema, storyFrontmatterSchema } from '../../src/lib/data/schemas';
import { distanceKm } from '../../src/lib/validation/event-checks';
import { PAGE_BUDGET_BYTES, pageParts, partWeights, weightReport } from '../../src/lib/weight/page-weight';
import { problemPage } from '../../src/node/problem-page';
import { formatProblem } from '../../src/lib/problems/problems';

const BASE = join(import.meta.dirname, '..', 'fixtures', 'content', 'base');

describe('findDuplicateKeys', () => {
  it('names the path, the key and both lines', () => {
    const text =
      '{\n "features": [\n  { "id": "a" },\n  { "id": "b",\n    "properties": { "date": 1,\n      "date": 2 } }\n ]\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['features', 1, 'properties'], key: 'date', firstLine: 5, line: 6 },
    ]);
  });

  it('is not fooled by the same key in sibling objects, by keys in strings or by escapes', () => {
    expect(
      findDuplicateKeys('[{"a": 1}, {"a": 2}, {"b": "\\"a\\": 1, \\"a\\": 2"}, {"c\\u0041": 1, "cA": 2}]'),
    ).toEqual([{ path: [3], key: 'cA', firstLine: 1, line: 1 }]);
  });
});

describe('decodeUtf8', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8('f', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Laïza 拉咱')]))).toEqual({
      text: 'Laïza 拉咱',
    });
  });

  it('names UTF-16 as such', () => {
    const { problem } = decodeUtf8('f', new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(problem?.message).toBe('is saved as UTF-16 ("Unicode"), not UTF-8');
  });

  it.each([
    [[0x61, 0x0a, 0x62, 0xe9, 0x63], 'line 2, column 2', '0xE9', '"é"'],
    [[0x93, 0x61], 'line 1, column 1', '0x93', '"“"'],
    [[0xe2, 0x80], 'line 1, column 1', '0xE2', '"â"'],
    [[0xed, 0xa0, 0x80], 'line 1, column 1', '0xED', '"í"'],
  ])('%j fails at %s', (bytes, where, hex, cp1252) => {
    const { problem } = decodeUtf8('f', new Uint8Array(bytes));
    expect(problem?.item).toBe(where);
    expect(problem?.message).toContain(`byte ${hex} cannot be read (it is ${cp1252} in Windows-1252)`);
  });
});

describe('closest ("did you mean")', () => {
  it.each([
    ['laiza2', ['laiza', 'muse'], 'laiza'],
    ['regoin', ['region', 'border'], 'region'],
    ['Laiza', ['laiza', 'lashio'], 'laiza'],
    ['mus', ['muse', 'mandalay'], 'muse'],
  ])('%s → %s', (word, candidates, expected) => expect(closest(word, candidates)).toBe(expected));

  it.each([
    ['laiza-airstrike-2023-10-20', ['laiza-airstrike-2023-10-21'], 'another date is another event'],
    ['mong-ko-seized-2023-10-19', ['mong-ko-airstrike-2023-10-19'], 'another word is not a typo'],
    ['mose', ['muse', 'mise'], 'two equally close ids are a guess'],
    ['lashio', ['laiza'], 'nothing is close'],
  ])('%s → nothing (%s)', (word, candidates) => expect(closest(word, candidates)).toBeUndefined());
});

describe('unsafe characters', () => {
  it.each([
    ['\u202E', 'U+202E (right-to-left override)'],
    ['\u2066', 'U+2066 (left-to-right isolate)'],
    ['\u200B', 'U+200B (zero-width space)'],
    ['\u0000', 'U+0000 (NUL)'],
    ['\u000B', 'U+000B (vertical tab)'],
    ['\u0085', 'U+0085 (control character)'],
    ['\uFEFF', 'U+FEFF (zero-width no-break space (byte-order mark))'],
    ['\u{E0041}', 'U+E0041 (tag character)'],
    ['\uFFFD', 'U+FFFD (replacement character, left where text was read in the wrong encoding)'],
    ['a\u200Db', 'U+200D (zero-width joiner)'],
  ])('%j is found as %s', (text, what) => expect(findUnsafe(`x${text}y`)?.what).toBe(what));

  it.each([
    ['Burmese with stacked marks', 'ကြွေ့ လိုင်ဇာ မူဆယ်'],
    ['Chinese', '瑞丽 拉咱'],
    ['an emoji sequence with joiners', '👩‍👩‍👧'],
    ['Vietnamese', 'Việt Nam'],
    ['a tab and new lines', 'a\tb\r\nc'],
    ['a soft hyphen', 'Kyauk\u00ADphyu'],
  ])('%s is fine', (_name, text) => expect(findUnsafe(text)).toBeUndefined());

  it('every message shows what cannot be seen', () => {
    expect(visible('a\u200Bb')).toBe('a<U+200B>b');
    expect(formatProblem({ file: 'f', item: 'place "x\u202E"', field: 'name', message: 'bad' })).toBe(
      'f: place "x<U+202E>": name bad',
    );
  });
});

describe('no validator wording reaches editors', () => {
  const place = JSON.parse(readFileSync(join(BASE, 'data/places.geojson'), 'utf8')).features[0];
  const segment = JSON.parse(readFileSync(join(BASE, 'data/corridor.geojson'), 'utf8')).features[0];
  const event = JSON.parse(readFileSync(join(BASE, 'data/events.geojson'), 'utf8')).features[0];
  const with_ = (f: unknown, path: string[], value: unknown) => {
    const copy = structuredClone(f) as Record<string, unknown>;
    let o = copy;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[path.at(-1)!] = value;
    return copy;
  };
  const bad: [string, unknown, Parameters<typeof schemaProblems>[2]][] = [
    ['four numbers', with_(place, ['geometry', 'coordinates'], [1, 2, 3, 4]), placeSchema],
    ['one number', with_(place, ['geometry', 'coordinates'], [1]), placeSchema],
    ['a string for a number', with_(place, ['geometry', 'coordinates'], ['97', 24]), placeSchema],
    ['a negative precision', with_(place, ['properties', 'precisionKm'], -5), placeSchema],
    ['an empty name', with_(place, ['properties', 'name'], ''), placeSchema],
    ['a number for a name', with_(place, ['properties', 'name'], 5), placeSchema],
    ['a one-place via', with_(segment, ['properties', 'via'], ['muse']), segmentSchema],
    ['a one-point line', with_(segment, ['geometry', 'coordinates'], [[97, 24]]), segmentSchema],
    [
      'a negative figure',
      with_(
        event,
        ['properties', 'figures'],
        [{ measure: 'killed', value: -1, unit: 'people', source: { name: 'x', url: 'https://x.org' } }],
      ),
      eventSchema,
    ],
    ['a bad time', with_(event, ['properties', 'time'], '25:00'), eventSchema],
    ['a string for a list', with_(event, ['properties', 'claimedBy'], 'KIA'), eventSchema],
    ['null geometry', with_(event, ['geometry'], null), eventSchema],
    [
      'a bad qualifier',
      with_(
        event,
        ['properties', 'figures'],
        [
          {
            measure: 'killed',
            value: 1,
            unit: 'people',
            qualifier: 'around',
            source: { name: 'x', url: 'https://x.org' },
          },
        ],
      ),
      eventSchema,
    ],
    [
      'home as a string',
      { title: 't', dek: 'd', byline: 'b', credit: 'c', published: '2023-10-21', home: 'yes' },
      storyFrontmatterSchema,
    ],
  ];

  it.each(bad)('%s', (_name, value, schema) => {
    const messages = schemaProblems('f', 'item', schema, value).map(formatProblem);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages)
      expect(m).not.toMatch(
        /Too (big|small)|Invalid (input|string|option)|expected \w+ to (have|be)|element\(s\)|received/,
      );
  });
});

describe('distanceKm', () => {
  it('is the great-circle distance (Laiza to Muse, about 95 km)', () => {
    expect(distanceKm([97.5633, 24.76], [97.9047, 23.9792])).toBeGreaterThan(90);
    expect(distanceKm([97.5633, 24.76], [97.9047, 23.9792])).toBeLessThan(100);
    expect(distanceKm([97, 24], [97, 24])).toBe(0);
  });
});

describe('page weight', () => {
  const html =
    '<html><head><title>t</title></head><body><header class="story-header">h</header><svg class="map-defs"></svg><div class="live-map" data-model="x"></div>' +
    '<section class="step" id="a">aaa</section><section class="step" id="b">bbb</section><section class="events-table">' +
    'row '.repeat(500) +
    '</section><section class="sources-notes">s</section><footer class="story-footer">f</footer></body></html>';

  it('cuts a page into named parts that add up to the page', () => {
    const parts = pageParts(html);
    expect(parts.map((p) => p.what)).toEqual([
      'the page head (title, sharing metadata, security policy)',
      'the headline, standfirst and update notes',
      'the shared map geometry (base map, areas, railway)',
      'the live map and its data (data-model)',
      'step "a" (its text and static map)',
      'step "b" (its text and static map)',
      '"All events" (the events table)',
      '"Sources and notes"',
      'the footer',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(html);
  });

  it('names the heaviest part first, and nothing when the page is within the budget', () => {
    const gzip = (s: string) => gzipSync(s).length;
    const parts = partWeights(
      html.replace('row '.repeat(500), Array.from({ length: 500 }, (_, i) => `row ${i * 7919} `).join('')),
      gzip,
    );
    expect([...parts].sort((a, b) => b.bytes - a.bytes)[0]!.what).toBe('"All events" (the events table)');
    expect(weightReport('index.html', PAGE_BUDGET_BYTES, parts, [], [])).toBeUndefined();
    const report = weightReport(
      'index.html',
      90_000,
      parts,
      [{ what: '_assets/a.js', bytes: 20_000 }],
      ['data/events.geojson holds 1,000 events'],
    );
    expect(report).toMatch(
      /^index\.html weighs 90\.0 KB \(gzip, with its CSS, JS and pictures\); the budget for a whole story is 80\.0 KB\.\nHeaviest parts of the page \(what leaving each out would save\):\n {2}- "All events" \(the events table\): /,
    );
    expect(report).toContain('(the stylesheet and script every story shares: 20.0 KB)');
    expect(report).toContain('  - data/events.geojson holds 1,000 events');
  });
});

describe("the dev server's problem page", () => {
  it('lists the lines of the terminal, escaped', () => {
    const page = problemPage([
      { file: 'content/stories/a.mdx', item: 'line 3', field: '', message: 'has <script>alert(1)</script> & more' },
    ]);
    expect(page).toContain('<title>1 problem in the story&#39;s content or data</title>');
    expect(page).toContain(
      '<li>content/stories/a.mdx: line 3: has &#60;script&#62;alert(1)&#60;/script&#62; &#38; more</li>',
    );
    expect(page).not.toContain('<script>alert(1)');
  });
});
