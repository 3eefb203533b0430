/**
 * Names in the reader's language. A curated organisation with a public Chinese name (`nameZh`, docs/DATA.md,
 * "Chinese names") is shown by it on Chinese pages; every other one, and every name on English pages, is the
 * dataset's own. The built-in dataset, named "Default" in its file, is called what the Data menu calls it.
 */
import { type Locale, SOURCE_LOCALE } from '../i18n/locales';
import type { Catalogue } from '../i18n/messages/en';

/** An organisation's name for a reader: its Chinese name on a Chinese page where it has one. */
export function companyName(
  company: { readonly name: string; readonly nameZh?: string | undefined },
  locale: Locale,
): string {
  return locale === 'zh-CN' && company.nameZh ? company.nameZh : company.name;
}

/** The name of the built-in dataset in its file. */
const BUILT_IN_NAME = 'Default';

/** A dataset's name for a reader: the built-in one is "内置数据集" on a Chinese page; others keep their own. */
export function datasetName(name: string, locale: Locale, messages: Catalogue): string {
  return locale !== SOURCE_LOCALE && name === BUILT_IN_NAME ? messages.dataMenu.builtIn : name;
}
