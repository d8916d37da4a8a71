import { describe, expect, it } from 'vitest';
import { groupEventsByDay } from '../../src/lib/story/event-days';

const ev = (id: string, date: string, time?: string) => ({ id, properties: { date, time } });

describe('groupEventsByDay', () => {
  it('puts each day once, oldest first, with its events by time and then id', () => {
    const days = groupEventsByDay([
      ev('c', '2023-10-21'),
      ev('a', '2023-10-20', '23:30'),
      ev('b', '2023-10-20', '06:00'),
      ev('z', '2021-02-01'),
      ev('d', '2023-10-21'),
    ]);
    expect(days.map((d) => [d.date, d.events.map((e) => e.id)])).toEqual([
      ['2021-02-01', ['z']],
      ['2023-10-20', ['b', 'a']],
      ['2023-10-21', ['c', 'd']],
    ]);
  });

  it('gives no days for no events and does not change its input', () => {
    expect(groupEventsByDay([])).toEqual([]);
    const input = [ev('b', '2023-10-20'), ev('a', '2023-10-19')];
    groupEventsByDay(input);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
