/**
 * Parameters of the long-tail generator, chosen so the generated population meets the calibration targets
 * in ../calibration/targets.ts. Each says where it comes from; "calibrated" means tuned against a target,
 * "assumption" means no published figure exists and the value is ours.
 */

/** The generator's version, recorded in every modeled record's provenance notes. */
export const GENERATOR_VERSION = 1;

/** The name modeled records cite as their source (the calibration sources are listed in ../calibration/targets.ts and the dataset description). */
export const GENERATOR_SOURCE = 'yardstick-long-tail-v1';

/** One year of the financing-round population (sourced + modeled together). */
export interface YearParams {
  /** Investment rounds into Chinese AI companies in the year (a whole year; 2026 is cut at asOf). */
  readonly deals: number;
  /** Share of those rounds with a US investor, by half-year. */
  readonly usShare: readonly [number, number];
  /** Median round size, USD, of a company's second round (stage 1). */
  readonly medianUsd: number;
  /** Log-scale standard deviation of round size within a stage. */
  readonly sigma: number;
  /** Share of modeled rounds that are a new company's first round. */
  readonly newCompanyShare: number;
}

/**
 * Deal counts: 2015–2021 sum to CSET's 2,299 (shape: rising to 2018, a 2019 dip as in Preqin's all-VC
 * counts, and the 2021 peak of ITJuzi's AI funding value); 2022 and 2023 follow ITJuzi (530 events Jan–Nov
 * 2023, −26 % on 2022); 2024 on are a flat assumption from ITJuzi's 2023 level, tapering (no published count).
 * US shares: 2015–2021 calibrated to CSET's 401 (17 %), higher before the 2019 fall in US VC (Rhodium);
 * 2022 set so the 2023/2022 ratio of US-backed rounds follows S&P's 116/216; 2023 and H1 2024 PitchBook's
 * 4.9 % and 5.0 %; from H2 2024 the 2–3 % of domain-facts D7 (an assumption). Medians: calibrated to
 * PitchBook's USD 15.4 m (2021) and 10.4 m (H1 2024) medians and to CSET's and ITJuzi's totals.
 */
export const YEARS: Readonly<Record<number, YearParams>> = {
  2015: { deals: 180, usShare: [0.22, 0.22], medianUsd: 6e6, sigma: 1.55, newCompanyShare: 0.7 },
  2016: { deals: 230, usShare: [0.22, 0.22], medianUsd: 8e6, sigma: 1.55, newCompanyShare: 0.55 },
  2017: { deals: 290, usShare: [0.21, 0.21], medianUsd: 10e6, sigma: 1.55, newCompanyShare: 0.45 },
  2018: { deals: 320, usShare: [0.2, 0.2], medianUsd: 12e6, sigma: 1.55, newCompanyShare: 0.4 },
  2019: { deals: 240, usShare: [0.14, 0.14], medianUsd: 11e6, sigma: 1.5, newCompanyShare: 0.35 },
  2020: { deals: 300, usShare: [0.15, 0.15], medianUsd: 12e6, sigma: 1.5, newCompanyShare: 0.35 },
  2021: { deals: 739, usShare: [0.14, 0.14], medianUsd: 11e6, sigma: 1.25, newCompanyShare: 0.4 },
  2022: { deals: 700, usShare: [0.075, 0.075], medianUsd: 9e6, sigma: 1.0, newCompanyShare: 0.35 },
  2023: { deals: 578, usShare: [0.049, 0.049], medianUsd: 7.5e6, sigma: 0.85, newCompanyShare: 0.3 },
  2024: { deals: 520, usShare: [0.05, 0.035], medianUsd: 7e6, sigma: 0.85, newCompanyShare: 0.3 },
  2025: { deals: 500, usShare: [0.025, 0.025], medianUsd: 7e6, sigma: 0.85, newCompanyShare: 0.3 },
  2026: { deals: 500, usShare: [0.02, 0.02], medianUsd: 7e6, sigma: 0.85, newCompanyShare: 0.3 },
};

/** Log-size step per funding stage (seed → A → B → C → D+): later rounds are larger. Assumption. */
export const STAGE_STEP = 0.45;
/** Stages beyond this count as the last one. */
export const MAX_STAGE = 4;
/** A company raises again at the earliest this many days after its last round. Assumption. */
export const MIN_DAYS_BETWEEN_ROUNDS = 120;
/** A company with no round for this long stops raising. Assumption. */
export const DORMANT_AFTER_DAYS = 4 * 365;
/** Share of new modeled companies headquartered in Hong Kong (the rest CN). Assumption. */
export const HK_SHARE = 0.05;

/**
 * Which rounds get a US investor: the largest by score = SIZE_WEIGHT·ln(amount) + PRIOR_US_BONUS·(company
 * already has US capital) + Gumbel noise. Calibrated: the size weight to CSET's 37 % of value in US-involved
 * rounds, the bonus to CSET's 251 companies for 401 rounds.
 */
export const US_SIZE_WEIGHT = 0.55;
export const US_PRIOR_BONUS = 1.3;

/** Pools of modeled investors. Calibrated: Zipf over US_POOL names to CSET's 167 active US investors. */
export const US_POOL = 230;
export const US_ZIPF = 0.75;
export const CN_POOL = 900;
/** Countries of non-US foreign investors, in CSET's "other" remainder. Assumption. */
export const FOREIGN_COUNTRIES = ['SG', 'JP', 'KR', 'GB', 'DE', 'FR', 'AE', 'SA'] as const;
/** Share of non-US rounds with a non-Chinese investor. Calibrated to CSET's 92 % Chinese-only. */
export const FOREIGN_SHARE = 0.08;

/** Modeled chip purchases: a round of at least this size is followed by a purchase with this probability. */
export const CHIP_MIN_ROUND_USD = 30e6;
export const CHIP_PURCHASE_PROBABILITY = 0.12;
/** Median and spread of units in a modeled purchase. Assumption (sourced purchases run 128–10,000 units). */
export const CHIP_UNITS_MEDIAN = 256;
export const CHIP_UNITS_SIGMA = 1.0;

/** Modeled access flows per quarter from 2023 on, and their size. Assumption (no published aggregate). */
export const FLOWS_PER_QUARTER = 3;
export const FLOW_EXCHANGES_MEDIAN = 30_000;
export const FLOW_EXCHANGES_SIGMA = 1.5;
