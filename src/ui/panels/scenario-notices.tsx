/**
 * Notices about links, files and the autosave, under the top bar: a headline, what could not be read in plain
 * words, follow-ups, and a Dismiss button. Text only: titles and messages from links are never read as markup.
 */
import { useTranslations } from 'use-intl';
import { dismissNotice, type ScenarioNotice, useNotices } from '../../state/notices-store';

/** Show at most this many lines of one notice before "show all". */
const FOLDED_LINES = 6;

function NoticeCard({ notice }: { notice: ScenarioNotice }) {
  const t = useTranslations('notices');
  const shown = notice.items.slice(0, FOLDED_LINES);
  const hidden = notice.items.slice(FOLDED_LINES);
  return (
    <div
      className={`notice scenario-notice ${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="scenario-notice"
    >
      <p className="notice-title">
        <strong>{notice.title}</strong>
      </p>
      <ul>
        {shown.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
          <li key={i}>{line}</li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <details className="notice-more">
          <summary>{t('showMore', { count: hidden.length })}</summary>
          <ul>
            {hidden.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="notice-actions">
        {notice.actions?.map((action) => (
          <button
            key={action.label}
            type="button"
            onClick={() => {
              dismissNotice(notice.id);
              action.run();
            }}
          >
            {action.label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => dismissNotice(notice.id)}
          aria-label={t('dismissNamed', { title: notice.title })}
        >
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Every scenario notice, newest last. */
export function ScenarioNotices() {
  const notices = useNotices();
  if (!notices.length) return null;
  return (
    <div className="scenario-notices">
      {notices.map((n) => (
        <NoticeCard key={n.id} notice={n} />
      ))}
    </div>
  );
}
