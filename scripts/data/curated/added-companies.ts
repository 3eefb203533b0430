/**
 * The 18 firms that transactions.csv references but companies.csv lacks (transactions.SOURCE.md §3), with
 * only what the cited transaction sources support: kind, HQ (the rows' company_hq), sectors and, for chip
 * designers, the notifiable `design` tier (the 3A090 tier was not assessed, as for MetaX and Hygon in
 * companies.csv). Valuations come from the dated rounds (added in companies.ts). Nothing else is filled in.
 */
import type { Company } from '../../../src/engine/dataset/schema';
import { TRANSACTIONS_CSV } from './sources';

type Added = Omit<Company, 'provenance' | 'endUses'> & {
  readonly endUses?: Company['endUses'];
  readonly sources: readonly string[];
  readonly confidence: 'high' | 'medium' | 'low';
  /** transactions.csv `company` strings that refer to this firm. */
  readonly transactionNames: readonly string[];
};

const GENERAL = [{ use: 'general', exclusive: false }] as const;

/** The added firms; `transactionNames` maps transactions.csv rows (which have no company_id) to them. */
export const ADDED_COMPANIES: readonly Added[] = [
  {
    id: 'horizon-robotics',
    name: 'Horizon Robotics',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai', 'semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'AI chip developer ("AI-powered chip developer", FutureCar). Listed on HKEX Oct 2024. The 2022 Volkswagen (CARIAD) joint venture is recorded against this company. 3A090 tier not assessed.',
    sources: [
      'https://m.futurecar.com/4347/AI-Powered-Chip-Developer-Horizon-Robotics-Raises-$400-Million-in-Latest-Funding-Round',
      'https://clearygottlieb.com/news-and-insights/news-listing/horizon-robotics-hk5-4-billion-offering-and-primary-listing-in-hong-kong',
    ],
    confidence: 'high',
    transactionNames: ['Horizon Robotics', 'Horizon Robotics (CARIAD JV)'],
  },
  {
    id: '4paradigm',
    name: '4Paradigm (Fourth Paradigm)',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Enterprise AI vendor founded by Huawei veterans, selling to banks (SCMP/Bloomberg, Dec 2018). Listed on HKEX Sep 2023.',
    sources: [
      'https://www.scmp.com/print/tech/enterprises/article/2178625/huawei-veterans-selling-ai-banks-shape-chinas-newest-unicorn',
    ],
    confidence: 'medium',
    transactionNames: ['4Paradigm (Fourth Paradigm)'],
  },
  {
    id: 'ubtech',
    name: 'UBTech Robotics',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    endUses: [
      { use: 'general', exclusive: false },
      { use: 'robotics', exclusive: false },
    ],
    notes: 'Robot maker (SCMP: "maker of Stormtrooper robots"); listed on HKEX Dec 2023.',
    sources: [
      'https://scmp.com/business/article/3246584/ubtech-maker-stormtrooper-robots-gains-hong-kong-trading-debut-after-pricing-final-ipo-2023-lower',
    ],
    confidence: 'high',
    transactionNames: ['UBTech Robotics'],
  },
  {
    id: 'enflame',
    name: 'Enflame Technology',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'High-powered AI chip developer (Voicebot) backed by Tencent (about 23 % in May 2020). 3A090 tier not assessed.',
    sources: [
      'https://voicebot.ai/2021/01/07/tencent-joins-278-5m-funding-round-for-chinese-high-powered-ai-chip-developer-enflame/',
    ],
    confidence: 'medium',
    transactionNames: ['Enflame Technology'],
  },
  {
    id: 'pony-ai',
    name: 'Pony.ai',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Autonomous-driving (robotaxi) developer; listed on Nasdaq Nov 2024 and in Hong Kong Nov 2025. HQ CN as in transactions.csv. Whether its systems count as "control of robotic systems" under 31 CFR 850.217 is not assessed, so no robotics end use is recorded.',
    sources: [
      'https://siliconangle.com/2024/11/27/pony-ai-raises-413m-nasdaq-ipo-shares-close-initial-listing-price',
    ],
    confidence: 'medium',
    transactionNames: ['Pony.ai'],
  },
  {
    id: 'weride',
    name: 'WeRide',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Autonomous-driving developer; Nasdaq listing Oct 2024, Hong Kong Nov 2025. PitchBook lists Nvidia among earlier investors (undated, not recorded as a transaction). Robotics end use not assessed.',
    sources: [
      'https://www.businesstimes.com.sg/startups-tech/startups/chinese-self-driving-startup-weride-files-us119-million-us-ipo',
    ],
    confidence: 'medium',
    transactionNames: ['WeRide'],
  },
  {
    id: 'momenta',
    name: 'Momenta',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Autonomous-driving software developer (SAIC, Toyota, Bosch, GM among investors). Robotics end use not assessed.',
    sources: ['https://www.dealstreetasia.com/stories/momenta-500m-saic-toyota-232623/'],
    confidence: 'medium',
    transactionNames: ['Momenta'],
  },
  {
    id: 'intellifusion',
    name: 'Intellifusion',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai', 'semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'Edge AI chips and facial-recognition systems. The House Select Committee (Jul 2023, via Reuters/Investing.com) said the US "blacklisted" it in 2020; the list and date are not given, so no listing is recorded. STAR-listed (IPO not captured).',
    sources: [
      'https://equalocean.com/analysis/2020040313854',
      'https://investing.com/news/stock-market-news/congressional-panel-probes-us-firms-investments-in-china-3129344',
    ],
    confidence: 'medium',
    transactionNames: ['Intellifusion'],
  },
  {
    id: 'kunlunxin',
    name: 'Kunlunxin (Baidu AI chip unit)',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    parent: 'Baidu (about 59 %)',
    notes:
      'Baidu’s AI chip unit; Baidu holds about 59 % (Reuters, Mar 2021). HK IPO filing reported Jan 2026. 3A090 tier not assessed.',
    sources: [
      'https://www.benzinga.com/news/21/03/20162266/baidus-ai-chip-unit-kunlun-valued-at-2b-in-latest-funding-round-reuters',
    ],
    confidence: 'high',
    transactionNames: ['Kunlunxin (Baidu AI chip unit)'],
  },
  {
    id: 'iluvatar-corex',
    name: 'Shanghai Iluvatar CoreX',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'Chip company listed on HKEX in Jan 2026 (listed among the chip firms of transactions.csv); its products were not assessed here, so the tier is the notifiable `design` and 3A090 was not checked.',
    sources: ['https://www.dealstreetasia.com/?p=468604'],
    confidence: 'medium',
    transactionNames: ['Shanghai Iluvatar CoreX'],
  },
  {
    id: 'black-sesame',
    name: 'Black Sesame Technologies',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'Automotive AI chipmaker backed by Xiaomi (BNN Bloomberg); listed on HKEX Aug 2024 under chapter 18C. 3A090 tier not assessed.',
    sources: [
      'https://bnnbloomberg.ca/business/technology/2024/08/06/xiaomi-backed-ai-chipmaker-black-sesame-prices-hong-kong-ipo-at-bottom-of-range',
    ],
    confidence: 'high',
    transactionNames: ['Black Sesame Technologies'],
  },
  {
    id: 'axera',
    name: 'Axera',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    notes: 'Computer-vision AI chip start-up backed by Meituan and Qiming. 3A090 tier not assessed.',
    sources: [
      'https://manageria.biz/2022/01/17/a-i-chip-start-up-gets-investment-from-meituan-as-more-investments-from-tech-firms-flows-into-semiconductors/',
    ],
    confidence: 'medium',
    transactionNames: ['Axera'],
  },
  {
    id: 'unisound',
    name: 'Unisound (Yunzhisheng)',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Speech-AI company. The only source (a machine-translated summary) calls it "Cloud Voice"; matching it to Unisound is our inference.',
    sources: ['https://reportify.ai/news/1146143905285279744'],
    confidence: 'low',
    transactionNames: ["Unisound ('Cloud Voice')"],
  },
  {
    id: 'xiaoice',
    name: 'Xiaoice (Beijing Hongmian Xiaoice Technology)',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'Chatbot company spun off from Microsoft in Jul 2020; Microsoft kept a stake (size not reported, so no ownership split is recorded).',
    sources: [
      'https://voicebot.ai/2020/07/13/microsoft-spins-out-chinese-chatbot-xiaoice-to-independent-operations/',
    ],
    confidence: 'high',
    transactionNames: ['Xiaoice (Beijing Hongmian Xiaoice Technology)'],
  },
  {
    id: 'magic-ai',
    name: 'Magic AI',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes: 'AI/VR/AR platform; one of nine Chinese firms in Qualcomm’s Nov 2017 China venture announcements.',
    sources: ['https://techcrunch.com/2017/11/15/qualcomm-announces-investment-in-mobike/'],
    confidence: 'medium',
    transactionNames: ['Magic AI'],
  },
  {
    id: 'frontis',
    name: 'Frontis (Zhou Bowen AI start-up)',
    kind: 'company',
    hq: 'CN',
    sectors: ['ai'],
    notes:
      'AI start-up of Zhou Bowen, named as The Information gave it (Apr 2023); identity details not checked.',
    sources: ['https://www.fudzilla.com/news/56681-us-start-ups-give-a-chinese-ai-efforts-a-leg-up'],
    confidence: 'low',
    transactionNames: ['Frontis (Zhou Bowen AI start-up)'],
  },
  {
    id: 'sunrise',
    name: 'Sunrise (SenseTime chip spin-off)',
    kind: 'company',
    hq: 'CN',
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    notes:
      'Inference-GPU developer spun out of SenseTime’s chip unit in late 2024; known from one aggregator. 3A090 tier not assessed.',
    sources: ['https://www.gate.com/de/post/status/18331019'],
    confidence: 'low',
    transactionNames: ['Sunrise (SenseTime chip spin-off)'],
  },
  {
    id: 'huaxintong',
    name: 'Guizhou Huaxintong Semiconductor (Qualcomm JV)',
    kind: 'company',
    hq: 'CN',
    ownership: { CN: 0.55, US: 0.45 },
    sectors: ['semiconductors'],
    semiconductorActivities: ['design'],
    endUses: [],
    notes:
      'Server-chip joint venture: Qualcomm subsidiary 45 %, Guizhou provincial investment arm 55 %; Qualcomm licensed server-chip technology.',
    sources: [
      'https://evertiq.com/design/38492',
      'https://techtimes.com/articles/125177/20160118/qualcomm-tries-to-expand-reach-forms-280-million-joint-venture-in-china.htm',
    ],
    confidence: 'high',
    transactionNames: ['Guizhou Huaxintong Semiconductor (Qualcomm JV)'],
  },
];

/** Build the dataset company of an added firm. */
export function addedCompany(a: Added): Company {
  const { sources, confidence, transactionNames: _names, endUses, ...rest } = a;
  const isChipOnly = !a.sectors.includes('ai');
  return {
    ...rest,
    endUses: endUses ? [...endUses] : isChipOnly ? [] : [...GENERAL],
    provenance: {
      kind: 'sourced',
      sources: [...sources, TRANSACTIONS_CSV],
      confidence,
      notes: 'Added because transactions.csv references it; companies.csv lacks it.',
    },
  };
}
