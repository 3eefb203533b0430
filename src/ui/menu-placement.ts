/**
 * Keep an opened menu or popover on the screen. A top-bar or chart menu's drawer hangs from the right edge of
 * its button, a help popover from its left edge; where that would run past either edge of the window (a button
 * near the left edge, a narrow phone), the drawer moves sideways just enough to stay inside. One listener for
 * every menu and popover (`details.menu`, `details.help`), placed again when the window resizes or the drawer's
 * content arrives (some bodies render only once open).
 */

/** The gap kept between a drawer and the window's edge, in px. */
export const MARGIN = 8;

/**
 * Where a drawer `width` wide goes, as its left edge in window coordinates: hung from the button's right edge
 * (`align: 'end'`; its left edge when that would start off-screen) or left edge (`'start'`), then moved to stay
 * `MARGIN` inside a window `viewport` wide.
 */
export function drawerLeft(
  button: { readonly left: number; readonly right: number },
  width: number,
  viewport: number,
  align: 'start' | 'end',
): number {
  // A menu that would start off the left edge hangs from its button's left edge instead (under the button).
  const preferred = align === 'end' && button.right - width >= MARGIN ? button.right - width : button.left;
  const max = viewport - MARGIN - width;
  return Math.max(MARGIN, Math.min(preferred, max));
}

const SELECTOR = 'details.menu[open], details.help[open]';

function bodyOf(details: HTMLDetailsElement): HTMLElement | null {
  return details.querySelector<HTMLElement>(':scope > .menu-body, :scope > .help-body');
}

function place(details: HTMLDetailsElement): void {
  const body = bodyOf(details);
  // A drawer anchored to something else than its <details> (help in the measures' column: to its row) is
  // placed by the style sheet.
  if (!body || getComputedStyle(details).position === 'static') return;
  const box = details.getBoundingClientRect();
  const summary = details.querySelector<HTMLElement>(':scope > summary')?.getBoundingClientRect() ?? box;
  const align = details.classList.contains('help') ? 'start' : 'end';
  const viewport = document.documentElement.clientWidth;
  const left = drawerLeft(summary, body.offsetWidth, viewport, align);
  // The drawer is positioned against its <details> (position: relative).
  body.style.left = `${left - box.left}px`;
  body.style.right = 'auto';
}

/** Place every open menu and popover again (a resize, a body that arrived). */
function placeAll(doc: Document): void {
  for (const d of doc.querySelectorAll<HTMLDetailsElement>(SELECTOR)) place(d);
}

/** Listen for menus opening anywhere in the page (the `toggle` event does not bubble: capture it). */
export function installMenuPlacement(doc: Document = document): void {
  const watched = new WeakSet<HTMLDetailsElement>();
  const observer =
    typeof MutationObserver === 'function'
      ? new MutationObserver((records) => {
          for (const r of records) {
            const details = (r.target as Element).closest?.('details');
            if (details?.open) place(details);
          }
        })
      : null;
  doc.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      if (!details.matches(SELECTOR)) return;
      place(details);
      // A body that renders once open (React state set by this same toggle) is placed when it arrives.
      if (observer && !watched.has(details)) {
        watched.add(details);
        observer.observe(details, { childList: true });
      }
      requestAnimationFrame(() => place(details));
    },
    true,
  );
  doc.defaultView?.addEventListener('resize', () => placeAll(doc));
}
