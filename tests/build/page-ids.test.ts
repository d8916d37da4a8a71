import { describe, it, expect, beforeAll } from 'vitest';
import { defaultBuild, readBuilt } from '../helpers/build-site';
import { reservedIdReason } from '../../src/lib/story/page-ids';

/** Every id in a built page, and the step ids among them. */
function ids(html: string): { all: string[]; steps: string[] } {
  return {
    all: [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!),
    steps: [...html.matchAll(/<section class="step" id="([^"]*)"/g)].map((m) => m[1]!),
  };
}

describe('the ids of a story page', () => {
  let out: string;
  beforeAll(() => {
    out = defaultBuild();
  });

  it.each(['index.html', 'rail-corridor/index.html'])(
    "in %s every id is a step's or one the page reserves, and none is used twice",
    (file) => {
      const { all, steps } = ids(readBuilt(out, file));
      expect(steps.length).toBeGreaterThan(3);
      // Every id the page makes itself is in src/lib/story/page-ids.ts, so the check that keeps step ids off them is complete.
      expect(all.filter((id) => !steps.includes(id) && reservedIdReason(id) === undefined)).toEqual([]);
      // A step id is never one of those.
      expect(steps.filter((id) => reservedIdReason(id) !== undefined)).toEqual([]);
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    },
  );
});
