import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/text/figures';
import { flattenBrackets } from '../../src/lib/text/brackets';
import { chromeStrings } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

const source = { name: 'The Irrawaddy', url: 'https://www.irrawaddy.com/', published: '2023-10-21' };

describe('figure wording', () => {
  it('says the figure, its measure and who gives it', () => {
    expect(
      formatFigure(
        {
          measure: 'killed',
          value: 28,
          unit: 'people',
          qualifier: 'at least',
          claimedBy: 'Amnesty International',
          source,
        },
        en,
      ),
    ).toBe('at least 28 killed (Amnesty International)');
    expect(formatFigure({ measure: 'cost', value: 8.9e9, unit: 'USD', claimedBy: 'Myanma Railways', source }, en)).toBe(
      '$8.9 billion (Myanma Railways)',
    );
    expect(formatFigure({ measure: 'length', value: 431, unit: 'km', source }, en)).toBe('431 km long');
  });

  it('never nests brackets when the claimant names a spokesman', () => {
    expect(
      formatFigure(
        {
          measure: 'killed',
          value: 4,
          unit: 'people',
          claimedBy: 'Kachin Independence Army (Col. Naw Bu)',
          note: 'KIA members',
          source,
        },
        en,
      ),
    ).toBe('4 killed (Kachin Independence Army, Col. Naw Bu), KIA members');
  });
});

describe('flattenBrackets', () => {
  it('turns inner brackets into commas for text that goes in brackets', () => {
    expect(flattenBrackets('Human Rights Watch, 17 Oct 2023 (via The News Intel)')).toBe(
      'Human Rights Watch, 17 Oct 2023, via The News Intel',
    );
    expect(flattenBrackets('AFP')).toBe('AFP');
  });
});

describe('figure wording in French', () => {
  const fr = chromeStrings('fr');
  it('writes numbers and measures the French way', () => {
    expect(formatFigure({ measure: 'cost', value: 8.9e9, unit: 'USD', claimedBy: 'Myanma Railways', source }, fr)).toBe(
      '8,9 milliards de dollars (Myanma Railways)',
    );
    expect(formatFigure({ measure: 'length', value: 431, unit: 'km', source }, fr)).toBe('431 km de long');
    expect(formatFigure({ measure: 'killed', value: 1200, unit: 'people', source }, fr)).toBe('1\u202f200 tués');
  });
});
