/**
 * Keep an opened top-bar menu on the screen. A menu's drawer hangs from the right edge of its button; where the
 * button sits near the left edge (the menus wrap under the preset picker on narrower screens) the drawer would
 * start off-screen, so it hangs from the left edge instead. One listener for every menu (`details.menu`).
 */

/** The gap kept between a drawer and the window's edge, in px. */
const MARGIN = 8;

/** Whether a drawer `width` wide, hung from the right edge of a button ending at `buttonRight`, would leave the window. */
export function overflowsLeft(buttonRight: number, width: number): boolean {
  return buttonRight - width < MARGIN;
}

function place(menu: HTMLDetailsElement): void {
  const body = menu.querySelector<HTMLElement>(':scope > .menu-body');
  const summary = menu.querySelector<HTMLElement>(':scope > summary');
  if (!body || !summary) return;
  const start = overflowsLeft(summary.getBoundingClientRect().right, body.offsetWidth);
  body.classList.toggle('menu-body-start', start);
}

/** Listen for menus opening anywhere in the page (the `toggle` event does not bubble: capture it). */
export function installMenuPlacement(doc: Document = document): void {
  doc.addEventListener(
    'toggle',
    (event) => {
      const menu = event.target;
      if (menu instanceof HTMLDetailsElement && menu.open && menu.classList.contains('menu')) place(menu);
    },
    true,
  );
}
