import { describe, expect, it } from 'vitest';
import type { QuoteView, Screen } from '../../src/core/screens/screen';
import { evidenceOnPage, pageCount, revealPages, setRevealPaging } from '../../src/state/view';

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

describe('reveal pages at the larger presets', () => {
  const teamsReveal = (why: number, quotes: number): Screen =>
    ({
      ...(reveal(false, quotes) as object),
      allTeams: { whyWrong: Array.from({ length: why }, () => ({})) },
    }) as unknown as Screen;
  const kinds = (s: Screen) => revealPages(s as Extract<Screen, { kind: 'reveal' }>).map((p) => p.kind);
  it('the explanation gets a page, a pick-all list a page of its own, why-wrong lines and quotes one a page', () => {
    setRevealPaging('xl');
    try {
      expect(kinds(reveal(false, 2))).toEqual(['explain', 'quotes', 'quotes']);
      expect(kinds(reveal(true, 2))).toEqual(['list', 'explain', 'quotes', 'quotes']);
      expect(kinds(teamsReveal(3, 1))).toEqual(['explain', 'why', 'why', 'why', 'quotes']);
      expect(evidenceOnPage(reveal(false, 3), 2).map((q) => q.quote.id)).toEqual(['q1']);
      for (const multi of [false, true]) {
        for (let n = 0; n <= 5; n++) {
          const s = reveal(multi, n);
          const seen = Array.from({ length: pageCount(s) }, (_, p) => evidenceOnPage(s, p))
            .flat()
            .map((q) => q.quote.id);
          expect(seen).toEqual(Array.from({ length: n }, (_, i) => `q${i}`));
        }
      }
    } finally {
      setRevealPaging('standard');
    }
    // Back at the standard preset the pages are as before.
    expect(kinds(reveal(false, 2))).toEqual(['quotes']);
    expect(kinds(teamsReveal(3, 1))).toEqual(['why', 'quotes']);
  });
});
