/**
 * Notices about links, files and the autosave, under the top bar: a headline, what could not be read in plain
 * words, follow-ups, and a Dismiss button. Text only: titles and messages from links are never read as markup.
 */
import { useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { useStore } from 'zustand';
import { localeStore } from '../../i18n/locale-store';
import { type NoticeWords, noticeWords } from '../../i18n/notice-words';
import { dismissNotice, type ScenarioNotice, useNotices } from '../../state/notices-store';

/** Show at most this many lines of one notice before "show all". */
const FOLDED_LINES = 6;

function NoticeCard({ notice, words }: { notice: ScenarioNotice; words: NoticeWords }) {
  const t = useTranslations('notices');
  // A notice made before the page's language loaded, or in another language, is written again in this one.
  const { title, items } = notice.words ? notice.words(words) : notice;
  const shown = items.slice(0, FOLDED_LINES);
  const hidden = items.slice(FOLDED_LINES);
  return (
    <div
      className={`notice scenario-notice ${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="scenario-notice"
    >
      <p className="notice-title">
        <strong>{title}</strong>
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
          aria-label={t('dismissNamed', { title })}
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
  const { locale, messages } = useStore(localeStore);
  const words = useMemo(() => noticeWords(locale, messages), [locale, messages]);
  if (!notices.length) return null;
  return (
    <div className="scenario-notices">
      {notices.map((n) => (
        <NoticeCard key={n.id} notice={n} words={words} />
      ))}
    </div>
  );
}
