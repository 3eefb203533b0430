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
  charts: {
    companies: 'Companies captured over time',
    companiesName: 'companies chart',
    deals: 'Deals captured over time',
    dealsName: 'deals chart',
    models: 'Models vs compute thresholds',
    modelsName: 'models chart',
    overlap: 'Overlap between measures',
    overlapName: 'overlap chart',
    chips: 'Chips vs the control tests',
    chipsName: 'chips chart',
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
  /** The lesson player's own words (src/ui/teaching/lesson-player.tsx); the lessons' words are in lessons/. */
  player: {
    noPrediction: 'You revealed without predicting.',
    predictedChoice: 'You predicted “{picked}”: {right, select, true {right.} other {not this time.}}',
    exactlyRight: 'exactly right.',
    tooHigh: '{amount} too high.',
    tooLow: '{amount} too low.',
    guessed: 'You guessed {value}: {verdict}',
    predict: 'Predict',
    yourGuess: 'Your guess',
    yourGuessUnit: 'Your guess ({unit})',
    sources: 'Sources',
    stepFailedData:
      'This step could not be computed on the data in use ({issues}). Lessons are written for the built-in dataset.',
    stepFailed: 'This step could not be computed: {error}.',
    goToChart: 'Go to the {chart} ↓',
    terms: 'Terms:',
    changed: 'You have changed this step’s scenario. The reveal is for the step as set.',
    resetStep: 'Reset the step',
    computing: 'Computing…',
    reveal: 'Reveal',
    revealWithout: 'Reveal without predicting',
    hiddenNote: 'The headline numbers are hidden until you reveal the answer.',
    showNow: 'Show them now',
    kicker: 'Lesson',
    wrapUp: 'Wrap-up',
    wrapUpNone: 'You revealed the answers without predicting.',
    wrapUpScore: 'You predicted {predicted} of {steps} steps and got {right} right.',
    wrapUpShowed: 'What the steps showed:',
    predictedRight: ' — predicted right',
    predictedWrong: ' — predicted wrong',
    wrapUpNext:
      'The scenario of the last step stays on screen: move its levers to see what else changes, or open another lesson from the Teach menu.',
    lessonEnd: 'Lesson end',
    backToLast: '← Back to the last step',
    close: 'Close the lesson',
    progress: 'Step {step} of {steps}',
    onScreen: 'On screen: {title}',
    copyPrompt: 'Copy the link to this step:',
    linkCopied: 'Link copied',
    copyLink: 'Copy link to this step',
    exit: 'Exit lesson',
    stepsNav: 'Lesson steps',
    previous: '← Previous',
    next: 'Next →',
    finish: 'Finish',
    stepLabel: 'Step {step}: {title}',
    yardstick: 'Yardstick:',
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
