import { describe, expect, it } from 'vitest';
import {
  bestName,
  detailDate,
  groupSources,
  linkTextAsName,
  pathTitle,
  splitSourceName,
} from '../../src/lib/story/source-groups';
import { collectSources, type SourceEntry } from '../../src/lib/story/sources';
import { loadSite } from '../../src/node/story-render';
import { ROOT } from '../helpers/build-site';
import { chromeStrings } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

describe('splitSourceName', () => {
  it.each([
    ['AFP via Mizzima', 'AFP', 'via Mizzima'],
    ['AFP via Manila Bulletin, 11 Oct 2023', 'AFP', 'via Manila Bulletin, 11 Oct 2023'],
    ['The Irrawaddy, 20 Oct 2023', 'The Irrawaddy', '20 Oct 2023'],
    ['Human Rights Watch, 17 Oct 2023 (via The News Intel)', 'Human Rights Watch', '17 Oct 2023 (via The News Intel)'],
    [
      'International Railway Journal (China–Myanmar railway accord signed)',
      'International Railway Journal',
      'China–Myanmar railway accord signed',
    ],
    ['Wikipedia (German), Myitkyina', 'Wikipedia', 'Myitkyina (German)'],
    [
      'Wikipedia, Laiza (revision comparison, coordinates in header)',
      'Wikipedia',
      'Laiza (revision comparison, coordinates in header)',
    ],
    ['SHAN (Shan Herald Agency for News)', 'Shan Herald Agency for News (SHAN)', ''],
    ['Seetao', 'Seetao', ''],
    ['Ferrovie.info, 2018', 'Ferrovie.info', '2018'],
  ])('%s → %s | %s', (name, outlet, detail) => {
    expect(splitSourceName(name)).toEqual({ outlet, detail });
  });
});

describe('names', () => {
  it("reads a link's text as a name without its reporting verb", () => {
    expect(linkTextAsName('Mizzima reported')).toBe('Mizzima');
    expect(linkTextAsName('AFP')).toBe('AFP');
  });

  it("prefers the data's longest name to the texts of the story's links", () => {
    expect(
      bestName({ names: ['HRW', 'Human Rights Watch, 17 Oct 2023'], dataNames: ['Human Rights Watch, 17 Oct 2023'] }),
    ).toBe('Human Rights Watch, 17 Oct 2023');
    expect(
      bestName({ names: ['SCMP', 'South China Morning Post'], dataNames: ['SCMP', 'South China Morning Post'] }),
    ).toBe('South China Morning Post');
    expect(bestName({ names: ['Mizzima reported'], dataNames: [] })).toBe('Mizzima');
  });

  it('titles an address by its last words, or by itself when they are a number', () => {
    expect(pathTitle('https://myanmar-now.org/en/news/kia-and-allies-seize-three-bases/')).toBe(
      'kia and allies seize three bases',
    );
    expect(pathTitle('https://www.irrawaddy.com/news/burma/feasibility-study.html')).toBe('feasibility study');
    expect(pathTitle('https://english.shannews.org/archives/26578')).toBe('english.shannews.org/archives/26578');
  });

  it('finds a date in a detail', () => {
    expect(detailDate('via Manila Bulletin, 11 Oct 2023')).toBe('2023-10-11');
    expect(detailDate('1 November 2023')).toBe('2023-11-01');
    expect(detailDate('via Mizzima')).toBe('');
  });
});

describe('groupSources', () => {
  const entry = (url: string, names: string[], dataNames = names, usedFor = ['x']): SourceEntry => ({
    url,
    names,
    dataNames,
    usedFor,
  });

  it('puts every address of an outlet in one group, "The" aside in the order of outlets, dated entries oldest first', () => {
    const groups = groupSources([
      entry('https://a.example/3', ['The Irrawaddy, 1 Nov 2023']),
      entry('https://b.example/1', ['AFP via Mizzima']),
      entry('https://a.example/1', ['The Irrawaddy, 20 Oct 2023']),
      entry('https://a.example/2', ['The Irrawaddy'], ['The Irrawaddy']),
      entry('https://c.example/1', ['Seetao']),
    ]);
    expect(groups.map((g) => g.outlet)).toEqual(['AFP', 'The Irrawaddy', 'Seetao']);
    expect(groups[1]!.items.map((i) => i.detail)).toEqual(['20 Oct 2023', '1 Nov 2023', 'a.example/2']);
    expect(groups[2]!.items).toEqual([{ url: 'https://c.example/1', detail: '', usedFor: ['x'] }]);
  });

  it('lists each source of the front page story once, under one outlet, with nothing left out', () => {
    const site = loadSite(ROOT);
    const story = site.stories.find((s) => s.slug === 'myanmar-china-border')!;
    const sources = collectSources(story.story, site.data, en);
    const groups = groupSources(sources);
    const urls = groups.flatMap((g) => g.items.map((i) => i.url));
    expect(urls.toSorted()).toEqual(sources.map((s) => s.url).toSorted());
    expect(new Set(urls).size).toBe(urls.length);
    const outlets = groups.map((g) => g.outlet);
    expect(new Set(outlets.map((o) => o.toLowerCase())).size).toBe(outlets.length);
    // Link texts and abbreviations in the story join their outlet rather than stand apart.
    expect(outlets).not.toContain('AFP reported');
    expect(outlets).not.toContain('HRW');
    expect(outlets).not.toContain('SCMP');
    // Every AFP copy, whoever carried it, is one entry under AFP.
    const afp = sources.filter((s) => /^AFP\b/.test(s.names[0]!)).map((s) => s.url);
    expect(afp.length).toBeGreaterThan(1);
    expect(
      groups
        .find((g) => g.outlet === 'AFP')!
        .items.map((i) => i.url)
        .toSorted(),
    ).toEqual(afp.toSorted());
    // Within an outlet no two entries read the same.
    for (const g of groups) expect(new Set(g.items.map((i) => i.detail)).size, g.outlet).toBe(g.items.length);
  });
});
