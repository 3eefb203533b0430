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
import { type CompareWords, useCompareWords } from './compare-words';

function PasteLink({ onChosen, words }: { onChosen: () => void; words: CompareWords }) {
  const { t } = words;
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
          label: t('nameLink', { title: read.scenario.title }),
          scenario: read.scenario,
        });
        onChosen();
        if (read.notices.length)
          pushNotice({
            tone: 'warning',
            title: t('linkNotice'),
            items: noticeLines(read.notices),
          });
      }}
    >
      <label htmlFor={`${id}-link`}>{t('pasteLabel')}</label>
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
          {t('compare')}
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
  const words = useCompareWords();
  const { t } = words;
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
          label: t('namePreset', { title: preset.title }),
          scenario: { ...preset, basePreset: preset.id },
        });
    } else if (kind === 'saved') {
      const entry = saved.find((s) => s.name === name);
      if (entry) setBaseline({ key, label: t('nameSaved', { name: entry.name }), scenario: entry.scenario });
    }
  };
  return (
    <details className="menu compare-menu" ref={menu}>
      <summary>
        {t('compare')}
        {baseline ? <span className="menu-on">{t('on')}</span> : null}
      </summary>
      <div className="menu-body">
        <div className="param">
          <label htmlFor={`${id}-base`}>{t('baseline')}</label>
          <select id={`${id}-base`} value={baseline?.key ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('none')}</option>
            {baseline?.key === 'link' && (
              <option value="link">{t('pastedLink', { title: baseline.scenario.title })}</option>
            )}
            <optgroup label={t('presets')}>
              {presets().map((p) => (
                <option key={p.id} value={`preset:${p.id}`}>
                  {p.title}
                </option>
              ))}
            </optgroup>
            {saved.length > 0 && (
              <optgroup label={t('saved')}>
                {saved.map((s) => (
                  <option key={s.name} value={`saved:${s.name}`}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <PasteLink onChosen={close} words={words} />
        <p className="field-note">{t('note')}</p>
        {baseline && (
          <button
            type="button"
            onClick={() => {
              close();
              setBaseline(null);
            }}
          >
            {t('stop')}
          </button>
        )}
      </div>
    </details>
  );
}
