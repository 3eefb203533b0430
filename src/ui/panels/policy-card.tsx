/**
 * One measure's card in the policy stack: on/off (named after the measure), effective date, its key levers, and
 * the rest under "More settings"; move, duplicate and remove.
 */
import { memo, useId, useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { useStore } from 'zustand';
import { type ParamValue, type PolicyInstance, templateOf } from '../../engine';
import { localeStore } from '../../i18n/locale-store';
import { useAppStore } from '../../state/use-app-store';
import { ParamControl } from '../controls/param-control';
import { localizedSpec } from '../controls/param-label';
import { formatCount } from '../format';
import { describeMeasure, settingHints } from './measure-description';

interface Props {
  readonly policy: PolicyInstance;
  readonly position: number;
  readonly count: number;
  readonly colour: string;
  /** log10 of every model's training compute, or null until the data's view arrives. */
  readonly modelLogs: readonly number[] | null;
  readonly chipIds: readonly string[];
  /** Companies captured to the data's as-of date and by the end of the horizon, when the measure is on. */
  readonly captured: {
    readonly history: number;
    readonly horizon: number;
    readonly asOf: string;
    readonly end: string;
  } | null;
}

const sameCaptured = (a: Props['captured'], b: Props['captured']) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.history === b.history &&
    a.horizon === b.horizon &&
    a.asOf === b.asOf &&
    a.end === b.end);

/**
 * Props equal but for a fresh `captured` object with the same numbers: the card need not render again (each result
 * brings new objects; a card re-renders every parameter control and help link it holds).
 */
const sameProps = (a: Props, b: Props) =>
  a.policy === b.policy &&
  a.position === b.position &&
  a.count === b.count &&
  a.colour === b.colour &&
  a.modelLogs === b.modelLogs &&
  a.chipIds === b.chipIds &&
  sameCaptured(a.captured, b.captured);

export const PolicyCard = memo(function PolicyCard({
  policy,
  position,
  count,
  colour,
  modelLogs,
  chipIds,
  captured,
}: Props) {
  const id = useId();
  const template = templateOf(policy.template);
  const setParam = useAppStore((s) => s.setParam);
  const setEnabled = useAppStore((s) => s.setEnabled);
  const setEffectiveFrom = useAppStore((s) => s.setEffectiveFrom);
  const setEffectiveTo = useAppStore((s) => s.setEffectiveTo);
  const setTitle = useAppStore((s) => s.setPolicyTitle);
  const move = useAppStore((s) => s.movePolicy);
  const duplicate = useAppStore((s) => s.duplicatePolicy);
  const remove = useAppStore((s) => s.removePolicy);
  const t = useTranslations('measures');
  const messages = useStore(localeStore, (s) => s.messages);
  // The parameters' titles in the reader's language (one object per spec while the language stays, for the memo).
  const specs = useMemo(
    () => new Map(template?.params.map((s) => [s.key, localizedSpec(policy.template, s, messages)])),
    [template, policy.template, messages],
  );
  // One callback per parameter for as long as the card shows this measure: the memoised controls whose value did
  // not change then skip rendering.
  const onChangeOf = useMemo(() => {
    const made = new Map<string, (value: ParamValue) => void>();
    return (key: string) => {
      let onChange = made.get(key);
      if (!onChange) {
        onChange = (value) => setParam(policy.id, key, value);
        made.set(key, onChange);
      }
      return onChange;
    };
  }, [policy.id, setParam]);
  // Written from the current settings ("above 1e23" once the line moved), with hints where settings clash.
  const description = useMemo(() => describeMeasure(policy), [policy]);
  const hints = useMemo(() => settingHints(policy), [policy]);
  if (!template) return null;
  const control = (key: string) => {
    const spec = specs.get(key)!;
    const hint = hints[key];
    // One shape whether or not a hint shows: a hint that appears mid-drag (the line passes the notifiable one) must
    // not remount the control, or the drag, its focus and the values still waiting for a frame are lost.
    return (
      <div key={key} className="param-with-hint">
        <ParamControl
          spec={spec}
          value={policy.params[key] as ParamValue}
          onChange={onChangeOf(key)}
          modelLogs={modelLogs}
          colour={colour}
          chipIds={chipIds}
        />
        {hint && (
          <p className="param-hint" role="note" data-testid={`hint-${policy.id}-${key}`}>
            {hint}
          </p>
        )}
      </div>
    );
  };
  const primary = template.params.filter((s) => s.primary).map((s) => s.key);
  const rest = template.params.filter((s) => !s.primary).map((s) => s.key);
  return (
    <section
      className={`policy-card${policy.enabled ? '' : ' off'}`}
      style={{ '--accent': colour } as React.CSSProperties}
      aria-labelledby={`${id}-title`}
      data-policy={policy.id}
    >
      <header>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={policy.enabled}
            checked={policy.enabled}
            aria-label={policy.title}
            onChange={(e) => setEnabled(policy.id, e.target.checked)}
          />
          <span aria-hidden="true" />
        </label>
        <h3 id={`${id}-title`}>{policy.title}</h3>
        <span className="badge" title={t('jurisdiction')}>
          {policy.jurisdiction}
        </span>
      </header>
      <p className="card-summary">{description}</p>
      {captured && policy.enabled && (
        <p className="card-count">
          <strong>{formatCount(captured.history)}</strong> {t('capturedBy', { asOf: captured.asOf })}{' '}
          <strong>{formatCount(captured.horizon)}</strong> {t('by', { end: captured.end })}
        </p>
      )}
      {/* Its place is kept while the first run goes, so the card does not move when the numbers arrive. */}
      {!captured && policy.enabled && <p className="card-count">{t('counting')}</p>}
      <div className="param">
        <div className="param-head">
          <label htmlFor={`${id}-from`}>{t('effectiveDate')}</label>
        </div>
        <input
          id={`${id}-from`}
          type="date"
          value={policy.effectiveFrom}
          required
          onChange={(e) => e.target.value && setEffectiveFrom(policy.id, e.target.value)}
        />
        <p className="field-note">
          {t('defaultFrom', { date: template.defaultEffectiveFrom, source: template.effectiveFromSource })}
        </p>
      </div>
      {primary.map(control)}
      <details className="more">
        <summary>{t('moreSettings')}</summary>
        <div className="param">
          <label htmlFor={`${id}-name`}>{t('title')}</label>
          <input
            id={`${id}-name`}
            type="text"
            // Re-created when the title changes elsewhere (undo, a link), so it shows the current one.
            key={policy.title}
            defaultValue={policy.title}
            maxLength={200}
            onBlur={(e) => setTitle(policy.id, e.target.value)}
          />
        </div>
        <div className="param">
          <label htmlFor={`${id}-to`}>{t('endsOn')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={policy.effectiveTo ?? ''}
            min={policy.effectiveFrom}
            onChange={(e) => setEffectiveTo(policy.id, e.target.value || null)}
          />
        </div>
        {rest.map(control)}
        <p className="field-note">{t('legalBasis', { basis: template.legalBasis })}</p>
      </details>
      <footer className="card-actions">
        <button
          type="button"
          onClick={() => move(policy.id, -1)}
          disabled={position === 0}
          aria-label={t('moveUp', { title: policy.title })}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => move(policy.id, 1)}
          disabled={position === count - 1}
          aria-label={t('moveDown', { title: policy.title })}
        >
          ↓
        </button>
        <button
          type="button"
          onClick={() => duplicate(policy.id)}
          aria-label={t('duplicateName', { title: policy.title })}
        >
          {t('duplicate')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => remove(policy.id)}
          aria-label={t('removeName', { title: policy.title })}
        >
          {t('remove')}
        </button>
      </footer>
    </section>
  );
}, sameProps);
