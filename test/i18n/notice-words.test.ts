/**
 * Notices made outside React speak the page's language: the pure translator fills the catalogues' `notices`
 * messages, English keeps the exact sentences the app has always shown, and the link notices follow the locale
 * store at the moment they are made.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { localeStore } from '../../src/i18n/locale-store';
import { en } from '../../src/i18n/messages/en';
import { zhCN } from '../../src/i18n/messages/zh-CN';
import {
  currentNoticeWords,
  ENGLISH_NOTICE_WORDS,
  localized,
  noticeWords,
} from '../../src/i18n/notice-words';
import { presetById } from '../../src/scenario/presets';
import type { DecodedStore } from '../../src/scenario/storage';
import { chooseStart, LINK_FAILED_TITLE } from '../../src/state/session';
import { readAddressLink } from '../../src/state/url-sync';

const chinese = noticeWords('zh-CN', zhCN);
const current = presetById('april-2026-escalation')!;
const nothing: DecodedStore = { working: null, saved: [], notices: [] };

afterEach(() => localeStore.setState({ locale: 'en', messages: en }));

describe('noticeWords', () => {
  it('fills English messages exactly as the app wrote them, quotes included', () => {
    const { notice } = ENGLISH_NOTICE_WORDS;
    expect(notice('showingStart', { title: 'Today' })).toBe("Showing the starting preset, 'Today'.");
    expect(notice('droppedMany', { count: 1200 })).toBe('1,200 files were dropped');
    expect(notice('unexpected', { message: 'boom' })).toBe('Yardstick hit an unexpected error: boom.');
  });

  it('writes Chinese with the arguments in place and no English words', () => {
    const { notice } = chinese;
    expect(notice('showingStart', { title: '今天' })).toBe('正在显示初始预设“今天”。');
    expect(notice('droppedMany', { count: 3 })).toBe('拖放了 3 个文件');
    for (const key of Object.keys(zhCN.notices) as (keyof typeof zhCN.notices)[])
      expect(
        asciiWords(notice(key, { count: 2, name: '情景', title: '标题', message: '错误' })),
        key,
      ).toEqual([]);
  });

  it('follows the locale store when a notice is made', () => {
    expect(currentNoticeWords().notice('linkFailed')).toBe(LINK_FAILED_TITLE);
    localeStore.setState({ locale: 'zh-CN', messages: zhCN });
    expect(currentNoticeWords().notice('linkFailed')).toBe('无法打开此链接');
    const none = chooseStart(readAddressLink(`#v=1&d=${'A'.repeat(1 << 20)}`), nothing, current);
    expect(none.notices[0]!.title).toBe('无法打开此链接');
    expect(none.notices[0]!.items[1]).toBe(`正在显示初始预设“${current.title}”。`);
  });

  it('keeps how to write a notice, so one made in English is shown in Chinese once the catalogue loads', () => {
    const made = localized(({ notice }) => ({ title: notice('linkFailed'), items: [notice('stillOpen')] }));
    expect(made.title).toBe(LINK_FAILED_TITLE);
    expect(made.words(chinese)).toEqual({ title: '无法打开此链接', items: ['您正在编辑的情景仍然打开着。'] });
    const start = chooseStart(readAddressLink(`#v=1&d=${'A'.repeat(1 << 20)}`), nothing, current).notices[0]!;
    expect(start.title).toBe(LINK_FAILED_TITLE);
    expect(start.words?.(chinese).items[1]).toBe(`正在显示初始预设“${current.title}”。`);
  });
});
