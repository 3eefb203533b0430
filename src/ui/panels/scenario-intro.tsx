/**
 * The scenario's heading and description; once the scenario differs from the preset it started from, a line
 * says so ("Edited from the preset '…'") and lists what changed, in the compare summary's words.
 */
import { memo, useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { originOf } from '../../scenario/edited';
import { useAppStore } from '../../state/use-app-store';
import { scenarioDifferences } from './compare-text';

/** At most this many changes are listed; a note counts the rest. */
const MAX_CHANGES = 4;

export const ScenarioIntro = memo(function ScenarioIntro() {
  const t = useTranslations('intro');
  const region = useTranslations('app');
  const scenario = useAppStore((s) => s.scenario);
  const loadPreset = useAppStore((s) => s.loadPreset);
  const origin = useMemo(() => originOf(scenario), [scenario]);
  const changes = useMemo(
    () => (origin.edited && origin.preset ? scenarioDifferences(origin.preset, scenario) : []),
    [origin, scenario],
  );
  const preset = origin.edited ? origin.preset : null;
  return (
    <section className="intro" aria-label={region('scenarioRegion')}>
      <h2>{scenario.title}</h2>
      {preset && (
        <div className="edited-from" data-testid="edited-from">
          <span className="edited-tag">{t('edited')}</span>{' '}
          {t('fromPreset', { title: preset.title, changes: changes.length > 0 ? 'yes' : 'no' })}{' '}
          <button type="button" onClick={() => loadPreset(preset.id)}>
            {t('backToPreset')}
          </button>
          {changes.length > 0 && (
            <ul>
              {changes.slice(0, MAX_CHANGES).map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional (the same text may repeat).
                <li key={i}>{c.text}</li>
              ))}
              {changes.length > MAX_CHANGES && (
                <li>{t('moreChanges', { count: changes.length - MAX_CHANGES })}</li>
              )}
            </ul>
          )}
        </div>
      )}
      <p>
        {preset && scenario.description === preset.description && (
          <span className="preset-description">{t('presetDescription')}</span>
        )}
        {scenario.description}
      </p>
    </section>
  );
});
