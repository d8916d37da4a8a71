import { describe, expect, it } from 'vitest';
import { eventsUpTo, formatDate, formatDateWithWeekday, formatShortDate } from '../../src/lib/text/dates';

describe('date wording', () => {
  it('writes dates the same way on any machine', () => {
    expect(formatDate('2023-10-09')).toBe('9 October 2023');
    expect(formatDateWithWeekday('2023-10-21')).toBe('Saturday 21 October 2023');
    expect(formatShortDate('2021-02-01')).toBe('1 Feb 2021');
  });

  it('gives the map date indicator a long and a short form', () => {
    expect(eventsUpTo('2023-10-18')).toEqual({
      long: 'Events up to Wednesday 18 October 2023',
      short: 'Events up to 18 Oct 2023',
    });
  });
});
