/**
 * The Compare menu: choose a baseline (a preset, a saved scenario, or a pasted link) to run beside the working
 * scenario, or stop comparing. Charts then draw the baseline in grey and can show the difference.
 */
import { useId, useRef, useState } from 'react';
import { decodeLink } from '../../scenario/link';
import { presetById, presets } from '../../scenario/presets';
import { setBaseline, useCompare } from '../../state/compare-store';
import { noticeLines, pushNotice } from '../../state/notices-store';
import { useSaved } from '../../state/saved-store';

function PasteLink({ onChosen }: { onChosen: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="param"
      onSubmit={(e) => {
        e.preventDefault();
        const read = decodeLink(text.trim());
        if (!read.ok) {
          setProblem(read.error.message);
          return;
        }
        setProblem(null);
        setText('');
        setBaseline({
          key: 'link',
          label: `the linked scenario '${read.scenario.title}'`,
          scenario: read.scenario,
        });
        onChosen();
        if (read.notices.length)
          pushNotice({
            tone: 'warning',
            title: 'Some of the baseline link could not be read',
            items: noticeLines(read.notices),
          });
      }}
    >
      <label htmlFor={`${id}-link`}>Or paste a link</label>
      <div className="share-row">
        <input
          id={`${id}-link`}
          type="text"
          value={text}
          spellCheck={false}
          placeholder="https://…#v=1&p=…"
          aria-invalid={problem !== null}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={!text.trim()}>
          Compare
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

export function CompareMenu() {
  const id = useId();
  const baseline = useCompare((s) => s.baseline);
  const saved = useSaved();
  const menu = useRef<HTMLDetailsElement>(null);
  // Close once a baseline is chosen, so the comparison it starts is in view.
  const close = () => menu.current?.removeAttribute('open');
  const choose = (key: string) => {
    close();
    if (!key) return setBaseline(null);
    const [kind, ...rest] = key.split(':');
    const name = rest.join(':');
    if (kind === 'preset') {
      const preset = presetById(name);
      if (preset)
        setBaseline({
          key,
          label: `the preset '${preset.title}'`,
          scenario: { ...preset, basePreset: preset.id },
        });
    } else if (kind === 'saved') {
      const entry = saved.find((s) => s.name === name);
      if (entry) setBaseline({ key, label: `your saved '${entry.name}'`, scenario: entry.scenario });
    }
  };
  return (
    <details className="menu compare-menu" ref={menu}>
      <summary>Compare{baseline ? <span className="menu-on"> · on</span> : null}</summary>
      <div className="menu-body">
        <div className="param">
          <label htmlFor={`${id}-base`}>Baseline to compare with</label>
          <select id={`${id}-base`} value={baseline?.key ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">None (no comparison)</option>
            {baseline?.key === 'link' && (
              <option value="link">The pasted link: {baseline.scenario.title}</option>
            )}
            <optgroup label="Presets">
              {presets().map((p) => (
                <option key={p.id} value={`preset:${p.id}`}>
                  {p.title}
                </option>
              ))}
            </optgroup>
            {saved.length > 0 && (
              <optgroup label="Saved in this browser">
                {saved.map((s) => (
                  <option key={s.name} value={`saved:${s.name}`}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <PasteLink onChosen={close} />
        <p className="field-note">
          The baseline runs beside your scenario on the same data. Charts draw it in grey and can show the
          difference; a summary lists what differs and how the headline numbers move.
        </p>
        {baseline && (
          <button
            type="button"
            onClick={() => {
              close();
              setBaseline(null);
            }}
          >
            Stop comparing
          </button>
        )}
      </div>
    </details>
  );
}
