/** What the reference checks share: a story's steps, the ids known to be invalid, and the hint for an unknown id. */
import { didYouMean } from '../problems/suggest';
import type { UnnamedFeature } from '../data/parse-geojson';
import type { StepSpec } from '../story/step-spec';

/** A story's steps with the file they came from. */
export interface StorySteps {
  file: string;
  steps: readonly StepSpec[];
  /** The lead map declared in the frontmatter, checked like a step. */
  lead?: StepSpec | undefined;
}

/**
 * Ids of features that exist but failed their schema (already reported), so references to them are not errors;
 * 'all' when the file could not be read at all and any reference into it may be right.
 */
export interface InvalidIds {
  places: readonly string[] | 'all';
  segments: readonly string[] | 'all';
  events: readonly string[] | 'all';
  /** Features written without an id: a reference nobody answers may be meant for one of them. */
  unnamed?: readonly (UnnamedFeature & { file: string })[];
}

/** The hint for an id nothing answers to: a feature that lacks its id, else a near miss, else `fallback`. */
export function missingHint(
  id: string,
  candidates: Iterable<string>,
  unnamed: InvalidIds['unnamed'],
  fallback?: string,
): string | undefined {
  const u = unnamed?.[0];
  if (u)
    return `${u.item.replace(/ \(no id\)$/, '')}${u.name ? ` ("${u.name}")` : ''} in ${u.file} has no id: if it is that one, give it "id": "${id}"`;
  return didYouMean(id, candidates) ?? fallback;
}
