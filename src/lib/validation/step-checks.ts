/** Checks of a story's steps against the data: kebab-case, unique and unreserved ids, known views, ids and dates. */
import type { Problem } from '../problems/problems';
import { isIsoDate } from '../data/schemas';
import { didYouMean } from '../problems/suggest';
import { VIEW_NAMES, isViewName } from '../geo/named-views';
import { reservedIdReason } from '../story/page-ids';
import { missingHint, type InvalidIds, type StorySteps } from './references';

/** The ids a step may name: places, segments, and anything (places, segments, events, areas). */
export interface KnownIds {
  placeIds: ReadonlySet<string>;
  segmentIds: ReadonlySet<string>;
  anyId: ReadonlySet<string>;
  unnamed?: InvalidIds['unnamed'];
}

/** Checks one story's steps against the data: known view, ids and dates; unique step ids. */
export function checkSteps({ file, steps }: StorySteps, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const stepIds = new Set<string>();
  for (const step of steps) {
    const item = `step "${step.id}"`;
    const at = (field: string, message: string, hint?: string) =>
      problems.push({ file, item, field, message, ...(hint ? { hint } : {}) });
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(step.id))
      at('id', `"${step.id}" must be kebab-case`, 'use lower-case letters, digits and hyphens, e.g. friday-20-october');
    if (stepIds.has(step.id))
      at('id', `"${step.id}" is used by another step`, 'step ids are URL anchors and must be unique');
    stepIds.add(step.id);
    const reserved = reservedIdReason(step.id);
    if (reserved)
      at(
        'id',
        reserved,
        "a step id is the step's web address: choose another, e.g. one that says what the step is about",
      );
    if (step.view !== undefined && !isViewName(step.view)) {
      at(
        'view',
        `"${step.view}" is not a known view`,
        didYouMean(step.view, VIEW_NAMES) ?? `use one of: ${VIEW_NAMES.join(', ')}`,
      );
    }
    if (step.fit) {
      if (step.fit.length === 0) at('fit', 'is empty', 'list at least one place, segment, event or area id');
      for (const id of step.fit)
        if (!known.anyId.has(id))
          at(
            'fit',
            `"${id}" is not a known place, segment, event or area`,
            missingHint(id, known.anyId, known.unnamed),
          );
    }
    const checkList = (field: 'places' | 'segments', ids: ReadonlySet<string>, noun: string) => {
      const list = step[field];
      if (list === 'all') return;
      const unnamed = known.unnamed?.filter((u) => u.item.startsWith(field === 'places' ? 'place ' : 'segment '));
      for (const id of list)
        if (!ids.has(id)) at(field, `"${id}" is not a known ${noun}`, missingHint(id, ids, unnamed));
    };
    checkList('places', known.placeIds, 'place');
    checkList('segments', known.segmentIds, 'corridor segment');
    for (const id of step.highlight)
      if (!known.anyId.has(id))
        at(
          'highlight',
          `"${id}" is not a known place, segment, event or area`,
          missingHint(id, known.anyId, known.unnamed),
        );
    if (step.until !== undefined && !isIsoDate(step.until))
      at('until', `"${step.until}" is not a date written YYYY-MM-DD`, 'e.g. until="2023-10-21"');
  }
  return problems;
}
