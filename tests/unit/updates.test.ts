import { describe, expect, it } from 'vitest';
import { updateLine, type UpdateNote } from '../../src/lib/story/updates';

const note = (date: string, kind: UpdateNote['kind'] = 'update', text = date): UpdateNote => ({
  date,
  note: text,
  kind,
});

describe('updateLine', () => {
  it('is undefined for a story never updated', () => {
    expect(updateLine(undefined, [])).toBeUndefined();
  });

  it('shows the updated date with no notes behind it', () => {
    expect(updateLine('2023-10-28', [])).toEqual({ date: '2023-10-28', notes: [], hasCorrection: false });
  });

  it('puts the newest note first, keeping the order of notes of one day', () => {
    const line = updateLine('2023-10-28', [
      note('2023-10-26'),
      note('2023-10-28', 'update', 'a'),
      note('2023-10-28', 'update', 'b'),
    ]);
    expect(line?.notes.map((n) => n.note)).toEqual(['a', 'b', '2023-10-26']);
  });

  it("takes the newest note's date when the frontmatter gives no updated date", () => {
    expect(updateLine(undefined, [note('2023-10-26'), note('2023-10-27')])?.date).toBe('2023-10-27');
  });

  it('says when one of the notes is a correction', () => {
    expect(updateLine('2023-10-28', [note('2023-10-26', 'correction')])?.hasCorrection).toBe(true);
  });
});
