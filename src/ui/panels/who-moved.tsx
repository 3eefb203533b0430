/**
 * Who moved: the companies whose standing at the as-of quarter changed against the baseline (the preset the
 * scenario was edited from, or the compare scenario) — newly in scope, newly stopped, or released — each with the
 * test and margin that moved it; a name opens the company's explanation. Reads single records, so it works on the
 * page's full index (built once per dataset and assumptions, when the results first stop changing for a moment);
 * the reasons are worked out once the results stop changing, so a slider drag never waits for them.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { indexKeyOf } from '../../data/pipeline';
import { explainMoves, type MoveReason, movesBetween } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import { type ReferenceRun, type Simulation, useFullIndex } from '../../state/use-simulation';
import { moveRows } from './who-moved-model';

/** At most this many companies are listed (and explained); a note counts the rest. */
const MAX_LISTED = 40;
/** Shown before "Show all". */
const FIRST_SHOWN = 8;
/** Work out the reasons this long after the last result (a drag brings a result every frame or two). */
const REASONS_AFTER_MS = 200;

export function WhoMoved(props: { simulation: Simulation; reference: ReferenceRun }) {
  // Rendered after the charts have the new result (a background render React may put off): a slider move never
  // waits for the list.
  const t = useTranslations('whoMoved');
  const format = useFormatter();
  const formatCount = (value: number) => format.number(Math.round(value));
  const simulation = useDeferredValue(props.simulation);
  const reference = useDeferredValue(props.reference);
  const selectCompany = useAppStore((s) => s.selectCompany);
  const working = simulation.output?.request.job;
  const base = reference.output.request.job;
  // Companies are matched one by one only on the same index (same data, assumptions, horizon, records).
  const sameIndex =
    !!working && working.data === base.data && indexKeyOf(working.options) === indexKeyOf(base.options);
  const result = simulation.result;
  // The page's index is built (once) only when the results stop changing for a moment: never in a drag.
  const [quiet, setQuiet] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new result restarts the wait.
  useEffect(() => {
    if (quiet) return;
    const timer = setTimeout(() => setQuiet(true), REASONS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [quiet, result]);
  const index = useFullIndex(simulation, sameIndex && quiet);
  const before = reference.full;
  const moves = useMemo(
    () => (index && result && before && sameIndex ? movesBetween(index, before, result) : null),
    [index, result, before, sameIndex],
  );
  const listed = useMemo(() => moves?.slice(0, MAX_LISTED) ?? [], [moves]);
  const [all, setAll] = useState(false);
  const [reasons, setReasons] = useState<{ for: unknown; list: MoveReason[][] } | null>(null);
  const spec = simulation.spec;
  useEffect(() => {
    if (!index || !spec || !listed.length) return;
    const timer = setTimeout(
      () => setReasons({ for: listed, list: explainMoves(index, base.spec, spec, listed) }),
      REASONS_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [index, spec, base.spec, listed]);
  const rows = useMemo(
    () => moveRows(listed, reasons?.for === listed ? reasons.list : []),
    [listed, reasons],
  );
  const against = reference.against === 'preset' ? 'preset' : 'baseline';
  const asOf = result ? result.quarters[result.historyQuarters - 1] : null;
  if (!sameIndex)
    return (
      <section className="who-moved" aria-labelledby="who-moved-title" data-testid="who-moved">
        <h2 id="who-moved-title">{t('title')}</h2>
        <p className="field-note">{t('notMatched')}</p>
      </section>
    );
  if (!moves) return null;
  const rose = moves.filter((m) => m.to !== m.from && rank(m.to) > rank(m.from)).length;
  return (
    <section className="who-moved" aria-labelledby="who-moved-title" data-testid="who-moved">
      <h2 id="who-moved-title">{t('heading', { against, asOf: asOf ?? '—' })}</h2>
      {moves.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <>
          <p className="field-note" data-testid="who-moved-count">
            {t('count', {
              count: moves.length,
              n: formatCount(moves.length),
              rose: formatCount(rose),
              fell: formatCount(moves.length - rose),
            })}
          </p>
          <ul className="who-moved-list">
            {(all ? rows : rows.slice(0, FIRST_SHOWN)).map((r) => (
              <li key={r.id} className={r.rose ? 'rose' : 'fell'} data-company={r.id}>
                <button type="button" className="link" onClick={() => selectCompany(r.id)}>
                  {r.name}
                </button>{' '}
                <span className="who-moved-change">{r.change}</span>
                {r.reasons.map((text) => (
                  <span key={text} className="who-moved-reason">
                    {text}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          {!all && rows.length > FIRST_SHOWN && (
            <button type="button" onClick={() => setAll(true)} data-testid="who-moved-all">
              {t('showAll', { n: formatCount(rows.length) })}
            </button>
          )}
          {(all || rows.length <= FIRST_SHOWN) && moves.length > listed.length && (
            <p className="field-note">{t('more', { n: formatCount(moves.length - listed.length) })}</p>
          )}
        </>
      )}
    </section>
  );
}

const rank = (s: string) => ['out-of-scope', 'in-scope', 'stopped'].indexOf(s);
