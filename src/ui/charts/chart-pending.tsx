/** A chart not drawn yet (below the fold, or waiting for the worker's view of the data): its place is kept. */
import { useTranslations } from 'use-intl';

export function ChartPending({ id, name }: { id: string; name: string }) {
  const t = useTranslations('app');
  return (
    <section className="chart chart-pending" aria-busy="true" aria-label={name} data-chart={id}>
      <p className="loading">{t('pendingChart')}</p>
    </section>
  );
}
