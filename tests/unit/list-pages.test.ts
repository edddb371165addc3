/** Long lists a page at a time (state/listPages.ts): the page follows the item pointed at, and every item is on exactly one page. */
import { afterEach, describe, expect, it } from 'vitest';
import { levelCursorAt, levelSelectPerPage, listPage } from '../../src/state/listPages';
import { applyTextSize } from '../../src/platform/theme';

afterEach(() => applyTextSize('standard'));

describe('list pages', () => {
  it('shows the page of the item pointed at, the first when none is', () => {
    expect(listPage(98, 15, null)).toEqual({ page: 0, pages: 7, from: 0, to: 15 });
    expect(listPage(98, 15, 14)).toEqual({ page: 0, pages: 7, from: 0, to: 15 });
    expect(listPage(98, 15, 15)).toEqual({ page: 1, pages: 7, from: 15, to: 30 });
    expect(listPage(98, 15, 97)).toEqual({ page: 6, pages: 7, from: 90, to: 98 });
    // Past the end (a list that got shorter) is its last page; a short list is one page.
    expect(listPage(98, 15, 500).page).toBe(6);
    expect(listPage(3, 15, 2)).toEqual({ page: 0, pages: 1, from: 0, to: 3 });
    expect(listPage(0, 15, null)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
  });

  it('puts every item on exactly one page', () => {
    for (const [count, per] of [
      [98, 16],
      [98, 12],
      [32, 4],
      [7, 3],
    ] as const) {
      const seen = new Set<number>();
      const { pages } = listPage(count, per, null);
      for (let p = 0; p < pages; p++) {
        const page = listPage(count, per, p * per);
        for (let i = page.from; i < page.to; i++) {
          expect(seen.has(i)).toBe(false);
          seen.add(i);
          expect(listPage(count, per, i).page).toBe(p);
        }
      }
      expect(seen.size).toBe(count);
    }
  });

  it('fits fewer level cards a page at the larger presets (each as tall as its text)', () => {
    expect(levelSelectPerPage()).toBe(16);
    applyTextSize('xl');
    expect(levelSelectPerPage()).toBe(12);
  });
});

describe('the question list’s cursor', () => {
  it('is where the arrows put it, else on the first question not finished, else the first', () => {
    const levels = (...done: boolean[]) => done.map((complete) => ({ complete }));
    expect(levelCursorAt(3, levels(false, false, false, false))).toBe(3);
    expect(levelCursorAt(null, levels(true, true, false, false))).toBe(2);
    expect(levelCursorAt(null, levels(true, true))).toBe(0);
    expect(levelCursorAt(null, [])).toBe(0);
  });
});
