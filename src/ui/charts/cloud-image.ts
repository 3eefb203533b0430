/**
 * The models chart's cloud as a picture, for datasets with too many models to draw as SVG elements: the same
 * dots (filled, or hollow for modeled ones) drawn once into a canvas at twice the chart's size, one per half
 * pixel and look, and handed to an SVG <image>. Returns null where there is no canvas (the caller draws SVG).
 * `drawPicture` is shared with the threshold strips, which always draw their dots as pictures.
 */
import { onePerPixel } from './pixel-marks';

/** A dot at chart coordinates (the SVG viewBox), hollow when modeled. */
export interface CloudDot {
  readonly cx: number;
  readonly cy: number;
  readonly modeled: boolean;
}

const RESOLUTION = 2;

/**
 * Draw into a `width` × `height` picture at `scale` device pixels per unit and return it as a data URL; null where
 * there is no canvas (the caller draws SVG instead).
 */
export function drawPicture(
  width: number,
  height: number,
  scale: number,
  draw: (context: CanvasRenderingContext2D) => void,
): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext('2d');
  } catch {
    return null;
  }
  if (!context) return null;
  context.scale(scale, scale);
  draw(context);
  return canvas.toDataURL('image/png');
}

/** Return the dots to draw: one per half pixel of the chart and look (filled or hollow). */
export function cloudDots(dots: readonly CloudDot[]): readonly CloudDot[] {
  return onePerPixel(
    dots,
    (d) => (Math.round(d.cx * RESOLUTION) * 4096 + Math.round(d.cy * RESOLUTION)) * 2 + (d.modeled ? 1 : 0),
  );
}

/** Draw the dots into a `width` × `height` picture (a data URL), as the SVG points would look. */
export function cloudImage(
  dots: readonly CloudDot[],
  width: number,
  height: number,
  fill: string,
  stroke: string,
): string | null {
  const drawn = cloudDots(dots);
  return drawPicture(width, height, RESOLUTION, (context) => {
    for (const modeled of [false, true]) {
      context.fillStyle = modeled ? 'white' : fill;
      context.strokeStyle = modeled ? stroke : 'white';
      context.lineWidth = modeled ? 1.2 : 0.6;
      context.beginPath();
      for (const d of drawn) {
        if (d.modeled !== modeled) continue;
        const r = modeled ? 2.6 : 3.4;
        context.moveTo(d.cx + r, d.cy);
        context.arc(d.cx, d.cy, r, 0, 2 * Math.PI);
      }
      context.fill();
      context.stroke();
    }
  });
}
