/**
 * Chinese names of curated organisations (`nameZh`), shown on Chinese pages in place of the English name. The list
 * is partial on purpose: a name is here only when it is supported, and every entry says how (docs/DATA.md,
 * "Chinese names"):
 *
 * - `data`: companies.csv itself supports it: the pinyin of the Chinese name is in the record's name or aliases
 *   (Moonshot AI "Yuezhi Anmian" = 月之暗面), or a cited source's title writes the name (智谱AI, 壁仞科技);
 * - `common`: the organisation's own Chinese name, the one Chinese official and press usage writes
 *   (docs/TERMINOLOGY.zh-CN.md lists those the translations use: 英伟达, 华为, 月之暗面, 智谱).
 *
 * Every other organisation keeps its English name on Chinese pages.
 */

export interface ChineseName {
  readonly nameZh: string;
  readonly basis: 'data' | 'common';
  /** What supports it. */
  readonly note: string;
}

export const CHINESE_NAMES: Readonly<Record<string, ChineseName>> = {
  alibaba: { nameZh: '阿里巴巴', basis: 'common', note: 'The group’s own name (阿里巴巴集团).' },
  bytedance: { nameZh: '字节跳动', basis: 'common', note: 'The company’s own name.' },
  baidu: { nameZh: '百度', basis: 'common', note: 'The company’s own name.' },
  tencent: { nameZh: '腾讯', basis: 'common', note: 'The company’s own name (腾讯控股).' },
  huawei: { nameZh: '华为', basis: 'common', note: 'The company’s own name; docs/TERMINOLOGY.zh-CN.md.' },
  'zhipu-ai': {
    nameZh: '智谱',
    basis: 'data',
    note: 'A cited source’s title writes 智谱AI (ginlix.ai/news/18290); docs/TERMINOLOGY.zh-CN.md.',
  },
  deepseek: { nameZh: '深度求索', basis: 'common', note: 'The company’s own name (杭州深度求索人工智能).' },
  'moonshot-ai': {
    nameZh: '月之暗面',
    basis: 'data',
    note: 'The record’s name gives the pinyin, Yuezhi Anmian; docs/TERMINOLOGY.zh-CN.md.',
  },
  '01-ai': { nameZh: '零一万物', basis: 'data', note: 'The record’s name gives the pinyin, Lingyi Wanwu.' },
  stepfun: {
    nameZh: '阶跃星辰',
    basis: 'data',
    note: 'The record’s name gives the pinyin, Jieyue Xingchen.',
  },
  modelbest: {
    nameZh: '面壁智能',
    basis: 'data',
    note: 'The record’s name gives the pinyin, Mianbi Intelligence.',
  },
  biren: {
    nameZh: '壁仞科技',
    basis: 'data',
    note: 'A cited source’s title writes 壁仞科技 (ginlix.ai/news/15198).',
  },
  baichuan: {
    nameZh: '百川智能',
    basis: 'data',
    note: 'The record’s name gives the pinyin, Baichuan Intelligence.',
  },
  'ant-group': { nameZh: '蚂蚁集团', basis: 'common', note: 'The company’s own name.' },
  xiaomi: { nameZh: '小米', basis: 'common', note: 'The company’s own name.' },
  kuaishou: { nameZh: '快手', basis: 'common', note: 'The company’s own name.' },
  meituan: { nameZh: '美团', basis: 'common', note: 'The company’s own name.' },
  'jd-com': { nameZh: '京东', basis: 'common', note: 'The company’s own name.' },
  netease: { nameZh: '网易', basis: 'common', note: 'The company’s own name.' },
  iflytek: { nameZh: '科大讯飞', basis: 'common', note: 'The company’s own name.' },
  sensetime: { nameZh: '商汤科技', basis: 'common', note: 'The company’s own name.' },
  'tsinghua-university': { nameZh: '清华大学', basis: 'common', note: 'The university’s own name.' },
  'peking-university': { nameZh: '北京大学', basis: 'common', note: 'The university’s own name.' },
  cas: { nameZh: '中国科学院', basis: 'common', note: 'The academy’s own name.' },
};
