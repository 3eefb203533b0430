/**
 * The Scenario menu: the working scenario's title (what a link or file shows its reader), save as, the saved
 * scenarios (open, rename, delete), and files (download as JSON, open one; or drop a file on the page).
 */
import { useId, useRef, useState } from 'react';
import type { SavedScenario } from '../../scenario/storage';
import { cleanName, deleteSaved, renameSaved, saveScenarioAs, useSaved } from '../../state/saved-store';
import { setText } from '../../state/scenario-edits';
import { appStore, useAppStore } from '../../state/use-app-store';
import { downloadScenario, openScenarioFile } from './scenario-files';

function TitleField() {
  const id = useId();
  const title = useAppStore((s) => s.scenario.title);
  const editScenario = useAppStore((s) => s.editScenario);
  const apply = (value: string) => editScenario((s) => setText(s, 'title', value));
  return (
    <div className="param">
      <label htmlFor={`${id}-title`}>Title</label>
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
        onSaved(`${replaces ? 'Replaced' : 'Saved'} '${chosen}' in this browser.`);
      }}
    >
      <label htmlFor={`${id}-name`}>Save as</label>
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
          {replaces ? 'Replace' : 'Save'}
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
              onDone(`Renamed to '${cleanName(name)}'.`);
            }
          }}
        >
          <input
            type="text"
            aria-label={`New name for ${entry.name}`}
            value={name}
            maxLength={100}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this entry.
            autoFocus
            onChange={(e) => setName(e.target.value)}
            aria-invalid={problem !== null}
          />
          <button type="submit">Rename</button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
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
              onDone(`Deleted '${entry.name}'.`);
            }}
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Keep
          </button>
        </span>
      ) : (
        <span className="saved-actions">
          <button
            type="button"
            aria-label={`Open ${entry.name}`}
            onClick={() => {
              loadScenario(entry.scenario);
              onDone(`Opened '${entry.name}'. Undo goes back to what you had.`);
              onOpen();
            }}
          >
            Open
          </button>
          <button type="button" aria-label={`Rename ${entry.name}`} onClick={() => setMode('rename')}>
            Rename
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${entry.name}`}
            onClick={() => setMode('delete')}
          >
            Delete
          </button>
        </span>
      )}
    </li>
  );
}

export function ScenarioMenu() {
  const id = useId();
  const saved = useSaved();
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // Close after opening a scenario, so it (and any notice about it) is in view.
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="menu scenario-menu" ref={menu}>
      <summary>Scenario</summary>
      <div className="menu-body">
        <TitleField />
        <SaveAs onSaved={setStatus} />
        <h2 className="menu-heading">Saved in this browser</h2>
        {saved.length === 0 ? (
          <p className="field-note">Nothing saved yet. Your working scenario is kept automatically.</p>
        ) : (
          <ul className="saved-list" aria-label="Saved scenarios">
            {saved.map((entry) => (
              <SavedRow key={entry.name} entry={entry} onDone={setStatus} onOpen={close} />
            ))}
          </ul>
        )}
        <h2 className="menu-heading">Files</h2>
        <div className="file-row">
          <button type="button" onClick={() => downloadScenario(appStore.getState().scenario)}>
            Download as a file (JSON)
          </button>
        </div>
        <div className="param">
          <label htmlFor={`${id}-open`}>Open a scenario file</label>
          <input
            id={`${id}-open`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              close();
              void openScenarioFile(appStore, file).then((ok) => ok && setStatus(`Opened ${file.name}.`));
            }}
          />
          <p className="field-note">Or drop a scenario file anywhere on the page. Nothing is uploaded.</p>
        </div>
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
