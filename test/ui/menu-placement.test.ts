// @vitest-environment jsdom
/**
 * Menus and popovers stay on the screen: a drawer hangs from its button (a menu from the button's right edge, a
 * help popover from its left edge) and moves sideways just enough to stay 8 px inside the window.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { drawerLeft, installMenuPlacement, MARGIN } from '../../src/ui/menu-placement';

describe('drawerLeft', () => {
  it('hangs a menu from the right edge of its button when it fits', () => {
    expect(drawerLeft({ left: 1300, right: 1380 }, 420, 1440, 'end')).toBe(960);
  });

  it('hangs a drawer from the left of its button when it would start left of the window (Share at 1440)', () => {
    // The Share button ends at 189 px; its 420 px drawer opened at x = −231.
    expect(drawerLeft({ left: 115, right: 189 }, 420, 1440, 'end')).toBe(115);
  });

  it('moves a drawer inside the window when neither edge of its button fits it (a phone)', () => {
    expect(drawerLeft({ left: 115, right: 189 }, 374, 390, 'end')).toBe(MARGIN);
  });

  it('moves a drawer left when it would run past the right edge (a popover near the right of a phone)', () => {
    expect(drawerLeft({ left: 300, right: 318 }, 300, 390, 'start')).toBe(390 - MARGIN - 300);
  });

  it('always stays inside the window when the drawer fits in it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2560 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 10, max: 200 }),
        fc.integer({ min: 50, max: 600 }),
        fc.constantFrom('start' as const, 'end' as const),
        (viewport, at, buttonWidth, wanted, align) => {
          const width = Math.min(wanted, viewport - 2 * MARGIN);
          const left = at * (viewport - buttonWidth);
          const x = drawerLeft({ left, right: left + buttonWidth }, width, viewport, align);
          expect(x).toBeGreaterThanOrEqual(MARGIN);
          expect(x + width).toBeLessThanOrEqual(viewport - MARGIN + 1e-9);
        },
      ),
    );
  });
});

describe('installMenuPlacement', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function menuAt(buttonLeft: number, buttonRight: number, html?: string) {
    document.body.innerHTML =
      html ??
      '<details class="menu" style="position: relative"><summary>Share</summary><div class="menu-body">…</div></details>';
    const menu = document.querySelector('details')!;
    menu.getBoundingClientRect = () => ({ left: buttonLeft, right: buttonRight }) as DOMRect;
    menu.querySelector('summary')!.getBoundingClientRect = () =>
      ({ left: buttonLeft, right: buttonRight }) as DOMRect;
    Object.defineProperty(document.documentElement, 'clientWidth', { value: 1440, configurable: true });
    return menu;
  }

  const open = (menu: HTMLDetailsElement) => {
    menu.open = true;
    menu.dispatchEvent(new Event('toggle'));
  };

  const width = (el: HTMLElement | null, w: number) => {
    if (el) Object.defineProperty(el, 'offsetWidth', { value: w });
  };

  installMenuPlacement(document);

  it('places a drawer near the left edge under its button, relative to its menu', () => {
    const menu = menuAt(115, 189);
    width(menu.querySelector('.menu-body'), 420);
    open(menu);
    expect(menu.querySelector<HTMLElement>('.menu-body')!.style.left).toBe('0px');
  });

  it('keeps a drawer under a button on the right hanging from its right edge', () => {
    const menu = menuAt(1300, 1380);
    width(menu.querySelector('.menu-body'), 420);
    open(menu);
    expect(menu.querySelector<HTMLElement>('.menu-body')!.style.left).toBe(`${1380 - 420 - 1300}px`);
  });

  it('leaves a drawer anchored elsewhere by the style sheet (a help popover in the measures) alone', () => {
    const menu = menuAt(
      115,
      189,
      '<details class="help"><summary>?</summary><div class="help-body">…</div></details>',
    );
    open(menu);
    expect(menu.querySelector<HTMLElement>('.help-body')!.style.left).toBe('');
  });

  it('places a body that only renders once the menu is open', async () => {
    const menu = menuAt(
      115,
      189,
      '<details class="menu" style="position: relative"><summary>Share</summary></details>',
    );
    open(menu);
    const body = document.createElement('div');
    body.className = 'menu-body';
    width(body, 420);
    menu.append(body);
    await new Promise((r) => setTimeout(r, 0));
    expect(body.style.left).toBe('0px');
  });
});
