/**
 * The lesson player: step n of m, the step's words, a question to answer before the reveal (a choice or a
 * number), and the reveal — the engine's number on the data in use, the right choice, what to make of it and
 * where the facts come from. Previous/next load each step's scenario into the app, so the charts follow.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { revealHeadline, type StepReveal } from '../../lessons/reveal';
import { stepScenario } from '../../lessons/runner';
import { isStepScenario } from '../../lessons/scenario';
import type { Lesson, Step } from '../../lessons/schema';
import { useDatasetStore } from '../../state/dataset-store';
import { useAppStore } from '../../state/use-app-store';
import { lessonUrl } from '../../teaching/route';
import { pageEngine } from '../../worker/main-thread-runner';
import { chartById } from '../charts/registry';
import { setAnswerWaiting, showNumbersAnyway, useLessonAnswerHidden } from './lesson-answer';
import { namedChart } from './lesson-chart';
import { exitLesson, openLessonStep } from './lesson-steps';
import { pageBase } from './route-state';
import { TermLink } from './term-link';
import { useGlossary } from './use-glossary';
import { useLesson, useLessonWords } from './use-lessons';

/** The catalogue key of each chart's name, for "Go to the … chart". */
type Prediction = { kind: 'choice'; index: number } | { kind: 'number'; value: number } | null;

function parseGuess(text: string): number {
  const t = text.trim().replace(/[,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function PredictionVerdict({
  step,
  prediction,
  reveal,
}: {
  step: Step;
  prediction: Prediction;
  reveal: StepReveal;
}) {
  const t = useTranslations('player');
  const format = useFormatter();
  if (!prediction) return <p className="verdict">{t('noPrediction')}</p>;
  if (prediction.kind === 'choice' && step.question.kind === 'choice') {
    const picked = step.question.choices[prediction.index]?.label ?? '';
    const right = prediction.index === reveal.choice;
    return (
      <p className={`verdict ${right ? 'right' : 'wrong'}`}>
        {t('predictedChoice', { picked, right: String(right) })}
      </p>
    );
  }
  if (prediction.kind === 'number') {
    const off = prediction.value - reveal.answer.value;
    const amount = format.number(Math.abs(off));
    const words =
      off === 0 ? t('exactlyRight') : off > 0 ? t('tooHigh', { amount }) : t('tooLow', { amount });
    return (
      <p className={`verdict ${off === 0 ? 'right' : 'wrong'}`}>
        {t('guessed', { value: format.number(prediction.value), verdict: words })}
      </p>
    );
  }
  return null;
}

function Question({
  step,
  prediction,
  setPrediction,
  locked,
}: {
  step: Step;
  prediction: Prediction;
  setPrediction: (p: Prediction) => void;
  locked: boolean;
}) {
  const id = useId();
  const t = useTranslations('player');
  const q = step.question;
  if (q.kind === 'choice') {
    return (
      <fieldset className="predict" disabled={locked}>
        <legend>
          <span className="predict-tag">{t('predict')}</span> {q.prompt}
        </legend>
        <div className="choices">
          {q.choices.map((c, i) => (
            <label key={c.label} className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={prediction?.kind === 'choice' && prediction.index === i}
                onChange={() => setPrediction({ kind: 'choice', index: i })}
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset className="predict" disabled={locked}>
      <legend>
        <span className="predict-tag">{t('predict')}</span> {q.prompt}
      </legend>
      <label className="guess">
        {q.unit ? t('yourGuessUnit', { unit: q.unit }) : t('yourGuess')}{' '}
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="guess-input"
          defaultValue={prediction?.kind === 'number' ? String(prediction.value) : ''}
          onChange={(e) => {
            const v = parseGuess(e.target.value);
            setPrediction(Number.isFinite(v) ? { kind: 'number', value: v } : null);
          }}
        />
      </label>
    </fieldset>
  );
}

function RevealPanel({
  step,
  reveal,
  prediction,
}: {
  step: Step;
  reveal: StepReveal;
  prediction: Prediction;
}) {
  const words = useLessonWords();
  const t = useTranslations('player');
  return (
    <div className="reveal" data-testid="lesson-reveal">
      <p className="reveal-answer">
        {t('yardstick')} <strong data-testid="reveal-value">{revealHeadline(step, reveal, words)}</strong>
      </p>
      <PredictionVerdict step={step} prediction={prediction} reveal={reveal} />
      <p className="reveal-text" data-testid="reveal-text">
        {reveal.text}
      </p>
      <details className="reveal-sources">
        <summary>{t('sources')}</summary>
        <ul>
          {step.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/**
 * How long the page keeps a chart in view while it and the charts around it are still being drawn (a chart below
 * the fold loads its code and data only as it nears the screen). Scrolling, a touch or a key ends it sooner.
 */
const HOLD_MS = 8000;

/**
 * Scroll to a chart and put the focus on it, so its drawing reads out with the keyboard. A chart below the fold
 * may still be its stand-in (app.tsx, `Pending`), and the charts above it may still change height as they are
 * drawn: the chart is kept in view while that settles, unless the reader scrolls or types first.
 */
function goToChart(id: string): void {
  const find = () =>
    document.getElementById(`chart-${id}`) ?? document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
  const show = () => {
    const chart = find();
    chart?.scrollIntoView({ block: 'start' });
    chart?.querySelector<SVGElement>('svg[tabindex]')?.focus({ preventScroll: true });
  };
  show();
  const area = document.querySelector('.charts');
  if (!area || typeof ResizeObserver !== 'function') return;
  const observer = new ResizeObserver(show);
  const stop = () => {
    observer.disconnect();
    for (const type of ['wheel', 'touchstart', 'keydown']) window.removeEventListener(type, stop);
  };
  observer.observe(area);
  for (const type of ['wheel', 'touchstart', 'keydown']) window.addEventListener(type, stop, { once: true });
  setTimeout(stop, HOLD_MS);
}

/** Whether the prediction was right: null when there was none. */
function verdictOf(step: Step, prediction: Prediction, reveal: StepReveal): boolean | null {
  if (!prediction) return null;
  if (prediction.kind === 'choice' && step.question.kind === 'choice')
    return prediction.index === reveal.choice;
  if (prediction.kind === 'number') return prediction.value === reveal.answer.value;
  return null;
}

function StepBody({
  lesson,
  stepIndex,
  onRevealed,
}: {
  lesson: Lesson;
  stepIndex: number;
  onRevealed: (step: number, right: boolean | null) => void;
}) {
  const step = lesson.steps[stepIndex]!;
  const t = useTranslations('player');
  const chartNames = useTranslations('charts');
  const { termById } = useGlossary();
  const data = useDatasetStore((s) => s.data);
  const scenario = useAppStore((s) => s.scenario);
  const [prediction, setPrediction] = useState<Prediction>(null);
  const [reveal, setReveal] = useState<StepReveal | string | null>(null);
  const [computing, setComputing] = useState(false);
  const expected = useMemo(() => stepScenario(lesson, stepIndex), [lesson, stepIndex]);
  // Compared without their words: a step opened before its translation loaded is the same step.
  const changed = expected.ok && !isStepScenario(expected.value, scenario);
  const words = useLessonWords();
  const revealRef = useRef<HTMLDivElement>(null);
  const doReveal = async () => {
    if (!expected.ok || computing) return;
    setComputing(true);
    try {
      // On the page's thread, with the data and the indexes the drill-down uses (loaded on the first reveal).
      const runner = await (await pageEngine()).lessonRunnerOf(data);
      const r = runner.reveal(lesson, stepIndex, words);
      setReveal(r.ok ? r.value : t('stepFailedData', { issues: r.issues.map((i) => i.message).join('; ') }));
    } catch (error) {
      setReveal(t('stepFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setComputing(false);
    }
  };
  useEffect(() => {
    if (reveal) revealRef.current?.focus();
  }, [reveal]);
  // The headline numbers would give the answer away: hidden until it is revealed (lesson-answer.ts).
  const stepKey = `${lesson.id}:${stepIndex}`;
  useEffect(() => {
    setAnswerWaiting(stepKey, reveal === null);
    return () => setAnswerWaiting(stepKey, false);
  }, [stepKey, reveal]);
  const hidden = useLessonAnswerHidden();
  const chart = namedChart(step.text.join(' '));
  useEffect(() => {
    if (reveal && typeof reveal !== 'string') onRevealed(stepIndex, verdictOf(step, prediction, reveal));
  }, [reveal, stepIndex, step, prediction, onRevealed]);
  return (
    <>
      <h3 className="step-title">{step.title}</h3>
      {step.text.map((p) => (
        <p key={p} className="step-text">
          {p}
        </p>
      ))}
      {chart && (
        <p className="step-chart">
          <button type="button" className="link" onClick={() => goToChart(chart.id)}>
            {t('goToChart', { chart: chartNames(chartById(chart.id).name) })}
          </button>
        </p>
      )}
      {step.glossary?.length ? (
        <p className="step-terms">
          {t('terms')}{' '}
          {step.glossary.map((t, i) => (
            <span key={t}>
              {i > 0 && ', '}
              <TermLink id={t}>{termById(t)?.term ?? t}</TermLink>
            </span>
          ))}
        </p>
      ) : null}
      <Question step={step} prediction={prediction} setPrediction={setPrediction} locked={reveal !== null} />
      {changed && (
        <p className="field-note lesson-changed" role="note">
          {t('changed')}{' '}
          <button type="button" className="link" onClick={() => openLessonStep(lesson.id, stepIndex)}>
            {t('resetStep')}
          </button>
        </p>
      )}
      {reveal === null ? (
        <>
          <button type="button" className="primary reveal-button" onClick={doReveal} aria-busy={computing}>
            {computing ? t('computing') : prediction ? t('reveal') : t('revealWithout')}
          </button>
          {hidden && (
            <p className="field-note answer-note" data-testid="answer-hidden-note">
              {t('hiddenNote')}{' '}
              <button type="button" className="link" onClick={() => showNumbersAnyway(stepKey)}>
                {t('showNow')}
              </button>
            </p>
          )}
        </>
      ) : (
        <div ref={revealRef} tabIndex={-1} className="reveal-wrap" role="status">
          {typeof reveal === 'string' ? (
            <p className="notice error">{reveal}</p>
          ) : (
            <RevealPanel step={step} reveal={reveal} prediction={prediction} />
          )}
        </div>
      )}
    </>
  );
}

/** The end of a lesson: what its steps covered, how the predictions went, and where to go next. */
function WrapUp({
  lesson,
  verdicts,
  onBack,
}: {
  lesson: Lesson;
  verdicts: ReadonlyMap<number, boolean | null>;
  onBack: () => void;
}) {
  const t = useTranslations('player');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const predicted = [...verdicts.values()].filter((v) => v !== null);
  const right = predicted.filter(Boolean).length;
  return (
    <section
      className="lesson-player lesson-wrap-up"
      aria-labelledby="lesson-title"
      data-testid="lesson-wrap-up"
    >
      <header className="lesson-head">
        <p className="lesson-kicker">
          {t('kicker')} · {t('wrapUp')}
        </p>
        <h2 id="lesson-title" ref={heading} tabIndex={-1}>
          {lesson.title}
        </h2>
      </header>
      <p data-testid="wrap-up-score">
        {predicted.length === 0
          ? t('wrapUpNone')
          : t('wrapUpScore', { predicted: predicted.length, steps: lesson.steps.length, right })}
      </p>
      <p>{t('wrapUpShowed')}</p>
      <ol className="wrap-up-steps">
        {lesson.steps.map((s, i) => (
          <li key={s.title}>
            {s.title}
            {verdicts.get(i) === true
              ? t('predictedRight')
              : verdicts.get(i) === false
                ? t('predictedWrong')
                : ''}
          </li>
        ))}
      </ol>
      <p>{t('wrapUpNext')}</p>
      <nav className="lesson-nav" aria-label={t('lessonEnd')}>
        <button type="button" onClick={onBack}>
          {t('backToLast')}
        </button>
        <button type="button" className="primary" onClick={exitLesson}>
          {t('close')}
        </button>
      </nav>
    </section>
  );
}

/** The lesson being played, above the scenario; nothing when no lesson is open. */
export function LessonPlayer() {
  const active = useAppStore((s) => s.view.lesson);
  const scenarioTitle = useAppStore((s) => s.scenario.title);
  const lesson = useLesson(active?.id);
  const presenting = useAppStore((s) => s.view.mode === 'present');
  const t = useTranslations('player');
  const [copied, setCopied] = useState(false);
  // Each step's verdict (right, wrong, or no prediction) for the wrap-up at the end; kept per lesson.
  const [verdicts, setVerdicts] = useState<{ lesson: string; byStep: ReadonlyMap<number, boolean | null> }>({
    lesson: '',
    byStep: new Map(),
  });
  const [finished, setFinished] = useState<string | null>(null);
  const lessonId = active?.id ?? '';
  const onRevealed = useCallback(
    (step: number, right: boolean | null) =>
      setVerdicts((v) => {
        const byStep = new Map(v.lesson === lessonId ? v.byStep : []);
        byStep.set(step, right);
        return { lesson: lessonId, byStep };
      }),
    [lessonId],
  );
  // When presenting, a presentation clicker (it sends Page Down / Page Up) moves between steps.
  useEffect(() => {
    if (!presenting || !active || !lesson) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      const to = e.key === 'PageDown' ? active.step + 1 : e.key === 'PageUp' ? active.step - 1 : null;
      if (to === null || to < 0 || to >= lesson.steps.length) return;
      e.preventDefault();
      openLessonStep(lesson.id, to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, active, lesson]);
  if (!active || !lesson) return null;
  const n = active.step;
  const m = lesson.steps.length;
  if (finished === lesson.id)
    return (
      <WrapUp
        lesson={lesson}
        verdicts={verdicts.lesson === lesson.id ? verdicts.byStep : new Map()}
        onBack={() => setFinished(null)}
      />
    );
  const link = lessonUrl(pageBase(), lesson.id, n + 1);
  return (
    <section className="lesson-player" aria-labelledby="lesson-title" data-testid="lesson-player">
      <header className="lesson-head">
        <p className="lesson-kicker">
          {t('kicker')} ·{' '}
          <span data-testid="lesson-progress">{t('progress', { step: n + 1, steps: m })}</span>
          <span className="lesson-scenario"> · {t('onScreen', { title: scenarioTitle })}</span>
        </p>
        <h2 id="lesson-title">{lesson.title}</h2>
        <div className="lesson-tools">
          <button
            type="button"
            className="link"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(link);
                setCopied(true);
              } catch {
                window.prompt(t('copyPrompt'), link);
              }
            }}
            title={link}
          >
            {copied ? t('linkCopied') : t('copyLink')}
          </button>
          <button type="button" className="link" onClick={exitLesson}>
            {t('exit')}
          </button>
        </div>
      </header>
      {n === 0 && <p className="lesson-summary">{lesson.summary}</p>}
      {/* A fresh body per step: predictions and reveals never leak from one step to the next. */}
      <StepBody key={`${lesson.id}-${n}`} lesson={lesson} stepIndex={n} onRevealed={onRevealed} />
      <nav className="lesson-nav" aria-label={t('stepsNav')}>
        <button type="button" onClick={() => openLessonStep(lesson.id, n - 1)} disabled={n === 0}>
          {t('previous')}
        </button>
        <ol className="step-dots">
          {lesson.steps.map((s, i) => (
            <li key={s.title}>
              <button
                type="button"
                className={i === n ? 'current' : ''}
                aria-current={i === n ? 'step' : undefined}
                aria-label={t('stepLabel', { step: i + 1, title: s.title })}
                title={t('stepLabel', { step: i + 1, title: s.title })}
                onClick={() => {
                  setCopied(false);
                  openLessonStep(lesson.id, i);
                }}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        {n < m - 1 ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setCopied(false);
              openLessonStep(lesson.id, n + 1);
            }}
          >
            {t('next')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => setFinished(lesson.id)}>
            {t('finish')}
          </button>
        )}
      </nav>
    </section>
  );
}
