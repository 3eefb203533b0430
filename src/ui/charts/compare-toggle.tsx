/**
 * The "Difference" toggle a time-series chart shows while comparing: both runs, or this scenario minus the
 * baseline. Each chart remembers its own choice for the session.
 */
import { setDifference, useCompare } from '../../state/compare-store';
import { useChartWords } from './chart-words';

/** Whether a chart shows the difference from the baseline. */
export function useDifference(chart: string): boolean {
  return useCompare((s) => s.difference[chart] ?? false);
}

export function DifferenceToggle({ chart }: { chart: string }) {
  const on = useDifference(chart);
  const words = useChartWords();
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={on}
      title={words.t('differenceTitle')}
      onClick={() => setDifference(chart, !on)}
    >
      {words.t('difference')}
    </button>
  );
}
