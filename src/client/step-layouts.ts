/**
 * The live map's layouts of every step at the current map size: computed once per size, the steps not shown in idle
 * moments, one phase of one step at a time (layoutPhases), so that a step change only applies a layout and no idle
 * moment makes a long task.
 */
import type { LayoutModel } from '../lib/map/map-model';
import { layoutPhases, stepTransform, type MapLayout } from '../lib/map/layout';
import type { Box } from '../lib/map/label-placement';
import type { Padding, Transform } from '../lib/map/projection';
import { runWhenIdle } from './schedule';

/** Idle jobs given to each step's layout, one per call of its layoutPhases (three yields, then the layout). */
const LAYOUT_PHASES = 4;

/** A map size: the viewport, the room kept clear and the boxes over the map. */
export interface MapSize {
  width: number;
  height: number;
  padding: Padding;
  reserved: readonly Box[];
}

/** A step's camera and its layout. */
export interface StepLayout {
  target: Transform;
  layout: MapLayout;
}

/** Every step's layout at the current map size. */
export class StepLayouts {
  private done = new Map<number, StepLayout>();
  /** Layouts under way: each step's camera and its remaining phases. */
  private pending = new Map<number, { target: Transform; phases: Generator<void, MapLayout, void> }>();
  private size = '';

  constructor(private readonly model: LayoutModel) {}

  /** Step `index`'s layout at the current size, if it is computed (it is not computed here). */
  peek(index: number): StepLayout | undefined {
    return this.done.get(index);
  }

  /** Step `index`'s layout at size `o`; a new size starts computing the other steps in idle moments. */
  at(index: number, o: MapSize): StepLayout {
    const size = `${o.width}x${o.height} ${o.padding.top} ${o.padding.right} ${o.padding.bottom} ${o.padding.left}`;
    if (size !== this.size) {
      this.size = size;
      this.done = new Map();
      this.pending = new Map();
      // A step's phases, then its stored layout; given up after a resize, when the new size's are on their way.
      runWhenIdle(
        this.model.states.flatMap((_, i) => Array.from({ length: LAYOUT_PHASES }, () => () => this.advance(i, o))),
        () => size !== this.size,
      );
    }
    for (;;) {
      const entry = this.advance(index, o);
      if (entry) return entry;
    }
  }

  /** Runs the next phase of step `index`'s layout at size `o`; returns the entry once there is one. */
  private advance(index: number, o: MapSize): StepLayout | undefined {
    const done = this.done.get(index);
    if (done) return done;
    let run = this.pending.get(index);
    if (!run) {
      const target = stepTransform(this.model, index, o.width, o.height, o.padding);
      const phases = layoutPhases(this.model, index, target, o.width, o.height, {
        reserved: o.reserved,
        padding: o.padding,
      });
      run = { target, phases };
      this.pending.set(index, run);
    }
    const next = run.phases.next();
    if (!next.done) return undefined;
    const entry = { target: run.target, layout: next.value };
    this.pending.delete(index);
    this.done.set(index, entry);
    return entry;
  }
}
