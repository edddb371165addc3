import { describe, expect, it } from 'vitest';
import type { QuoteView, Screen } from '../../src/core/screens/screen';
import { evidenceOnPage, pageCount } from '../../src/state/view';

function reveal(multi: boolean, quotes: number): Screen {
  const evidence = Array.from({ length: quotes }, (_, i) => ({ quote: { id: `q${i}` } }) as unknown as QuoteView);
  return { kind: 'reveal', multi, evidence } as unknown as Screen;
}

describe('reveal evidence pages', () => {
  it('single-answer reveals show two quotes a page', () => {
    expect(pageCount(reveal(false, 0))).toBe(1);
    expect(pageCount(reveal(false, 2))).toBe(1);
    expect(pageCount(reveal(false, 3))).toBe(2);
    expect(evidenceOnPage(reveal(false, 3), 1).map((q) => q.quote.id)).toEqual(['q2']);
  });
  it('multi-select reveals keep room for the explanation: one quote on the first page', () => {
    expect(pageCount(reveal(true, 1))).toBe(1);
    expect(pageCount(reveal(true, 2))).toBe(2);
    expect(pageCount(reveal(true, 4))).toBe(3);
    expect(evidenceOnPage(reveal(true, 4), 0).map((q) => q.quote.id)).toEqual(['q0']);
    expect(evidenceOnPage(reveal(true, 4), 1).map((q) => q.quote.id)).toEqual(['q1', 'q2']);
    expect(evidenceOnPage(reveal(true, 4), 2).map((q) => q.quote.id)).toEqual(['q3']);
  });
  it('every quote appears on exactly one page', () => {
    for (const multi of [false, true]) {
      for (let n = 0; n <= 7; n++) {
        const s = reveal(multi, n);
        const seen = Array.from({ length: pageCount(s) }, (_, p) => evidenceOnPage(s, p))
          .flat()
          .map((q) => q.quote.id);
        expect(seen).toEqual(Array.from({ length: n }, (_, i) => `q${i}`));
      }
    }
  });
});
