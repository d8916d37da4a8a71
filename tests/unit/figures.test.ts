import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/text/figures';

const source = { name: 'The Irrawaddy', url: 'https://www.irrawaddy.com/' };

describe('figure wording', () => {
  it('says the figure, its measure and who gives it', () => {
    expect(formatFigure({ measure: 'killed', value: 28, unit: 'people', qualifier: 'at least', claimedBy: 'Amnesty International', source }))
      .toBe('at least 28 killed (Amnesty International)');
    expect(formatFigure({ measure: 'cost', value: 8.9e9, unit: 'USD', claimedBy: 'Myanma Railways', source })).toBe('$8.9 billion (Myanma Railways)');
    expect(formatFigure({ measure: 'length', value: 431, unit: 'km', source })).toBe('431 km long');
  });

  it('never nests brackets when the claimant names a spokesman', () => {
    expect(formatFigure({ measure: 'killed', value: 4, unit: 'people', claimedBy: 'Kachin Independence Army (Col. Naw Bu)', note: 'KIA members', source }))
      .toBe('4 killed (Kachin Independence Army, Col. Naw Bu), KIA members');
  });
});
