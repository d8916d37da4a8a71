/** What is new in a step's key: the live map's key shows only that until the reader opens the full key. */
/** The keys of step `index` that no earlier step's key had (`legends`: every step's keys): what is new in the step. */
export function newKeys(legends: readonly (readonly string[])[], index: number): string[] {
  const seen = new Set(legends.slice(0, index).flat());
  return (legends[index] ?? []).filter((k) => !seen.has(k));
}

/**
 * How many new entries the compact key shows on a phone (the rest wait in the full key): it sits over the map's top
 * band in portrait, and in a one-row band under a narrow map in landscape.
 */
export const PHONE_KEY_ENTRIES = 2;

/** Screens where the key's band takes as many new entries as fit its row (see updateLegend in indicators.ts). */
export const WIDE_KEY_QUERY = '(min-width: 900px)';

/** The plain town-or-city entry: a dot beside its name explains itself, so it is the last to earn a place. */
const PLAIN_PLACE_KEY = 'place';

/** A step's new keys (`fresh`, among the `shown` ones) in the order they earn a place in a compact key. */
export function keysByNeed(shown: readonly string[], fresh: readonly string[]): string[] {
  const candidates = shown.filter((k) => fresh.includes(k));
  return [...candidates.filter((k) => k !== PLAIN_PLACE_KEY), ...candidates.filter((k) => k === PLAIN_PLACE_KEY)];
}

/** `chosen` keys in the key's own order (`shown`). */
export function inKeyOrder(shown: readonly string[], chosen: readonly string[]): string[] {
  return shown.filter((k) => chosen.includes(k));
}

/**
 * The entries of a compact key that shows at most `max` of a step's new keys (`fresh`), in the key's order among
 * `shown`: the first `max` by need (keysByNeed); the others wait in the full key.
 */
export function compactKeys(shown: readonly string[], fresh: readonly string[], max: number): string[] {
  return inKeyOrder(shown, keysByNeed(shown, fresh).slice(0, max));
}
