/** Names in the reader's language: a curated Chinese name on Chinese pages only; the built-in dataset's name. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHINESE_NAMES } from '../../scripts/data/curated/chinese-names';
import { en } from '../../src/i18n/messages/en';
import { zhCN } from '../../src/i18n/messages/zh-CN';
import { companyName, datasetName } from '../../src/ui/company-name';

describe('companyName', () => {
  it('gives the Chinese name on a Chinese page, the English one otherwise or when there is none', () => {
    const moonshot = { name: 'Moonshot AI', nameZh: '月之暗面' };
    expect(companyName(moonshot, 'zh-CN')).toBe('月之暗面');
    expect(companyName(moonshot, 'en')).toBe('Moonshot AI');
    expect(companyName({ name: 'MiniMax' }, 'zh-CN')).toBe('MiniMax');
  });

  it('the built dataset carries every curated Chinese name, on the organisation it names', () => {
    const dataset = JSON.parse(readFileSync('src/data/default/dataset.json', 'utf8')) as {
      companies: { id: string; nameZh?: string }[];
    };
    const built = Object.fromEntries(dataset.companies.filter((c) => c.nameZh).map((c) => [c.id, c.nameZh]));
    expect(built).toEqual(Object.fromEntries(Object.entries(CHINESE_NAMES).map(([id, n]) => [id, n.nameZh])));
    for (const name of Object.values(CHINESE_NAMES)) expect(name.nameZh).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe('datasetName', () => {
  it('names the built-in dataset as the Data menu does on a Chinese page and keeps any other name', () => {
    expect(datasetName('Default', 'zh-CN', zhCN)).toBe(zhCN.dataMenu.builtIn);
    expect(datasetName('Default', 'en', en)).toBe('Default');
    expect(datasetName('My data', 'zh-CN', zhCN)).toBe('My data');
  });
});
