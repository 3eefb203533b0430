/**
 * The key events in Simplified Chinese, by date (each date has one event): label, note and source as in
 * events.ts. The rules' terms follow docs/TERMINOLOGY.zh-CN.md. Loaded only when the page is in Chinese.
 */
import type { EventsTranslation } from './events-locale';

export const KEY_EVENTS_ZH_CN: EventsTranslation = {
  '2019-05-16': {
    label: '华为被列入清单',
    note: '华为被列入美国实体清单。',
    source: '台湾英文新闻；《大纪元时报》—— domain-facts B1、B4（高）',
  },
  '2022-08-31': {
    label: '“告知函”',
    note: '英伟达披露收到美国“告知函”：A100 和 H100（以及 AMD 的 MI250）出口中国需要许可证，早于任何规则。',
    source: '英伟达 8-K 表格，2022年8月31日（路透社，2022年8月31日 / 9月1日）—— domain-facts B1（中）',
  },
  '2022-10-07': {
    label: '2022年10月芯片规则',
    note: 'BIS 管制先进 AI 芯片（新设 ECCN 3A090）：TPP ≥ 4,800 且互连带宽 ≥ 600 GB/s，两者须同时满足。',
    source: 'BIS 临时最终规则（Thompson Hine；Magstone）—— domain-facts B1、B2（高）',
  },
  '2023-01-17': {
    label: '增列澳门',
    note: 'BIS 将 2022年10月的先进计算管制扩展至澳门（香港此前已被视同中国内地）。',
    source: 'BIS 临时最终规则，88 FR 2821（Steptoe；Thompson Hine，2023年1月）；不在 domain-facts 参考资料中',
  },
  '2023-08-09': {
    label: '第14105号行政令',
    note: '第14105号行政令要求建立对外投资计划；中国内地、香港和澳门为受关注国家。',
    source: '第14105号行政令，88 FR 54867 —— domain-facts A1（高）',
  },
  '2023-10-17': {
    label: '2023年10月芯片规则',
    note: 'BIS 公布新规则：取消互连带宽条件，仅凭 TPP ≥ 4,800 即可管制 A800/H800；性能密度标准覆盖 4,800 以下的数据中心芯片。',
    source: 'BIS 规则，88 FR 73458 —— domain-facts B1、B2（高）',
  },
  '2023-10-23': {
    label: '指定芯片受管制',
    note: '2023年规则立即适用于 A100、A800、H100、H800 和 L40S。',
    source: '英伟达 8-K 表格，2023年10月24日 —— domain-facts B1（高，规则）；8-K 不在参考资料中',
  },
  '2023-11-17': {
    label: '2023年规则生效',
    note: '2023年芯片规则对其余所有芯片生效。',
    source: 'BIS 规则，88 FR 73458 —— domain-facts B1（高）',
  },
  '2024-11-15': {
    label: '对外投资规则公布',
    note: '美国财政部公布对外投资最终规则（31 CFR 850）。',
    source: '89 FR 90398 —— domain-facts A1（高）',
  },
  '2024-12-02': {
    label: 'HBM 规则，140 个实体列名',
    note: 'BIS 管制高带宽存储器（HBM）和更多芯片制造工具，并将 140 个实体列入实体清单。',
    source: '89 FR 96790 —— domain-facts B1（高）',
  },
  '2025-01-02': {
    label: '对外投资规则',
    note: '美国对外投资规则生效，适用于自当日起完成的交易。',
    source: '美国财政部常见问题解答 —— domain-facts A1（高）',
  },
  '2025-01-15': {
    label: 'Zhipu AI 被列入清单',
    note: 'Zhipu AI 和 Sophgo 在约 25 个被列入实体清单的中国实体之列。',
    source: 'DCD；台湾英文新闻 —— domain-facts B1、B4（高）',
  },
  '2025-04-09': {
    label: 'H20 许可证',
    note: '向中国销售英伟达 H20（以及 AMD MI308）自此需要许可证；8月之前未发放任何许可证。',
    source: '英伟达 8-K，经由 Tom’s Hardware —— domain-facts B1（高）',
  },
  '2025-05-13': {
    label: 'AI 扩散规则撤销',
    note: 'AI 扩散规则被撤销；BIS 警告，使用华为昇腾芯片有违反美国管制的风险。',
    source: 'Alston & Bird；Akin —— domain-facts B1（高）',
  },
  '2025-09-29': {
    label: '关联方规则',
    note: '实体清单的限制扩展至由列名方持股至少 50% 的企业。',
    source: 'BIS 临时最终规则 IFR 2025-19001 —— domain-facts B1（高）',
  },
  '2025-11-10': {
    label: '关联方规则暂停',
    note: '根据釜山协议，关联方规则暂停实施一年。',
    source: 'Fenwick；Freshfields；Thompson Hine —— domain-facts B1（高）',
  },
  '2025-12-18': {
    label: 'COINS 法案',
    note: '收录于《2026财年国防授权法案》的 COINS 法案将对外投资计划写入法律并扩大其范围。',
    source: 'Arnold & Porter；Akin；Latham —— domain-facts A7（高）',
  },
  '2025-12-29': {
    label: 'Meta 收购 Manus',
    note: 'Meta 同意收购 Manus——这家智能体初创企业创立于中国，后迁至新加坡。',
    source: '路透社，经由 btw.media；日经 —— domain-facts C4（高）',
  },
  '2026-01-15': {
    label: 'H200 个案审查',
    note: 'BIS 将出口中国的 H200 级芯片由推定拒绝改为个案审查。',
    source: 'Arent Fox Schiff —— domain-facts B1（高）',
  },
  '2026-02-23': {
    label: '蒸馏事件披露',
    note: 'Anthropic 报告 MiniMax、Moonshot AI 和 DeepSeek 对 Claude 进行工业规模的蒸馏。',
    source: 'Anthropic，经由 fintool —— domain-facts C1（高）',
  },
  '2026-04-23': {
    label: '2026年4月升级',
    note: '白宫科技政策办公室（OSTP）发布关于蒸馏的备忘录 NSTM-4（4月23日）；彭博社报道中国对美国资本的审批要求（4月24日）。',
    source: 'Just Security；彭博社，经由摘要转述 —— domain-facts C1（高）、C3（中）',
  },
  '2026-04-27': {
    label: 'Manus 交易被撤销',
    note: '中国发改委依据外商投资安全审查，责令撤销 Meta 收购 Manus 的交易。',
    source: 'Trivium China；《金融时报》—— domain-facts C4（高）',
  },
  '2026-05-22': {
    label: '发改委否认',
    note: '中国发改委表示，从未要求企业拒绝外国投资。',
    source: '36氪 / 《证券时报》—— domain-facts C3（高）',
  },
  '2026-07-01': {
    label: '第837号令生效',
    note: '中国关于对外投资的条例（国务院第837号令）生效，设有安全审查。',
    source: 'Conventus Law —— domain-facts C3（日期：高；细节：中）',
  },
};
