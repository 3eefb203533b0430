/** The language menu: each language named in itself. Changing it changes words only, never the figures. */
import { useLocale, useTranslations } from 'use-intl';
import { chooseLocale } from '../../i18n/locale-store';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales';

export function LanguageMenu() {
  const t = useTranslations('language');
  const locale = useLocale();
  return (
    <label className="language-menu" title={t('hint')}>
      <span className="sr-only">{t('label')}</span>
      <select
        value={locale}
        aria-label={t('label')}
        data-testid="language-menu"
        onChange={(e) => void chooseLocale(e.currentTarget.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
