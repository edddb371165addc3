import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { bodyOf } from '../../src/core/studio/sourceFile';
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

  test('the article changed after its quotes were found: the proposals waiting are read again from the new text', () => {
    const store = createStudioStore();
    store.getState().setArticle({}, 'Ada Moss said the roof was “sound but tired.” Tom Hale said it “will not last.”');
    store.getState().propose();
    store.getState().acceptProposal(0, 'ada-moss');
    expect(store.getState().proposals.map((p) => p.text)).toEqual(['will not last']);
    // The teacher pastes a corrected version: a sentence added before, one quote gone, one new.
    store.getState().setArticle({}, 'New line. Ada Moss said the roof was “sound but tired.” Tom Hale said it “will last a year.”');
    const [p] = store.getState().proposals;
    expect(store.getState().proposals.map((q) => [q.text, q.speaker])).toEqual([['will last a year', 'Tom Hale']]);
    expect(bodyOf(store.getState().draft.source).slice(p!.start, p!.end)).toBe('will last a year');
  });

  test('the practice article with its guide: only on request, in the studio’s language, marked fiction', () => {
    const store = createStudioStore();
    store.getState().setLanguage('es');
    store.getState().startGuide();
    const s = store.getState();
    expect(s.guide).toBe(true);
    expect(s.draft.manifest.fiction).toBe(true);
    expect(s.draft.manifest.source.outlet).toBe('El Heraldo de Alder Creek');
    store.getState().closeGuide();
    expect(store.getState().guide).toBe(false);
  });
});
