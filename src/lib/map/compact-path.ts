/** SVG path data with relative, whole-unit coordinates: the same shapes as d3's geoPath in far fewer bytes. */
import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/** A d3-geo path context that writes `M x y l dx dy …z`, rounding absolute positions so errors never add up. */
class CompactContext {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private inRun = false;

  moveTo(px: number, py: number): void {
    const x = Math.round(px);
    const y = Math.round(py);
    this.out.push(`M${x} ${y}`);
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.inRun = false;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px);
    const y = Math.round(py);
    const dx = x - this.x;
    const dy = y - this.y;
    if (dx === 0 && dy === 0) return; // rounding made the point coincide with the last one
    // After "l", further pairs are implicit line-tos; a minus sign is its own separator.
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.out.push(this.inRun ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`);
    this.inRun = true;
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.out.push('z');
    this.x = this.startX;
    this.y = this.startY;
    this.inRun = false;
  }

  arc(): void {
    // Points are never drawn as base-map paths.
  }

  result(): string {
    const s = this.out.join('');
    this.out = [];
    return s;
  }
}

/** Path data for a GeoJSON object under `projection`, in whole projected units and relative commands. */
export function compactPath(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects): string {
  const context = new CompactContext();
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.result();
}
