/** Fails (exit 1) when a catalogue lacks a key of the English source or a message's arguments differ. */
import { catalogueProblems } from '../../src/i18n/check';
import { en } from '../../src/i18n/messages/en';
import { zhCN } from '../../src/i18n/messages/zh-CN';

const problems = [...catalogueProblems('zh-CN', en, zhCN)];
if (problems.length) {
  console.error(`Message catalogues are incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Message catalogues: complete.');
