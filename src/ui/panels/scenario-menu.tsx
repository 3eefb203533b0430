/**
 * The Scenario menu: the working scenario's title (what a link or file shows its reader), save as, the saved
 * scenarios (open, rename, delete), and files (download as JSON, open one; or drop a file on the page).
 */
import { useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { SavedScenario } from '../../scenario/storage';
import { cleanName, deleteSaved, renameSaved, saveScenarioAs, useSaved } from '../../state/saved-store';
import { setText } from '../../state/scenario-edits';
import { appStore, useAppStore } from '../../state/use-app-store';
import { downloadScenario, openScenarioFile } from './scenario-files';

function TitleField() {
  const id = useId();
  const t = useTranslations('scenarioMenu');
  const title = useAppStore((s) => s.scenario.title);
  const editScenario = useAppStore((s) => s.editScenario);
  const apply = (value: string) => editScenario((s) => setText(s, 'title', value));
  return (
    <div className="param">
      <label htmlFor={`${id}-title`}>{t('title')}</label>
      <input
        // Re-created when the title changes elsewhere (undo, a link, a file), so it always shows the current one.
        key={title}
        id={`${id}-title`}
        type="text"
        defaultValue={title}
        maxLength={200}
        onBlur={(e) => apply(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && apply(e.currentTarget.value)}
      />
    </div>
  );
}

function SaveAs({ onSaved }: { onSaved: (text: string) => void }) {
  const id = useId();
  const t = useTranslations('scenarioMenu');
  const saved = useSaved();
  const title = useAppStore((s) => s.scenario.title);
  const [name, setName] = useState('');
  const chosen = cleanName(name || title);
  const replaces = saved.some((s) => s.name === chosen);
  return (
    <form
      className="save-as"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        saveScenarioAs(chosen, appStore.getState().scenario);
        setName('');
        onSaved(t('saved', { replaced: String(replaces), name: chosen }));
      }}
    >
      <label htmlFor={`${id}-name`}>{t('saveAs')}</label>
      <div className="share-row">
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          placeholder={title}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary">
          {replaces ? t('replace') : t('save')}
        </button>
      </div>
    </form>
  );
}

function SavedRow({
  entry,
  onDone,
  onOpen,
}: {
  entry: SavedScenario;
  onDone: (text: string) => void;
  /** Called after the entry is opened (the menu closes, so the scenario is in view). */
  onOpen: () => void;
}) {
  const t = useTranslations('scenarioMenu');
  const loadScenario = useAppStore((s) => s.loadScenario);
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(entry.name);
  const [problem, setProblem] = useState<string | null>(null);
  if (mode === 'rename')
    return (
      <li>
        <form
          className="saved-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const trouble = renameSaved(entry.name, name);
            setProblem(trouble);
            if (!trouble) {
              setMode('idle');
              onDone(t('renamed', { name: cleanName(name) }));
            }
          }}
        >
          <input
            type="text"
            aria-label={t('newName', { name: entry.name })}
            value={name}
            maxLength={100}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this entry.
            autoFocus
            onChange={(e) => setName(e.target.value)}
            aria-invalid={problem !== null}
          />
          <button type="submit">{t('rename')}</button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('cancel')}
          </button>
        </form>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </li>
    );
  return (
    <li>
      <span className="saved-name" title={entry.scenario.title}>
        {entry.name}
      </span>
      {mode === 'delete' ? (
        <span className="saved-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              deleteSaved(entry.name);
              onDone(t('deleted', { name: entry.name }));
            }}
          >
            {t('deleteForGood')}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('keep')}
          </button>
        </span>
      ) : (
        <span className="saved-actions">
          <button
            type="button"
            aria-label={t('openNamed', { name: entry.name })}
            onClick={() => {
              loadScenario(entry.scenario);
              onDone(t('opened', { name: entry.name }));
              onOpen();
            }}
          >
            {t('open')}
          </button>
          <button
            type="button"
            aria-label={t('renameNamed', { name: entry.name })}
            onClick={() => setMode('rename')}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            className="danger"
            aria-label={t('deleteNamed', { name: entry.name })}
            onClick={() => setMode('delete')}
          >
            {t('delete')}
          </button>
        </span>
      )}
    </li>
  );
}

export function ScenarioMenu() {
  const id = useId();
  const t = useTranslations('scenarioMenu');
  const menus = useTranslations('menus');
  const saved = useSaved();
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // Close after opening a scenario, so it (and any notice about it) is in view.
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="menu scenario-menu" ref={menu}>
      <summary>{menus('scenario')}</summary>
      <div className="menu-body">
        <TitleField />
        <SaveAs onSaved={setStatus} />
        <h2 className="menu-heading">{t('savedHeading')}</h2>
        {saved.length === 0 ? (
          <p className="field-note">{t('nothingSaved')}</p>
        ) : (
          <ul className="saved-list" aria-label={t('savedList')}>
            {saved.map((entry) => (
              <SavedRow key={entry.name} entry={entry} onDone={setStatus} onOpen={close} />
            ))}
          </ul>
        )}
        <h2 className="menu-heading">{t('files')}</h2>
        <div className="file-row">
          <button type="button" onClick={() => downloadScenario(appStore.getState().scenario)}>
            {t('download')}
          </button>
        </div>
        <div className="param">
          <label htmlFor={`${id}-open`}>{t('openFile')}</label>
          <input
            id={`${id}-open`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              close();
              void openScenarioFile(appStore, file).then(
                (ok) => ok && setStatus(t('openedFile', { name: file.name })),
              );
            }}
          />
          <p className="field-note">{t('dropNote')}</p>
        </div>
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
