/**
 * Design tokens: a colour-blind-safe palette (Okabe & Ito) and chart sizes. Components take colours from here.
 */

/**
 * Series colours, assigned to measures in order. Okabe–Ito's six colours, then a dark brown and a grey, chosen so
 * that every pair (and the combined view's near-black) stays apart under protanopia, deuteranopia and tritanopia
 * (test/ui/palette.test.ts). (The brown replaced a dark yellow that protanopes could not tell from the vermillion.)
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7A4A00',
  '#6B6B6B',
] as const;

/** The combined view's colour. */
export const COMBINED_COLOUR = '#1a1a1a';

/** Outcome colours: stopped outcomes warm, reviewed outcomes cool, taxed green, excepted grey. */
export const OUTCOME_COLOURS = {
  prohibited: '#B8400B',
  denied: '#D55E00',
  blocked: '#E69F00',
  'licence-required': '#CC79A7',
  'approval-required': '#56B4E9',
  taxed: '#009E73',
  notifiable: '#0072B2',
  excepted: '#A8A8A8',
} as const;

export const KIND_COLOURS = {
  investment: '#0072B2',
  'chip-purchase': '#D55E00',
  'model-access': '#009E73',
} as const;

export const KIND_LABELS = {
  investment: 'Capital (rounds)',
  'chip-purchase': 'Chips (purchases)',
  'model-access': 'Models (access)',
} as const;

export const OUTCOME_LABELS = {
  prohibited: 'Prohibited',
  denied: 'Denied',
  blocked: 'Blocked',
  'licence-required': 'Licence required',
  'approval-required': 'Approval required',
  taxed: 'Taxed',
  notifiable: 'Notifiable',
  excepted: 'Excepted (not counted)',
} as const;

/** Colour of the measure at a position in the stack. */
export function colourOf(position: number): string {
  return SERIES_COLOURS[position % SERIES_COLOURS.length]!;
}
