/**
 * Scenario files in the browser: download the working scenario as JSON (the `scenarios/` format) and open one
 * chosen or dropped by the user. Opening is strict first: on any problem nothing changes and a notice lists every
 * problem, naming the file and the field, with an offer to open the parts that can be read.
 */
import { currentNoticeWords, localized } from '../../i18n/notice-words';
import { formatFileIssue, scenarioFileName, scenarioFromFile, scenarioToFile } from '../../scenario/file';
import type { Scenario } from '../../scenario/schema';
import { noticeLines, pushNotice } from '../../state/notices-store';
import type { AppStore } from '../../state/store';
import { downloadText } from '../download';

/** Download a scenario as `<id>.json`. */
export function downloadScenario(scenario: Scenario): void {
  downloadText(scenarioToFile(scenario), scenarioFileName(scenario));
}

/** The most problems listed in a notice; the rest are counted. */
const MAX_LISTED = 12;

/** Open a scenario from a file's text into the store (undoable), or explain why not. Returns true if opened. */
export function openScenarioText(store: AppStore, text: string, fileName: string): boolean {
  const strict = scenarioFromFile(text, fileName);
  if (strict.ok) {
    store.getState().loadScenario(strict.scenario);
    if (strict.notices.length)
      pushNotice({
        tone: 'info',
        ...localized(({ file }) => ({
          title: file('opened', { name: fileName }),
          items: noticeLines(strict.notices),
        })),
      });
    return true;
  }
  const lenient = scenarioFromFile(text, fileName, { mode: 'lenient' });
  const lines = strict.issues.map(formatFileIssue);
  // A file that is not a readable scenario at all (not JSON, too large, too deep) has no parts to offer.
  const hasParts = strict.issues.some((issue) => issue.path !== '');
  pushNotice({
    tone: 'error',
    // The problems themselves are the file reader's words; the lines around them are in the page's language.
    ...localized(({ file }) => ({
      title: file('notOpened', { name: fileName }),
      items: [
        ...lines.slice(0, MAX_LISTED),
        ...(lines.length > MAX_LISTED ? [file('more', { count: lines.length - MAX_LISTED })] : []),
        file('unchanged'),
      ],
    })),
    actions: !hasParts
      ? []
      : [
          {
            label: currentNoticeWords().file('openParts'),
            run: () => {
              if (!lenient.ok) return;
              store.getState().loadScenario(lenient.scenario);
              pushNotice({
                tone: 'warning',
                ...localized(({ file }) => ({
                  title: file('openedParts', { name: fileName }),
                  items: noticeLines(lenient.notices),
                })),
              });
            },
          },
        ],
  });
  return false;
}

/** Open a scenario file the user chose or dropped. */
export async function openScenarioFile(store: AppStore, file: File): Promise<boolean> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    pushNotice({
      tone: 'error',
      ...localized(({ file: words }) => ({
        title: words('unreadable', { name: file.name }),
        items: [words('unreadableWhy')],
      })),
    });
    return false;
  }
  return openScenarioText(store, text, file.name);
}
