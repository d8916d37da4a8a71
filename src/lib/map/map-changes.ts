/** What changed on the map between two steps, as one sentence for a screen reader's live region. */
import { fillIn, type LiveWords } from '../i18n/reader-strings';

/** The parts of a map state whose changes are told: events, corridor segments and the view. */
export interface ChangeState {
  events: readonly string[];
  segments: readonly string[];
  bounds: readonly number[];
}

/** Events and segments that appeared or went, and whether the view moved. */
export interface MapChanges {
  added: number;
  removed: number;
  drawn: string[];
  undrawn: string[];
  moved: boolean;
}

const without = (a: readonly string[], b: readonly string[]) => a.filter((id) => !b.includes(id));

/** What differs from `from` to `to` (either may come first in the story). */
export function mapChanges(from: ChangeState, to: ChangeState): MapChanges {
  return {
    added: without(to.events, from.events).length,
    removed: without(from.events, to.events).length,
    drawn: without(to.segments, from.segments),
    undrawn: without(from.segments, to.segments),
    moved: from.bounds.join() !== to.bounds.join(),
  };
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * The announcement for arriving at step `toIndex` from step `fromIndex` (0-based): the map's title, then what changed
 * in the map description's own words ("Since the previous map: 2 new events and the view moves."), or only the title
 * when nothing did. `segmentName` names a corridor segment by id.
 */
export function changeAnnouncement(
  title: string,
  changes: MapChanges,
  fromIndex: number,
  toIndex: number,
  segmentName: (id: string) => string,
  w: LiveWords,
): string {
  const names = (ids: string[]) => joinList(ids.map(segmentName), w.and);
  const parts = [
    changes.added ? fillIn(w.newEvents, { n: changes.added }) : '',
    changes.removed ? fillIn(w.fewerEvents, { n: changes.removed }) : '',
    changes.drawn.length ? fillIn(w.newlyDrawn, { names: names(changes.drawn) }) : '',
    changes.undrawn.length ? fillIn(w.noLongerDrawn, { names: names(changes.undrawn) }) : '',
    changes.moved ? w.viewMoves : '',
  ].filter(Boolean);
  if (!parts.length) return title;
  const since = fromIndex === toIndex - 1 ? w.sincePrevious : w.sinceMap;
  return `${title}. ${fillIn(since, { n: fromIndex + 1, changes: joinList(parts, w.and) })}`;
}
