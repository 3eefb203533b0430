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
  /** The Scenario menu (src/ui/panels/scenario-menu.tsx). */
  scenarioMenu: {
    title: 'Title',
    saveAs: 'Save as',
    saved: "{replaced, select, true {Replaced} other {Saved}} ''{name}'' in this browser.",
    replace: 'Replace',
    save: 'Save',
    renamed: "Renamed to ''{name}''.",
    newName: 'New name for {name}',
    rename: 'Rename',
    cancel: 'Cancel',
    deleted: "Deleted ''{name}''.",
    deleteForGood: 'Delete for good',
    keep: 'Keep',
    openNamed: 'Open {name}',
    opened: "Opened ''{name}''. Undo goes back to what you had.",
    open: 'Open',
    renameNamed: 'Rename {name}',
    deleteNamed: 'Delete {name}',
    delete: 'Delete',
    savedHeading: 'Saved in this browser',
    nothingSaved: 'Nothing saved yet. Your working scenario is kept automatically.',
    savedList: 'Saved scenarios',
    files: 'Files',
    download: 'Download as a file (JSON)',
    openFile: 'Open a scenario file',
    openedFile: 'Opened {name}.',
    dropNote: 'Or drop a scenario file anywhere on the page. Nothing is uploaded.',
  },
  /** The Share menu (src/ui/panels/share-menu.tsx). */
  shareMenu: {
    copied: 'Link copied. Paste it anywhere; it opens this exact scenario.',
    selected: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    linkLabel: 'Link to this scenario',
    copy: 'Copy link',
    length:
      '{count, plural, one {# character} other {# characters}}. The whole scenario is in the link: nothing is uploaded, and the address bar always holds it too.',
    long: 'This link is long: chat apps and e-mail may cut it short. Share the scenario as a file instead.',
    download: 'Download the scenario file',
  },
  /** The Data menu, its opening progress and its problems (src/ui/panels/data-menu.tsx). */
  dataMenu: {
    dropZone: 'Drop dataset files here',
    csvSaved: 'Saved {name} ({files}).',
    csvLosses:
      ' {count, plural, one {# value cannot} other {# values cannot}} be written exactly in CSV, e.g. {path}: {message}.',
    fileSeparator: ', ',
    builtIn: 'Built-in dataset',
    yourFiles: '{several, select, true {Your files: {name}} other {Your file: {name}}}',
    counts:
      '<strong>{source}</strong>, as of {asOf}: {companies, plural, one {# organisation} other {# organisations}}, {models, plural, one {# model} other {# models}}, {deals, plural, one {# deal} other {# deals}} ({modeled, number} modeled).',
    sourcedOnly: 'Sourced data only (leave out the modeled population and projection)',
    openOwn:
      'Open your own dataset: one JSON file, or the companies, models, chips and transactions CSV files together (or a .zip of them)',
    dropNote:
      'Or drop the files here. They stay on your computer: nothing is uploaded. Up to {mb, number} MB; the format is in docs/DATA.md.',
    downloadCsv: 'Download this dataset as CSV',
    csvFailed: 'Could not save the CSV files: {error}',
    backToBuiltIn: 'Back to the built-in data',
    stepStarting: 'starting',
    stepRead: 'reading {file}',
    stepReadPercent: 'reading {file} ({percent, number} %)',
    stepParse: 'parsing {file}',
    stepCheck: 'checking every record',
    stepHandOver: 'loading it into the app',
    opening: '<strong>Opening {label}</strong>: {step}… The data in use stays until it is ready.',
    openingLabel: 'Opening {label}',
    cancel: 'Cancel',
    problems:
      '<strong>{from} could not be opened</strong>; the data in use has not changed. {count, plural, one {# problem} other {# problems}}:',
    more: '…and {count, number} more.',
    dismiss: 'Dismiss',
  },
  /** About (src/ui/panels/about.tsx). */
  about: {
    what: '<strong>Yardstick</strong> models the US and Chinese measures on AI as composable policies and shows, quarter by quarter, how many companies and deals each captures. “Small yard, high fence”: Yardstick measures the yard.',
    provenance:
      'Every number traces to a record with its source. Records marked <tag>modeled</tag> come from a seeded generator calibrated to published aggregates, not from deal-level data; the projection beyond the data’s as-of date is modeled too.',
    credit:
      'Model and training-compute data: <link>Epoch AI, ‘Data on AI Models’</link> (CC BY 4.0). Organisation, deal and rule facts: the sources cited on each record.',
    offline:
      'Runs entirely in your browser; works offline once loaded; sends nothing anywhere. This is a scenario tool, not legal advice.',
  },
  /** Undo and redo (src/ui/controls/undo-redo.tsx). */
  undo: {
    undo: 'Undo',
    redo: 'Redo',
    undoTitle: 'Undo the last change ({keys})',
    redoTitle: 'Redo ({keys})',
    redoKeysOther: 'Ctrl+Y or Shift+Ctrl+Z',
  },
  /** The Teach menu and the presentation bar (src/ui/teaching/teach-menu.tsx, present-bar.tsx). */
  teach: {
    lessons: 'Lessons: predict, then reveal',
    lessonSize:
      '{steps, plural, one {# step} other {# steps}} · about {minutes, plural, one {# minute} other {# minutes}}',
    reference: 'Reference',
    glossary: 'Glossary',
    keyDates: 'Key dates',
    show: 'Show',
    present: 'Presentation mode',
    brief: 'One-page brief',
    note: 'Presentation mode enlarges the type and hides the editing controls. The brief is a printable page with the measures, headline numbers, two charts and a QR code of the link.',
    presentation: 'Presentation',
    presenting: 'Presenting',
    exit: 'Exit (Esc)',
  },
  /** Notices under the top bar: their card, the page's file drop, links, the autosave and unexpected errors. */
  notices: {
    showMore: 'Show {count, number} more',
    dismiss: 'Dismiss',
    dismissNamed: 'Dismiss: {title}',
    dropHint:
      "Drop a scenario file (.json) anywhere to open it. Dataset files go on the Data menu's drop zone.",
    droppedMany: '{count, number} files were dropped',
    droppedOne: '{name} was dropped',
    dropOne:
      'Drop one scenario file (.json) to open it. Dataset files (JSON or CSV) are opened from the Data menu.',
    linkRepaired: 'Some of this link could not be read',
    linkFailed: 'This link could not be opened',
    restAsShared: 'Everything else was opened as it was shared.',
    replacedTitle: 'Your earlier work is one Undo away',
    replaced:
      "The link replaced the scenario you were working on (''{title}''). Press Undo (Ctrl+Z) to go back to it, or save the linked one first from the Scenario menu.",
    autosaveUnreadable: 'Some of your autosaved work could not be read',
    showingLinkPreset: "Showing the preset the link starts from, ''{title}''.",
    showingLast: 'Showing the scenario you were working on last.',
    showingStart: "Showing the starting preset, ''{title}''.",
    stillOpen: 'The scenario you were working on is still open.',
    saveFailedTitle: 'Your work could not be saved in this browser',
    saveFailed:
      'The browser refused to store it (its storage may be full or switched off). Download the scenario as a file to keep it.',
    unexpectedTitle: 'Something went wrong',
    unexpected: 'Yardstick hit an unexpected error: {message}.',
    unexpectedKept: 'Your scenario is kept. If something looks wrong, reload the page.',
  },
  /** A panel or the whole app that failed to draw (src/ui/error-boundary.tsx). */
  errors: {
    panelFailed: '<strong>{name}</strong> could not be drawn.',
    panelFailedWhy:
      '<strong>{name}</strong> could not be drawn ({message}). The rest of Yardstick still works.',
    resetNamed: 'Reset this panel: {name}',
    reset: 'Reset this panel',
    appFailed: '<strong>Yardstick stopped working</strong> ({message}).',
    appKept: 'Your work is kept in this browser. Try again, or reload the page.',
    tryAgain: 'Try again',
    reload: 'Reload the page',
  },
  /** The "Who moved" panel's own words (src/ui/panels/who-moved.tsx); the moves and reasons are the engine's. */
  whoMoved: {
    title: 'Who moved',
    notMatched:
      'The baseline reads the data under other assumptions, horizon or records, so its companies are not matched one by one; the cards’ changes compare the totals.',
    heading: 'Who moved against {against, select, preset {the preset} other {the baseline}} at {asOf}',
    none: 'No company’s standing changed: the same companies are in scope, and stopped.',
    count:
      '{count, plural, one {{n} company} other {{n} companies}} changed standing: {rose} newly affected, {fell} less affected. Choose a name to see why.',
    showAll: 'Show all {n}',
    more: '…and {n} more.',
  },
  /** The scenario's heading (src/ui/panels/scenario-intro.tsx). */
  intro: {
    edited: 'Edited',
    fromPreset: 'from the preset ‘{title}’{changes, select, yes {:} other {.}}',
    backToPreset: 'Back to the preset',
    moreChanges: '…and {count} more changes.',
    presetDescription: 'The preset’s description: ',
  },
  /** The measures panel and its cards (src/ui/panels/policy-stack.tsx, policy-card.tsx). */
  measures: {
    heading: 'Measures',
    hide: 'Hide the measures',
    show: 'Show the measures ({on} of {total} on)',
    none: 'No measures: every deal goes ahead. Add one below.',
    jurisdiction: 'Jurisdiction',
    capturedBy: 'companies captured by {asOf};',
    by: 'by {end}',
    counting: 'Counting the companies captured…',
    effectiveDate: 'Effective date',
    defaultFrom: 'Default {date}: {source}',
    moreSettings: 'More settings',
    title: 'Title',
    endsOn: 'Ends on (optional)',
    legalBasis: 'Legal basis: {basis}',
    moveUp: 'Move {title} up',
    moveDown: 'Move {title} down',
    duplicate: 'Duplicate',
    duplicateName: 'Duplicate {title}',
    remove: 'Remove',
    removeName: 'Remove {title}',
  },
  /**
   * Parameter titles, by `<template>:<param>` (the engine's labels stay English; the measures panel maps them here,
   * falling back to the engine's label). Titles only, not the help texts.
   */
  params: {
    'us-outbound:prohibitedComputeFlop': 'Prohibited compute threshold',
    'us-outbound:biologicalComputeFlop': 'Biological-model compute threshold',
    'us-outbound:notifiableComputeFlop': 'Notifiable compute threshold',
    'us-outbound:ownershipThreshold': 'Ownership threshold',
  },
  /** The parameter controls' own words (src/ui/controls). */
  controls: {
    thresholdSlider: '{label} slider (log scale)',
    thresholdTypeError: 'Type a positive number such as 1e25 or 3.5e24',
    thresholdRange: 'Between {min} and {max}',
    modelsCounting: 'Counting the models above this line (total training operations, not a speed)…',
    modelsAbove:
      '{count, plural, one {{n} model} other {{n} models}} above this line (total training operations, not a speed)',
  },
  /** The headline cards (src/ui/panels/summary.tsx) and their rows (src/ui/panels/headline-model.ts). */
  headlines: {
    combined: 'All measures combined',
    inScope: 'Companies in scope at {asOf}',
    inScopeStopped: 'whose deals would be stopped',
    inScopeStoppedLong: 'Companies in scope at {asOf} whose deals would be stopped',
    inScopeReported: 'whose deals would only be reported, licensed or approved',
    inScopeReportedLong:
      'Companies in scope at {asOf} whose deals would only be reported, licensed or approved',
    companies: 'Companies captured to {asOf}',
    stopped: 'Companies with a deal stopped to {asOf}',
    deals: 'Deals captured to {asOf}',
    horizon: 'Companies captured by {end} (with projection)',
    horizonStopped: 'Companies with a deal stopped by {end} (with projection)',
    horizonDeals: 'Deals captured by {end} (with projection)',
    noteCompanies:
      'Captured to {asOf} does not move with the yard: it counts companies with a deal caught to that date, whatever the outcome (one already captured as notifiable stays captured). The companies that moved are caught only when they take a deal.',
    noteStopped:
      'Companies with a deal stopped to {asOf} do not move with the yard: they count deals made to that date, and none changed this count. The companies that moved are stopped only when they take a deal.',
    noChange: 'no change',
    delta: '{signed} vs {against, select, preset {preset} other {compare}}',
    cardLabel: 'Summary: {title}',
    newInBaseline: 'Not in the {against, select, preset {preset} other {compare}}: every number is new.',
    deltaTitle:
      '{label}: {baseline} in the {against, select, preset {preset} other {baseline}}, {value} here',
    yardTitle: 'The yard: companies the measure covers at that date, whether or not a deal has happened',
    capturedTitle: 'Companies with at least one deal the measure caught',
    inScopeAt: 'in scope at {asOf}',
    wouldBeStopped: 'would be stopped',
    onlyReported: 'only reported, licensed or approved',
    capturedTo: 'captured to {asOf}',
    withDealStopped: 'with a deal stopped',
    dealsWord: 'deals',
    known: '({amount} known)',
    byEnd: 'By {end}:',
    captured: 'captured (',
    stoppedParen: 'stopped)',
    withProjection: 'with projection',
    empty: 'No measure is on, so nothing is captured. Switch a measure on or add one.',
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
