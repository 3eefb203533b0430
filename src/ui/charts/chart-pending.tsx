/** A chart not drawn yet (below the fold, or waiting for the worker's view of the data): its place is kept. */
import { useTranslations } from 'use-intl';
import type { Catalogue } from '../../i18n/catalogues';

/** `name` is the chart's name's key in the `charts` catalogue ("models chart", 模型图表). */
export function ChartPending({ id, name }: { id: string; name: keyof Catalogue['charts'] }) {
  const t = useTranslations('app');
  // "Models chart" (a name begins with a capital where the script has one; 模型图表 is unchanged).
  const spoken = useTranslations('charts')(name);
  const label = spoken.charAt(0).toUpperCase() + spoken.slice(1);
  return (
    <section className="chart chart-pending" aria-busy="true" aria-label={label} data-chart={id}>
      <p className="loading">{t('pendingChart')}</p>
    </section>
  );
}
