/**
 * The Chinese key events are complete: every event, found by its date, has a label, note and source in Chinese,
 * keeping the English figures and citations; and the localized events keep dates, numbers and topics.
 */
import { describe, expect, it } from 'vitest';
import { eventNumber, KEY_EVENTS, MAJOR_EVENTS } from '../../../src/ui/charts/events';
import { KEY_EVENTS_ZH_CN } from '../../../src/ui/charts/events.zh-CN';
import { EVENTS_LOADERS, localizeEvents } from '../../../src/ui/charts/events-locale';
import { fieldProblems } from '../../i18n/translation-check';

describe('key events in Simplified Chinese', () => {
  it('has one event a date, so a date names an event', () => {
    expect(new Set(KEY_EVENTS.map((e) => e.date)).size).toBe(KEY_EVENTS.length);
  });
  it('translates exactly the English events', () => {
    expect(Object.keys(KEY_EVENTS_ZH_CN).sort()).toEqual(KEY_EVENTS.map((e) => e.date).sort());
  });
  it.each(KEY_EVENTS.map((e) => [e.date, e] as const))('%s: label, note and source in Chinese', (date, e) => {
    const zh = KEY_EVENTS_ZH_CN[date];
    expect([
      ...fieldProblems(`${date}.label`, e.label, zh?.label),
      ...fieldProblems(`${date}.note`, e.note, zh?.note),
      ...fieldProblems(`${date}.source`, e.source, zh?.source),
    ]).toEqual([]);
  });
  it('keeps dates, topics, major flags and chart numbers', async () => {
    const zh = await EVENTS_LOADERS['zh-CN']();
    expect(zh.map(({ date, topic, major }) => ({ date, topic, major }))).toEqual(
      KEY_EVENTS.map(({ date, topic, major }) => ({ date, topic, major })),
    );
    expect(zh.map(eventNumber)).toEqual(KEY_EVENTS.map(eventNumber));
    expect(zh.filter((e) => e.major).map((e) => e.label)).toEqual([
      '2022年10月芯片规则',
      '2023年10月芯片规则',
      '对外投资规则',
      '2026年4月升级',
    ]);
    expect(MAJOR_EVENTS).toHaveLength(4);
    expect(await EVENTS_LOADERS.en()).toBe(KEY_EVENTS);
  });
  it('leaves events without a translation in English', () => {
    expect(localizeEvents(KEY_EVENTS, null)).toBe(KEY_EVENTS);
    const one = localizeEvents(KEY_EVENTS, { '2019-05-16': { label: '甲', note: '乙', source: '丙' } });
    expect(one[0]).toEqual({ ...KEY_EVENTS[0], label: '甲', note: '乙', source: '丙' });
    expect(one[1]).toBe(KEY_EVENTS[1]);
  });
});
