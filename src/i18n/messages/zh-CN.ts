/**
 * Simplified Chinese. Terms of the rules follow the forms in docs/TERMINOLOGY.zh-CN.md (Chinese official and press
 * usage); a key missing here fails the type check and the build.
 */
import type { Catalogue } from './en';

export const zhCN: Catalogue = {
  app: {
    tagline: '每道“高墙”圈住了多大的“小院”？',
    runningFirst: '正在用内置数据集运行情景……',
    pendingChart: '正在加载此图表的数据……',
    runFailed: '无法运行该情景（{failure}）。请从“数据”菜单打开其他数据集，或重新加载页面。',
    statusLive: '数据：{name}，截至 {asOf}。在您的浏览器中运行，用时 {ms} 毫秒。',
    statusPrecomputed: '此预设的结果已在内置数据集上预先计算；您浏览器中的实时运行随后进行。',
    modelCredit: '模型数据：Epoch AI，《AI 模型数据》（CC BY 4.0）。',
    scenarioRegion: '情景',
  },
  menus: {
    scenario: '情景',
    share: '分享',
    compare: '比较',
    data: '数据',
    teach: '教学',
    about: '关于',
  },
  language: {
    label: '语言',
    hint: '各语言显示的数字完全相同；分享的链接会以读者自己的语言打开，除非链接带有 lang 参数。',
  },
  glossary: {
    findLabel: '查找术语',
    findPlaceholder: '例如 TPP、须申报、FLOP',
    count:
      '共 {total} 个术语，当前显示 {shown} 个。事实均来自本项目的 domain-facts 参考资料，并附其可信度标签。',
    inYardstick: '在 Yardstick 中',
    source: '来源：{source}',
    seeAlso: '另见：',
    listSeparator: '、',
    basisHigh: '可信度：高',
    basisMedium: '可信度：中',
    basisLow: '可信度：低',
    basisUnconfirmed: '未确认',
    basisMethod: 'Yardstick 的方法',
  },
  reference: {
    glossary: '术语表',
    keyDates: '关键日期',
    close: '关闭',
    closeGlossary: '关闭术语表',
    closeKeyDates: '关闭关键日期',
    contents: '{title}：内容',
    timelineIntro:
      '各时间轴上标出的日期。带编号的日期在图表上有标注；将鼠标悬停在图表上的任一标记上或使其获得焦点，即可阅读其说明。',
    source: '来源：{source}',
    topicChips: '芯片',
    topicCapital: '资本',
    topicModels: '模型',
    topicChina: '中国',
  },
  lessons: {
    yes: '是',
    no: '否',
    usd: '{amount}美元',
    // Chinese has no plural forms: the one-form is the same unit, kept so the arguments match the source.
    headline: '{count, plural, =1 {{value} {unitOne}} other {{value} {unit}}}',
  },
};
