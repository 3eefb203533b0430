/**
 * Training-compute estimates Epoch AI publishes only in its compute notes, with the numeric column left blank
 * (domain-facts D5/D6: "the 2026 snapshot omits benchmark-imputed estimates"). Each entry names the model as
 * Epoch spells it, the figure, and the exact words of Epoch's notes that state it: the import checks that the
 * words are there and that the column is still blank, so an entry can never outlive its source. The models get
 * `trainingComputeImputed: true`, Epoch's confidence, and a note saying how the figure was reached; the scenario
 * assumption "Count imputed compute estimates" (default on) can treat them as unknown.
 *
 * Left out on purpose: notes that give a bound, not an estimate (Doubao-1.5-pro "likely to be less than
 * 3.132e24"; ERNIE 4.0 "unlikely to be >1e25"), notes that only say a developer "could afford" a 1e25 run
 * (Moonshot-v1, Spark 4.0, abab7, Kling, Seedance …), and mPLUG-Owl2's parts without a total.
 */

export interface ImputedCompute {
  /** The model's name in Epoch's files. */
  readonly model: string;
  readonly flop: number;
  /** Words of Epoch's compute notes that state the figure (checked verbatim by the import). */
  readonly quote: string;
  /** How Epoch reached it, in our words. */
  readonly basis: string;
  /** The method's link as Epoch's notes give it (checked to be in the notes), cited as a source. */
  readonly link?: string;
}

export const IMPUTED_COMPUTE: readonly ImputedCompute[] = [
  {
    model: 'GLM-4-Plus',
    flop: 3.6e25,
    quote: 'Estimated to be 3.6e+25 FLOP using benchmark imputation',
    basis:
      "Epoch's benchmark imputation (compute inferred from benchmark scores; notebook linked in the notes), Epoch confidence Speculative; domain-facts D6",
    link: 'https://colab.research.google.com/drive/1r3pUMhB7Kh0Gls9eG-v_XefWrye9fVQR?usp=sharing',
  },
  {
    model: 'GLM-4 (0116)',
    flop: 1.2e25,
    quote: '200000000000 parameters = 1.2e+25 FLOP with “Likely” confidence (+/- 1 OOM)',
    basis:
      '6 × 10 T tokens (reported) × 200 B parameters (a third-party guess Epoch calls plausible), Epoch confidence Likely, ± 1 order of magnitude; in Epoch’s compute column in its June 2025 snapshot (domain-facts D6)',
  },
  {
    model: 'GLM-4 (0520)',
    flop: 1.2e25,
    quote: '200000000000 parameters = 1.2e+25 FLOPs with “Likely” confidence (+/- 1 OOM)',
    basis:
      '6 × 10 T tokens (reported) × 200 B parameters (a third-party guess Epoch calls plausible), Epoch confidence Likely, ± 1 order of magnitude',
  },
  {
    model: 'GLM-4V-9B',
    flop: 5.4e23,
    quote: '=5.4*10^23 FLOP',
    basis: '6 × 9 B parameters × 10 T tokens (both reported), Epoch confidence Likely',
  },
  {
    model: 'Aquila2 34B',
    flop: 4.08e23,
    quote: '6ND = 6*34000000000*2000000000000=4.08e+23',
    basis: '6 × 34 B parameters × 2 T tokens, Epoch confidence Likely (epochs and data size uncertain)',
  },
];
