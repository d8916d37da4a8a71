/** The map state an editor declares on a `<Step>`: which view, places, segments and events it shows. */
import type { Problem } from '../problems/problems';
import { didYouMean } from '../problems/suggest';
import { VIEW_NAMES } from '../geo/named-views';

/** Props an editor may put on `<Step>`; every one is a quoted string. */
export const STEP_PROPS = ['id', 'view', 'fit', 'places', 'segments', 'until', 'highlight'] as const;

/** Props of `<Chapter>`. */
export const CHAPTER_PROPS = ['title'] as const;

/** A list of ids, or every item of that kind. */
export type IdList = readonly string[] | 'all';

/** A step's declared map state, as written (ids not yet checked against the data). */
export interface StepSpec {
  id: string;
  /** A named view, or undefined when `fit` is used. */
  view?: string;
  /** Ids of places, segments, events or areas to fit the map to. */
  fit?: readonly string[];
  places: IdList;
  segments: IdList;
  /** Events dated on or before this ISO date are shown. */
  until?: string;
  highlight: readonly string[];
  /** Title of the chapter the step belongs to. */
  chapter?: string;
  /** The words of the step's first paragraph (the step menu labels the step with its first sentence). */
  text?: string;
  /** 1-based line of the opening tag in the MDX file. */
  line: number;
}

/** Splits a space- or comma-separated id list. */
export function splitIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

function idList(value: string | undefined): IdList {
  if (value === undefined) return [];
  return value.trim() === 'all' ? 'all' : splitIds(value);
}

/** Turns a step's raw attributes into a StepSpec, reporting unknown or missing props. */
export function toStepSpec(
  attrs: Readonly<Record<string, string>>,
  where: { file: string; line: number; index: number; chapter?: string },
): { spec?: StepSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  const id = attrs.id?.trim();
  const item = id ? `step "${id}"` : `step ${where.index + 1} (line ${where.line})`;
  const at = (field: string, message: string, hint?: string) =>
    problems.push({ file: where.file, item, field, message, ...(hint ? { hint } : {}) });

  for (const key of Object.keys(attrs)) {
    if (!(STEP_PROPS as readonly string[]).includes(key)) {
      at(key, 'is not a prop of <Step>', didYouMean(key, STEP_PROPS) ?? `use one of: ${STEP_PROPS.join(', ')}`);
    }
  }
  if (!id) at('id', 'is missing', 'every <Step> needs a unique id, e.g. id="laiza-and-muse"');
  // The page uses the id exactly as written: a space around it would make an address no link can reach.
  else if (attrs.id !== id) at('id', `"${attrs.id}" has a space before or after it`, `write id="${id}"`);
  if (attrs.view === undefined && attrs.fit === undefined) {
    at('view', 'is missing', `give view="${VIEW_NAMES[0]}" (or ${VIEW_NAMES.slice(1).join(', ')}) or fit="place-id …"`);
  }
  if (attrs.view !== undefined && attrs.fit !== undefined) {
    at('fit', 'cannot be used together with view', 'keep one of the two');
  }
  if (!id) return { problems };
  const spec: StepSpec = {
    id,
    places: idList(attrs.places),
    segments: idList(attrs.segments),
    highlight: attrs.highlight ? splitIds(attrs.highlight) : [],
    line: where.line,
    ...(attrs.view !== undefined ? { view: attrs.view.trim() } : {}),
    ...(attrs.fit !== undefined ? { fit: splitIds(attrs.fit) } : {}),
    ...(attrs.until !== undefined ? { until: attrs.until.trim() } : {}),
    ...(where.chapter ? { chapter: where.chapter } : {}),
  };
  return { spec, problems };
}
