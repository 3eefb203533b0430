// @vitest-environment jsdom
/**
 * Top-bar menus stay on the screen: a drawer that would start left of the window hangs from the left edge of its
 * button instead (the menus wrap to the left under the preset picker on laptop-width screens).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installMenuPlacement, overflowsLeft } from '../../src/ui/menu-placement';

describe('overflowsLeft', () => {
  it('is true when the drawer would start within 8 px of the left edge, false otherwise', () => {
    expect(overflowsLeft(100, 420)).toBe(true);
    expect(overflowsLeft(427, 420)).toBe(true);
    expect(overflowsLeft(428, 420)).toBe(false);
    expect(overflowsLeft(1400, 420)).toBe(false);
  });
});

describe('installMenuPlacement', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function menuAt(right: number): { menu: HTMLDetailsElement; body: HTMLElement } {
    document.body.innerHTML =
      '<details class="menu"><summary>Scenario</summary><div class="menu-body">…</div></details>';
    const menu = document.querySelector('details')!;
    const summary = menu.querySelector('summary')!;
    const body = menu.querySelector<HTMLElement>('.menu-body')!;
    summary.getBoundingClientRect = () => ({ right }) as DOMRect;
    Object.defineProperty(body, 'offsetWidth', { value: 420 });
    return { menu, body };
  }

  const open = async (menu: HTMLDetailsElement) => {
    menu.open = true;
    menu.dispatchEvent(new Event('toggle'));
  };

  installMenuPlacement(document);

  it('hangs a drawer from the left of a button near the left edge', async () => {
    const { menu, body } = menuAt(90);
    await open(menu);
    expect(body.classList.contains('menu-body-start')).toBe(true);
  });

  it('keeps a drawer under a button on the right hanging from its right edge', async () => {
    const { menu, body } = menuAt(1300);
    await open(menu);
    expect(body.classList.contains('menu-body-start')).toBe(false);
  });
});
