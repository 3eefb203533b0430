/**
 * The palette is colour-blind safe (issue 8): colours drawn side by side — the series of the measures with the
 * combined view, the deal outcomes, the deal kinds — stay apart for normal vision and under simulated protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1), measured as CIE76 ΔE in CIELAB.
 * Charts take their colours from `src/ui/styles/tokens.ts`; this test guards those tokens.
 */
import { describe, expect, it } from 'vitest';
import { COMBINED_COLOUR, KIND_COLOURS, OUTCOME_COLOURS, SERIES_COLOURS } from '../../src/ui/styles/tokens';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const VISION: Record<string, Matrix | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16)));

/** The colour as seen with a vision, in CIELAB (D65). */
function seen(hex: string, vision: Matrix | null): [number, number, number] {
  const c = rgb(hex);
  const [r, g, b] = vision
    ? vision.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)))
    : c;
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The closest pair of a set of colours under every vision: [ΔE, vision, a, b]. */
function closest(colours: readonly string[]): [number, string, string, string] {
  let best: [number, string, string, string] = [Number.POSITIVE_INFINITY, '', '', ''];
  for (const [name, matrix] of Object.entries(VISION))
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [seen(colours[i]!, matrix), seen(colours[j]!, matrix)];
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (d < best[0]) best = [d, name, colours[i]!, colours[j]!];
      }
  return best;
}

/** Contrast ratio against white (WCAG). */
const againstWhite = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
};

describe('palette', () => {
  it('keeps every series, and the combined view, apart under each colour-vision deficiency', () => {
    const [d, vision, a, b] = closest([...SERIES_COLOURS, COMBINED_COLOUR]);
    expect(d, `${a} and ${b} under ${vision}`).toBeGreaterThan(12);
  });

  it('keeps the deal outcomes apart, and the deal kinds', () => {
    const [d, vision, a, b] = closest(Object.values(OUTCOME_COLOURS));
    expect(d, `${a} and ${b} under ${vision}`).toBeGreaterThan(8);
    const [k, kv, ka, kb] = closest(Object.values(KIND_COLOURS));
    expect(k, `${ka} and ${kb} under ${kv}`).toBeGreaterThan(12);
  });

  it('uses Okabe–Ito for the first six series', () => {
    expect(SERIES_COLOURS.slice(0, 6)).toEqual([
      '#0072B2',
      '#D55E00',
      '#009E73',
      '#CC79A7',
      '#E69F00',
      '#56B4E9',
    ]);
  });

  it('draws the darker series with at least 3:1 contrast on white (the lighter Okabe–Ito two have data tables)', () => {
    for (const c of SERIES_COLOURS.filter((c) => !['#E69F00', '#56B4E9'].includes(c)))
      expect(againstWhite(c), c).toBeGreaterThanOrEqual(3);
  });
});
