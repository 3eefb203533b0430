/**
 * English, the source catalogue: every user-visible string of the parts of the app that read catalogues. Keys are
 * grouped by where they appear. Messages are ICU MessageFormat (plurals, selects, numbers); other catalogues must
 * have every key with the same arguments (test/i18n/catalogues.test.ts and `npm run build`'s check).
 */
export const en = {
  app: {
    tagline: 'How much of the yard does each fence enclose?',
    runningFirst: 'Running the scenario on the built-in dataset…',
    pendingChart: 'Loading the data for this chart…',
    runFailed:
      'The scenario could not be run ({failure}). Open another dataset from the Data menu, or reload the page.',
    statusLive: 'Data: {name}, as of {asOf}. Run in {ms} ms in your browser.',
    statusPrecomputed:
      'Precomputed for this preset on the built-in dataset; the live run in your browser follows.',
    modelCredit: 'Model data: Epoch AI, ‘Data on AI Models’ (CC BY 4.0).',
    scenarioRegion: 'Scenario',
  },
  menus: {
    scenario: 'Scenario',
    share: 'Share',
    compare: 'Compare',
    data: 'Data',
    teach: 'Teach',
    about: 'About',
  },
  language: {
    label: 'Language',
    hint: 'The figures are the same in every language; a shared link opens in the reader’s own language unless it carries lang.',
  },
  glossary: {
    findLabel: 'Find a term',
    findPlaceholder: 'e.g. TPP, notifiable, FLOP',
    count:
      '{shown} of {total} terms. Facts come from the project’s domain-facts reference, with its confidence tags.',
    inYardstick: 'In Yardstick',
    source: 'Source: {source}',
    seeAlso: 'See also:',
    listSeparator: ', ',
    basisHigh: 'confidence high',
    basisMedium: 'confidence medium',
    basisLow: 'confidence low',
    basisUnconfirmed: 'unconfirmed',
    basisMethod: 'Yardstick’s method',
  },
  reference: {
    glossary: 'Glossary',
    keyDates: 'Key dates',
    close: 'Close',
    closeGlossary: 'Close the glossary',
    closeKeyDates: 'Close the key dates',
    contents: '{title}: contents',
    timelineIntro:
      'The dates marked on every time axis. Numbered ones are labelled on the charts; hover or focus any marker there to read its note.',
    source: 'Source: {source}',
    topicChips: 'Chips',
    topicCapital: 'Capital',
    topicModels: 'Models',
    topicChina: 'China',
  },
  /** Words the lesson modules write around computed numbers (src/lessons/reveal.ts). */
  lessons: {
    yes: 'yes',
    no: 'no',
    usd: 'USD {amount}',
    headline: '{count, plural, =1 {{value} {unitOne}} other {{value} {unit}}}',
  },
} as const;

/** A catalogue: the source's keys, each a string. */
export type Catalogue = { readonly [K in keyof typeof en]: { readonly [M in keyof (typeof en)[K]]: string } };
