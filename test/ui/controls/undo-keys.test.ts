/**
 * Undo keys: Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo; text boxes keep their own undo.
 */
import { describe, expect, it } from 'vitest';
import { editsText, undoKeyAction } from '../../../src/ui/controls/undo-keys';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undo keys', () => {
  it('maps the usual shortcuts', () => {
    expect(undoKeyAction(key('z', { ctrl: true }))).toBe('undo');
    expect(undoKeyAction(key('z', { meta: true }))).toBe('undo');
    expect(undoKeyAction(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoKeyAction(key('z', { meta: true, shift: true }))).toBe('redo');
    expect(undoKeyAction(key('y', { ctrl: true }))).toBe('redo');
  });
  it('ignores other keys and combinations', () => {
    expect(undoKeyAction(key('z'))).toBeNull();
    expect(undoKeyAction(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoKeyAction(key('x', { ctrl: true }))).toBeNull();
    expect(undoKeyAction(key('y', { ctrl: true, shift: true }))).toBeNull();
  });
  it('leaves text boxes their own undo, but not sliders, switches or selects', () => {
    expect(editsText({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(editsText({ tagName: 'TEXTAREA' })).toBe(true);
    expect(editsText({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(editsText({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(editsText({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(editsText({ tagName: 'SELECT' })).toBe(false);
    expect(editsText(null)).toBe(false);
  });
});
