/**
 * The catalogues by locale. English is in the first chunk; the others load when chosen, so an English page pays
 * nothing for them.
 */

import type { Locale } from './locales';
import { type Catalogue, en } from './messages/en';

const loaders: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  en: async () => en,
  'zh-CN': () => import('./messages/zh-CN').then((m) => m.zhCN),
};

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return loaders[locale]();
}

export type { Catalogue };
export { en as sourceCatalogue };
