/** What is new in a step's key: the live map's key shows only that until the reader opens the full key. */
/** The keys of step `index` that no earlier step's key had (`legends`: every step's keys): what is new in the step. */
export function newKeys(legends: readonly (readonly string[])[], index: number): string[] {
  const seen = new Set(legends.slice(0, index).flat());
  return (legends[index] ?? []).filter((k) => !seen.has(k));
}
