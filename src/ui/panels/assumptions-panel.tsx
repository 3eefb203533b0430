/**
 * Scenario-level assumptions: whether imputed compute estimates count, and what drives the modeled projection
 * beyond the data's as-of date.
 */
import { useId } from 'react';
import { useAppStore } from '../../state/use-app-store';
import { ParamHelp } from '../controls/help';

const FIELDS = [
  {
    key: 'computeGrowthPerYear',
    label: 'Compute growth per year',
    unit: '× per year',
    min: 1,
    max: 10,
    step: 0.1,
    help: 'How fast the largest training runs of Chinese developers grow in the projection.',
    clause: 'Projection assumption',
    source: 'Epoch AI: top-10 Chinese LLMs ≈ 3×/yr since late 2021 (domain-facts D5)',
    confidence: 'high',
  },
  {
    key: 'dealVolumeTrendPerYear',
    label: 'Deal volume trend',
    unit: '× per year',
    min: 0.25,
    max: 4,
    step: 0.05,
    help: 'Change per year in the number of projected financing rounds, chip purchases and access flows. 1 keeps the recent level.',
    clause: 'Projection assumption',
    source: 'No published forecast; 1 (flat) is neutral',
    confidence: 'unconfirmed',
  },
  {
    key: 'usShareTrendPerYear',
    label: 'US-participation trend',
    unit: '× per year',
    min: 0.25,
    max: 4,
    step: 0.05,
    help: 'Change per year in the share of projected rounds with a US investor, from the modeled 2025–26 level (≈ 2–3 %).',
    clause: 'Projection assumption',
    source: 'domain-facts D2, D7 (PitchBook ≈ 5 % in 2023–24; assumption after)',
    confidence: 'low',
  },
] as const;

/** Help for "Count imputed compute estimates" (the scenario assumption `countImputedCompute`). */
export const IMPUTED_HELP = {
  key: 'countImputedCompute',
  help: "Some training-compute figures are estimates Epoch AI gives only in its notes, its compute column left blank: GLM-4-Plus (3.6e25 FLOP, by benchmark imputation, 'speculative'), GLM-4 (0116) and (0520) (1.2e25, 'likely' ± 1 order of magnitude), GLM-4V-9B and Aquila2 34B. They are drawn as squares with a dark outline on the models chart. On: they count like any other estimate. Off: they count as unknown (never above a line), as in Epoch's compute column.",
  clause: 'Data assumption: which compute estimates count',
  source:
    "Epoch AI's compute notes (CC BY 4.0); Epoch's own counts above 1e25 include imputed estimates (domain-facts D5, D6). On by default.",
  confidence: 'medium',
} as const;

export function AssumptionsPanel() {
  const id = useId();
  const assumptions = useAppStore((s) => s.scenario.assumptions);
  const setAssumption = useAppStore((s) => s.setAssumption);
  return (
    <details className="assumptions">
      <summary>Assumptions (data and projection)</summary>
      <div className="param param-check">
        <input
          id={`${id}-imputed`}
          type="checkbox"
          checked={assumptions.countImputedCompute}
          onChange={(e) => setAssumption('countImputedCompute', e.target.checked)}
        />
        <label htmlFor={`${id}-imputed`}>Count imputed compute estimates</label>
        <ParamHelp spec={IMPUTED_HELP} label="Count imputed compute estimates" />
      </div>
      <div className="param param-check">
        <input
          id={`${id}-proj`}
          type="checkbox"
          checked={assumptions.projection}
          onChange={(e) => setAssumption('projection', e.target.checked)}
        />
        <label htmlFor={`${id}-proj`}>Project beyond the data (modeled)</label>
      </div>
      {FIELDS.map((f) => (
        <div className="param" key={f.key}>
          <div className="param-head">
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            <ParamHelp spec={f} label={f.label} />
          </div>
          <div className="threshold-row">
            <input
              id={`${id}-${f.key}`}
              type="range"
              min={f.min}
              max={f.max}
              step={f.step}
              value={assumptions[f.key]}
              onChange={(e) => setAssumption(f.key, Number(e.target.value))}
            />
            <output htmlFor={`${id}-${f.key}`}>
              {assumptions[f.key]}
              {f.unit.startsWith('×') ? '×' : ''}/yr
            </output>
          </div>
        </div>
      ))}
      <div className="param">
        <label htmlFor={`${id}-seed`}>Seed</label>
        <input
          id={`${id}-seed`}
          type="number"
          min={0}
          step={1}
          value={assumptions.seed}
          onChange={(e) => e.target.value !== '' && setAssumption('seed', Number(e.target.value))}
        />
        <p className="field-note">
          Decides which deals the seeded draws pick (detection, approval, projection). Same seed, same
          numbers.
        </p>
      </div>
    </details>
  );
}
