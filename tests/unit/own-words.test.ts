import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  followedSentences,
  followsSentence,
  sentences,
  sharedRuns,
  sharedRunsCountingNamesOnce,
} from '../helpers/overlap';

const ROOT = join(import.meta.dirname, '..', '..');
// The wire story sits outside the repository, in the shared reference folder beside it.
const WIRE = join(ROOT, '..', 'shared', 'reference', 'source-article.txt');
const RUN = 7; // words in a row: long enough to be a copied phrase, not a name or a date
const SHORT_RUN = 5; // shorter runs, with each multi-word name counted as one word so a name alone is not a match
/** Names the 5-word comparison counts as one word: proper names the story must use as the wire does. */
const NAMES = [
  'Kachin Independence Army',
  'Kachin Independence Organization',
  'People’s Defence Forces',
  'Belt and Road Initiative',
  'Aung San Suu Kyi',
  'Amnesty International',
  'Myanmar National Democratic Alliance Army',
  'Ta’ang National Liberation Army',
];

/** Every string value in a JSON value, except web addresses. */
function stringsIn(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return key === 'url' ? [] : [v];
  if (Array.isArray(v)) return v.flatMap((x) => stringsIn(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringsIn(x, k));
  return [];
}

/** What a reader reads in a story file: headline, dek, update notes and the text, without tags and link targets. */
function prose(mdx: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const fm = (m ? parse(m[1]!) : {}) as { title?: string; dek?: string; updates?: { note: string }[] };
  const body = mdx
    .slice(m?.[0].length ?? 0)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[[\]]/g, '')
    .replace(/^- /gm, '');
  return [fm.title, fm.dek, ...(fm.updates ?? []).map((u) => u.note), body].filter(Boolean).join('\n\n');
}

const WIRE_SAMPLE =
  'The KIA said Saturday that the military had counter-attacked with air strikes and ground artillery. ' +
  'The Kachin Independence Army (KIA) attacked Myanmar military positions around Muse district in northern Shan state on Thursday. ' +
  'It added that the junta had suffered some fatalities in the latest clashes this week but did not provide a death toll. ' +
  '"We seized a lot of guns and other equipment from the military," KIA Colonel Naw Bu told AFP.';

describe('sharedRuns', () => {
  it('finds copied runs and ignores quoted passages', () => {
    const theirs = 'The military was forced to retreat on Friday afternoon and ordered air strikes.';
    expect(sharedRuns('Then the military was forced to retreat on Friday afternoon, it said.', theirs, 7)).toEqual([
      'the military was forced to retreat on',
      'military was forced to retreat on friday',
      'was forced to retreat on friday afternoon',
    ]);
    expect(sharedRuns('It said "the military was forced to retreat on Friday afternoon".', theirs, 7)).toEqual([]);
  });
});

describe('sharedRunsCountingNamesOnce', () => {
  it('does not count a shared name on its own as a copied run', () => {
    expect(
      sharedRunsCountingNamesOnce(
        'Fighters of the Kachin Independence Army (KIA) and their allies',
        WIRE_SAMPLE,
        5,
        NAMES,
      ),
    ).toEqual([]);
    expect(sharedRuns('Fighters of the Kachin Independence Army (KIA) and their allies', WIRE_SAMPLE, 5)).toEqual([
      'the kachin independence army kia',
    ]);
  });
  it('still finds copied phrasing around a name', () => {
    expect(
      sharedRunsCountingNamesOnce(
        'The Kachin Independence Army (KIA) attacked Myanmar military positions nearby.',
        WIRE_SAMPLE,
        5,
        NAMES,
      ),
    ).toEqual([
      'the kachin_independence_army kia attacked myanmar',
      'kachin_independence_army kia attacked myanmar military',
      'kia attacked myanmar military positions',
    ]);
  });
});

describe('followsSentence', () => {
  it('flags a sentence that keeps a source sentence’s clauses with words swapped', () => {
    expect(
      followsSentence(
        'On Saturday the KIA said the army had struck back with air strikes and artillery.',
        sentences(WIRE_SAMPLE)[0]!,
      ),
    ).toBe(true);
    expect(
      followsSentence(
        'On Thursday the KIA attacked army positions around Muse district, AFP reported.',
        sentences(WIRE_SAMPLE)[1]!,
      ),
    ).toBe(true);
    expect(
      followsSentence(
        'The KIA said the military had suffered deaths during the week but gave no number.',
        sentences(WIRE_SAMPLE)[2]!,
      ),
    ).toBe(true);
  });
  it('does not flag a sentence that reports a fact from the source in another order and other words', () => {
    expect(
      followsSentence(
        'At about 3 a.m. on Saturday, an air strike hit near the captured base, a KIA spokesman said.',
        sentences(WIRE_SAMPLE)[0]!,
      ),
    ).toBe(false);
    expect(noFollowedSentence('Near Mong Ko, KIA troops overran a junta camp at about 2 p.m.')).toBe(true);
    expect(
      noFollowedSentence('Naw Bu told AFP: “We seized a lot of guns and other equipment from the military.”'),
    ).toBe(true);
  });
  it('splits prose into sentences and paragraphs', () => {
    expect(sentences('One. Two “quoted.” Three?\n\nA heading\n\nFour')).toEqual([
      'One.',
      'Two “quoted.”',
      'Three?',
      'A heading',
      'Four',
    ]);
  });
});

function noFollowedSentence(s: string): boolean {
  return followedSentences(s, WIRE_SAMPLE).length === 0;
}

describe.skipIf(!existsSync(WIRE))('the story is in our own words', () => {
  const wire = existsSync(WIRE) ? readFileSync(WIRE, 'utf8') : '';
  const dir = join(ROOT, 'content', 'stories');
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  const data = ['places.geojson', 'corridor.geojson', 'events.geojson'].map(
    (f) => [f, stringsIn(JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'))).join('\n\n')] as const,
  );

  for (const [f, text] of stories) {
    it(`${f} shares no run of ${RUN} words with the wire story outside quotes`, () => {
      expect(sharedRuns(text, wire, RUN)).toEqual([]);
    });
  }
  for (const [f, text] of [...stories.map(([f, t]) => [f, prose(t)] as const), ...data]) {
    it(`${f} shares no run of ${SHORT_RUN} words with the wire story (names counted once), and no sentence follows a wire sentence`, () => {
      expect(sharedRunsCountingNamesOnce(text, wire, SHORT_RUN, NAMES)).toEqual([]);
      expect(followedSentences(text, wire)).toEqual([]);
    });
  }
  it('the data’s titles, summaries and notes share no 7-word run either', () => {
    for (const [f, text] of data) expect(sharedRuns(text, wire, RUN), f).toEqual([]);
  });
  it('reports the counts', () => {
    const texts = [...stories.map(([, t]) => prose(t)), ...data.map(([, t]) => t)];
    const storySentences = stories.flatMap(([, t]) => sentences(prose(t))).length;
    const dataSentences = data.flatMap(([, t]) => sentences(t)).length;
    const followed = texts.flatMap((t) => followedSentences(t, wire));
    console.info(
      `[own-words] ${storySentences} story sentences and ${dataSentences} data sentences checked; ${followed.length} follow a wire sentence clause by clause; ` +
        `${texts.reduce((n, t) => n + sharedRuns(t, wire, RUN).length, 0)} shared ${RUN}-word runs; ` +
        `${texts.reduce((n, t) => n + sharedRunsCountingNamesOnce(t, wire, SHORT_RUN, NAMES).length, 0)} shared ${SHORT_RUN}-word runs (names counted once)`,
    );
    expect(followed).toEqual([]);
  });
});
if (!existsSync(WIRE)) console.warn(`[own-words] ${WIRE} not found: the copy check against the wire story was skipped`);
