import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_LABEL_MAX, stepLabel, stepMenu } from '../../src/lib/story/step-menu';
import { parseStory } from '../../src/lib/story/parse-story';

describe('stepLabel', () => {
  it.each([
    [
      'a short first sentence',
      'Two frontier towns matter most here. Laiza sits by the border.',
      'Two frontier towns matter most here.',
    ],
    [
      'a stop before a lower-case word ends no sentence',
      'At about 3 a.m. on Saturday, a strike hit. Then more.',
      'At about 3 a.m. on Saturday, a strike hit.',
    ],
    ['a question', 'Who holds Laiza? The KIA does.', 'Who holds Laiza?'],
    ['no stop at all', 'A caption without a stop', 'A caption without a stop'],
    ['line breaks and runs of spaces', 'Kachin  State\nlies  north.', 'Kachin State lies north.'],
    [
      'a number with a decimal point',
      'The port costs 1.3 billion dollars. More.',
      'The port costs 1.3 billion dollars.',
    ],
  ])('%s', (_name, text, label) => {
    expect(stepLabel(text)).toBe(label);
  });

  it('shortens a long sentence at a word, without a trailing comma, and marks the cut', () => {
    const label = stepLabel(
      'In the early hours of 1 February 2021, the military took Aung San Suu Kyi into custody.',
      45,
    );
    expect(label).toBe('In the early hours of 1 February 2021, the…');
    expect(label.length).toBeLessThanOrEqual(46);
    expect(stepLabel('Kachin State, at the top of the map, is the northernmost state of all.', 37)).toBe(
      'Kachin State, at the top of the map…',
    );
  });

  it('cuts a single very long word where it must', () => {
    expect(stepLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('stepMenu', () => {
  it('groups steps under their chapters in story order, steps before the first chapter untitled', () => {
    const menu = stepMenu([
      { id: 'intro', text: 'Before any chapter.' },
      { id: 'a', chapter: 'One', text: 'First. Second.' },
      { id: 'b', chapter: 'One', text: 'Third.' },
      { id: 'c', chapter: 'Two' },
    ]);
    expect(menu).toEqual([
      { steps: [{ id: 'intro', label: 'Before any chapter.' }] },
      {
        title: 'One',
        steps: [
          { id: 'a', label: 'First.' },
          { id: 'b', label: 'Third.' },
        ],
      },
      { title: 'Two', steps: [{ id: 'c', label: 'c' }] },
    ]);
  });

  it("lists every step of the story once, labelled with its first paragraph's first sentence", () => {
    const file = 'content/stories/myanmar-china-border.mdx';
    const { story } = parseStory(file, readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8'));
    const menu = stepMenu(story.steps);
    expect(menu.map((c) => c.title)).toEqual(story.chapters);
    const listed = menu.flatMap((c) => c.steps);
    expect(listed.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
    for (const s of listed) {
      expect(s.label, s.id).not.toBe(s.id);
      expect(s.label.length, s.id).toBeLessThanOrEqual(STEP_LABEL_MAX + 1);
    }
    expect(listed.find((s) => s.id === 'laiza-and-muse')?.label).toBe('Two frontier towns matter most here.');
  });
});
