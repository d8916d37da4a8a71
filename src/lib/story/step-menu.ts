/** The step menu's contents: the story's chapters in order, each with its steps and a short label for each. */

/** Longest label, in characters, before it is shortened at a word with "…". */
export const STEP_LABEL_MAX = 64;

/** A step as the menu lists it. */
export interface MenuStep {
  id: string;
  label: string;
}

/** A chapter and its steps; steps before the first chapter have no title. */
export interface MenuChapter {
  title?: string;
  steps: MenuStep[];
}

/** A step's label: the first sentence of its text, shortened at a word boundary when longer than `max`. */
export function stepLabel(text: string, max = STEP_LABEL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A stop followed by a lower-case word ("3 a.m. on Saturday") does not end the sentence.
  const sentence = flat.match(/^.*?[.!?](?=\s+[^\s\p{Ll}]|$)/u)?.[0] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Groups the steps by chapter, in story order, each with its label (its id when it has no text). */
export function stepMenu(steps: readonly { id: string; chapter?: string; text?: string }[]): MenuChapter[] {
  const chapters: MenuChapter[] = [];
  for (const step of steps) {
    let last = chapters[chapters.length - 1];
    if (!last || last.title !== step.chapter) {
      last = step.chapter === undefined ? { steps: [] } : { title: step.chapter, steps: [] };
      chapters.push(last);
    }
    last.steps.push({ id: step.id, label: step.text ? stepLabel(step.text) : step.id });
  }
  return chapters;
}
