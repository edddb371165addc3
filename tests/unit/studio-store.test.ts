import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ARTICLE_LIMIT, CHECK_AFTER_TYPING_MS, createStudioStore } from '../../src/studio/store';

describe('the studio store runs the game’s checks on every change', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('typing is checked once it pauses; a click is checked at once', () => {
    const store = createStudioStore();
    const empty = store.getState().check.errors.filter((e) => e.path === 'title');
    expect(empty).toHaveLength(1);
    store.getState().setPackInfo({ title: 'The pool' });
    store.getState().setPackInfo({ title: 'The pool at Millbrook' });
    // Still the last check: the keys come faster than a big pack's check.
    expect(store.getState().check.errors.some((e) => e.path === 'title')).toBe(true);
    vi.advanceTimersByTime(CHECK_AFTER_TYPING_MS);
    expect(store.getState().check.errors.some((e) => e.path === 'title')).toBe(false);
    const before = store.getState().check;
    store.getState().addSpeaker({ name: 'Ada Moss', role: '', kind: 'expert' });
    expect(store.getState().check).not.toBe(before);
    expect(store.getState().check.errors.some((e) => e.path === 'speakers')).toBe(false);
  });

  test('a text far longer than any article is refused with a line saying so, and the draft keeps its article', () => {
    const store = createStudioStore();
    store.getState().setArticle({}, 'Short “words,” said Ada Moss.');
    store.getState().setArticle({}, 'x'.repeat(ARTICLE_LIMIT + 1));
    expect(store.getState().draft.source).toContain('Short “words,” said Ada Moss.');
    expect(store.getState().status).toMatch(/100,001 characters/);
  });
});
