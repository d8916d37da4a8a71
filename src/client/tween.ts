/**
 * Timed animations on elements, driven by requestAnimationFrame: what the live map needs of d3-transition (a fade, a
 * dash drawing in, the camera's move) in a fraction of its weight, since d3-transition brings d3-color, d3-timer and
 * d3-dispatch with it. One animation per element and name: a new one interrupts the old, as d3's transitions do.
 */

/** An animation of one element. */
export interface TweenSpec {
  /** Milliseconds; 0 runs `step(1)` on the next frame. */
  duration: number;
  /** Milliseconds before it starts (an interrupt in the meantime cancels it). */
  delay?: number;
  /** Easing of progress; cubic in-out (d3's default) when absent. */
  ease?: (u: number) => number;
  /** Called on every frame with the eased progress, 0 to 1. */
  step: (u: number) => void;
  /** Called once after `step(1)`. */
  end?: () => void;
  /** Called when the animation is stopped before its end. */
  interrupted?: () => void;
  /** Animations with different names run side by side on one element. */
  name?: string;
}

interface Running {
  spec: TweenSpec;
  /** When it starts (set on its first frame: the frame's time plus its delay). */
  start?: number;
}

const running = new Map<Element, Map<string, Running>>();
/** The one animation frame that steps every running animation (one callback a frame, however many are running). */
let frame = 0;

/** d3's easeCubicInOut. */
export function cubicInOut(u: number): number {
  const t = u * 2;
  return (t <= 1 ? t * t * t : (t - 2) * (t - 2) * (t - 2) + 2) / 2;
}

function forget(el: Element, name: string): void {
  const own = running.get(el);
  own?.delete(name);
  if (own?.size === 0) running.delete(el);
}

/** Steps every running animation to `now`; those that reach their end are forgotten, then told. */
function tick(now: number): void {
  frame = 0;
  const ended: (() => void)[] = [];
  for (const [el, own] of [...running]) {
    for (const [name, r] of [...own]) {
      // Interrupted by an earlier animation's step in this frame.
      if (running.get(el)?.get(name) !== r) continue;
      const { spec } = r;
      r.start ??= now + (spec.delay ?? 0);
      const u = spec.duration > 0 ? Math.min(1, Math.max(0, (now - r.start) / spec.duration)) : 1;
      if (now >= r.start) spec.step((spec.ease ?? cubicInOut)(u));
      if (u < 1 || now < r.start) continue;
      forget(el, name);
      if (spec.end) ended.push(spec.end);
    }
  }
  for (const end of ended) end();
  if (running.size > 0 && frame === 0) frame = requestAnimationFrame(tick);
}

/** Starts an animation of `el`, interrupting the one of the same name. */
export function tween(el: Element, spec: TweenSpec): void {
  const name = spec.name ?? '';
  interrupt(el, name);
  const own = running.get(el) ?? new Map<string, Running>();
  own.set(name, { spec });
  running.set(el, own);
  if (frame === 0) frame = requestAnimationFrame(tick);
}

/** Stops `el`'s animation called `name` (all of them when no name is given) where it is. */
export function interrupt(el: Element, name?: string): void {
  const own = running.get(el);
  if (!own) return;
  for (const [n, r] of [...own]) {
    if (name !== undefined && n !== name) continue;
    forget(el, n);
    r.spec.interrupted?.();
  }
}

/** Stops every animation of `root`'s descendants. */
export function interruptWithin(root: Element): void {
  for (const el of [...running.keys()]) if (el !== root && root.contains(el)) interrupt(el);
}

/** Fades `el`'s opacity attribute from where it is to `to`. */
export function fadeTo(el: Element, to: number, duration: number, delay = 0, end?: () => void): void {
  const from = Number(el.getAttribute('opacity') ?? 1);
  tween(el, {
    duration,
    delay,
    step: (u) => el.setAttribute('opacity', String(Math.round((from + (to - from) * u) * 1000) / 1000)),
    ...(end ? { end } : {}),
  });
}
