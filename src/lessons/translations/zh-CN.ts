/**
 * The lessons' Simplified Chinese words (lessons/zh-CN/), by lesson id. Loaded by the registry only when the page
 * is in Chinese, so an English page never downloads them.
 */
import escalation from '../../../lessons/zh-CN/april-2026-escalation.json';
import chipRule from '../../../lessons/zh-CN/chip-rule-workaround.json';
import computeLine from '../../../lessons/zh-CN/compute-line-over-time.json';
import yard from '../../../lessons/zh-CN/small-yard-large-yard.json';

export const ZH_CN_LESSONS: Readonly<Record<string, unknown>> = {
  'chip-rule-workaround': chipRule,
  'small-yard-large-yard': yard,
  'compute-line-over-time': computeLine,
  'april-2026-escalation': escalation,
};
