/**
 * Share: the link to the working scenario (the same one the address bar holds), a copy button, and its length.
 * A link over about 8 KB may be cut by chat apps and e-mail, so the file is offered instead.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { scenarioUrl } from '../../state/url-sync';
import { useAppStore } from '../../state/use-app-store';
import { downloadScenario } from './scenario-files';

/** Above this many characters, suggest sharing the file. */
export const LONG_LINK_CHARS = 8000;

/** Copy text: the Clipboard API, else the selected text with the old copy command; says which worked. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // No clipboard access (an insecure page, or permission refused): fall back to the selection.
  }
  field?.focus();
  field?.select();
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Nothing more to try: the link stays selected for the user to copy.
  }
  return 'selected';
}

function ShareBody() {
  const id = useId();
  const t = useTranslations('shareMenu');
  const scenario = useAppStore((s) => s.scenario);
  const link = useMemo(() => scenarioUrl(window.location, scenario), [scenario]);
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ text: string; link: string } | null>(null);
  const long = link.length > LONG_LINK_CHARS;
  const copy = async () => {
    const how = await copyText(link, field.current);
    setStatus({
      link,
      text: how === 'copied' ? t('copied') : t('selected'),
    });
  };
  return (
    <div className="menu-body share-body">
      <label htmlFor={`${id}-link`} className="menu-label">
        {t('linkLabel')}
      </label>
      <div className="share-row">
        <input
          id={`${id}-link`}
          ref={field}
          type="text"
          readOnly
          value={link}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-size`}
        />
        <button type="button" className="primary" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p id={`${id}-size`} className="field-note" data-testid="link-length">
        {t('length', { count: link.length })}
      </p>
      {long && (
        <div className="share-warning" role="note">
          <p>{t('long')}</p>
          <button type="button" onClick={() => downloadScenario(scenario)}>
            {t('download')}
          </button>
        </div>
      )}
      <p className="share-status" role="status">
        {status?.link === link ? status.text : ''}
      </p>
    </div>
  );
}

/** The Share menu; its body (and the link) is only built while it is open. */
export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const menus = useTranslations('menus');
  return (
    <details className="menu share-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{menus('share')}</summary>
      {open && <ShareBody />}
    </details>
  );
}
