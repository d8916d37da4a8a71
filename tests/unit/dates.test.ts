import { describe, expect, it } from 'vitest';
import { eventsUpTo, formatDate, formatDateWithWeekday, formatShortDate } from '../../src/lib/text/dates';
import { chromeStrings } from '../../src/lib/i18n/locale';

const en = chromeStrings('en');
const fr = chromeStrings('fr');

describe('date wording', () => {
  it('writes dates the same way on any machine', () => {
    expect(formatDate('2023-10-09', en)).toBe('9 October 2023');
    expect(formatDateWithWeekday('2023-10-21', en)).toBe('Saturday 21 October 2023');
    expect(formatShortDate('2021-02-01', en)).toBe('1 Feb 2021');
  });

  it('gives the map date indicator a long and a short form', () => {
    expect(eventsUpTo('2023-10-18', en)).toEqual({
      long: 'Events up to Wednesday 18 October 2023',
      short: 'Events up to 18 Oct 2023',
    });
  });

  it('writes French dates with French words and "1er" for the first of the month', () => {
    expect(formatDate('2023-10-09', fr)).toBe('9 octobre 2023');
    expect(formatDate('2021-02-01', fr)).toBe('1er février 2021');
    expect(formatDateWithWeekday('2023-10-21', fr)).toBe('samedi 21 octobre 2023');
    expect(eventsUpTo('2023-10-18', fr)).toEqual({
      long: 'Événements jusqu’au mercredi 18 octobre 2023',
      short: 'Événements jusqu’au 18 oct. 2023',
    });
  });
});
