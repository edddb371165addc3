/**
 * The reading screen: the article body split into pages for a text size, with the pack's quotes
 * marked where the article has them, and its actions (open, turn a page, close) where the move
 * table allows them. Also "show in article" stepping between a reveal's quotes.
 */
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type GameState } from '../../src/core/rules/game';
import { allowedIn, placeOf } from '../../src/core/rules/moves';
import { normaliseForMatch } from '../../src/core/pack/normalise';
import { parseSource } from '../../src/core/pack/sourceText';
import {
  articleBudget,
  articlePageLimit,
  articlePages,
  articleParagraphs,
  articleScreen,
  wrappedLines,
  type ArticleBudget,
} from '../../src/core/screens/articleScreen';
import { revealQuotes, sourceView } from '../../src/core/screens/sourceScreen';
import { screenOf } from '../../src/core/screens/screen';
import { createGameStore } from '../../src/state/store';
import { pageCount } from '../../src/state/view';
import { handleKey } from '../../src/input/keyboard';
import { SIZE } from '../../src/platform/theme';
import { A, CECOT_DIR, MINI_PACK_DIR, completeDebate, loadValidPack, run, step, throughBeats } from './helpers';

const cecot = loadValidPack(CECOT_DIR);
const mini = loadValidPack(MINI_PACK_DIR);

/** Body sizes from the standard preset's 44 px to twice it, and a few odd budgets. */
const BUDGETS: ArticleBudget[] = [
  ...[44, 49, 55, 66, 80, 88].map(articleBudget),
  { charsPerLine: 30, linesPerPage: 5 },
  { charsPerLine: 200, linesPerPage: 40 },
];

describe('the article split into pages', () => {
  for (const pack of [cecot, mini]) {
    for (const b of BUDGETS) {
      const name = `${pack.manifest.id} at ${b.charsPerLine}×${b.linesPerPage}`;
      const pages = articlePages(pack, b);
      const { paragraphs } = articleParagraphs(pack);

      it(`${name}: every paragraph in order, each on exactly one page unless it alone is longer than a page`, () => {
        const blocks = pages.flatMap((p, page) => p.blocks.map((block) => ({ ...block, page })));
        // Put back together in page order, the pieces are the body's paragraphs, each once, in order.
        const rebuilt: { text: string; pages: Set<number> }[] = [];
        for (const block of blocks) {
          const last = rebuilt[rebuilt.length - 1];
          const piece = block.paragraph.text.slice(block.start, block.end);
          if (block.part && block.part.n > 1) {
            last!.text += piece;
            last!.pages.add(block.page);
          } else rebuilt.push({ text: piece, pages: new Set([block.page]) });
        }
        expect(rebuilt.map((r) => r.text)).toEqual(paragraphs.map((p) => p.text));
        expect(rebuilt.length).toBe(parseSource(pack.sourceText).paragraphs.length);
        rebuilt.forEach((r, i) => {
          const p = paragraphs[i]!;
          // Split only when the paragraph alone cannot fit on a page.
          // (the first page, under the article's title, holds less than the others)
          if (r.pages.size > 1 && !r.pages.has(0))
            expect(
              wrappedLines(p.text, b.charsPerLine) + p.notes.reduce((n, note) => n + wrappedLines(note, b.charsPerLine - 4) + 1.5, 0),
              `${name}: paragraph ${p.n} was split`,
            ).toBeGreaterThan(b.linesPerPage - 1);
          // A split paragraph's parts sit on consecutive pages.
          const on = [...r.pages];
          expect(on).toEqual(on.map((_, k) => on[0]! + k));
        });
        // Pages never come empty, and at least one exists.
        expect(pages.length).toBeGreaterThan(0);
        for (const p of pages) expect(p.blocks.length).toBeGreaterThan(0);
        expect(pages.length).toBeLessThanOrEqual(articlePageLimit(pack));
      });

      it(`${name}: every pack quote is marked, with its own words, on the page that holds it`, () => {
        for (const q of pack.manifest.quotes) {
          const on = pages.flatMap((p, page) =>
            p.blocks.flatMap((block) =>
              block.marks
                .filter((m) => m.quote.quote.id === q.id)
                .map((m) => ({ page, words: block.paragraph.text.slice(block.start + m.start, block.start + m.end) })),
            ),
          );
          expect(on, `${name}: ${q.id}`).toHaveLength(1);
          expect(on[0]!.words).toBe(normaliseForMatch(q.text));
          expect(on[0]!.words.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('headings are not numbered; paragraphs are numbered from 1 in order; notes stay with their paragraph', () => {
    const { paragraphs } = articleParagraphs(cecot);
    expect(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['What did the commentators say?', 'What next?']);
    const numbered = paragraphs.filter((p) => p.kind === 'paragraph');
    expect(numbered.map((p) => p.n)).toEqual(numbered.map((_, i) => i + 1));
    const embed = numbered.find((p) => p.notes.length > 0)!;
    expect(embed.notes[0]).toMatch(/^An embedded post by Nayib Bukele/);
    expect(embed.text).not.toContain('embedded post');
  });

  it('larger type means more pages, never fewer', () => {
    const counts = [44, 55, 66, 88].map((px) => articlePages(cecot, articleBudget(px)).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[3]).toBeGreaterThan(counts[0]!);
  });
});

describe('the reading screen as an overlay', () => {
  const b = articleBudget(44);
  const title = initialState(1);
  const intro = run(cecot, title, [A.next, A.next, A.next, A.next]);
  const menu = step(cecot, run(cecot, intro, [A.next]), A.openMenu);

  it('opens from the title, a level intro and the menu, on its first page', () => {
    expect(intro.phase).toBe('levelIntro');
    for (const s of [title, intro, menu]) {
      const open = step(cecot, s, { type: 'readArticle' });
      expect(open.overlay).toEqual({ kind: 'article', page: 0 });
      expect(articleScreen(cecot, open, b)?.page).toBe(0);
    }
  });

  it('is refused elsewhere, by the move table', () => {
    const round = run(cecot, intro, [A.next]);
    for (const s of [round]) {
      expect(allowedIn('readArticle', placeOf(s))).toBe(false);
      const out = reduce(cecot, s, { type: 'readArticle' });
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('wrong-phase');
    }
  });

  it('turns pages within bounds; anything past the last page shows the last', () => {
    const open = step(cecot, intro, { type: 'readArticle' });
    const count = articleScreen(cecot, open, b)!.pageCount;
    expect(count).toBeGreaterThan(1);
    let s: GameState = open;
    for (let page = 1; page < count; page++) {
      s = step(cecot, s, { type: 'turnArticle', page });
      expect(articleScreen(cecot, s, b)!.page).toBe(page);
    }
    for (const page of [-1, 1.5, articlePageLimit(cecot), Number.NaN]) {
      const out = reduce(cecot, s, { type: 'turnArticle', page });
      expect(out.ok, `page ${page}`).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('unknown-page');
    }
    // A page kept from a smaller text size shows as the last page there is.
    const far = step(cecot, s, { type: 'turnArticle', page: articlePageLimit(cecot) - 1 });
    expect(articleScreen(cecot, far, b)!.page).toBe(count - 1);
  });

  it('closing (its own close, or back) returns exactly to where it was opened', () => {
    for (const s of [title, intro]) {
      const open = run(cecot, s, [{ type: 'readArticle' }, { type: 'turnArticle', page: 2 }]);
      expect(step(cecot, open, { type: 'closeArticle' })).toEqual(s);
      expect(step(cecot, open, A.back)).toEqual(s);
    }
    // From the menu it closes to the screen under the menu.
    const fromMenu = step(cecot, menu, { type: 'readArticle' });
    expect(step(cecot, fromMenu, { type: 'closeArticle' })).toEqual({ ...menu, overlay: null });
  });

  it('while it is open, play waits: the rest is refused as overlay-open', () => {
    const open = step(cecot, intro, { type: 'readArticle' });
    for (const a of [A.next, A.openMenu, A.closeMenu, A.closeSource, { type: 'readArticle' } as const]) {
      const out = reduce(cecot, open, a);
      expect(out.ok, a.type).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('overlay-open');
    }
    for (const type of ['turnArticle', 'closeArticle'] as const) {
      expect(allowedIn(type, 'article')).toBe(true);
      expect(allowedIn(type, 'levelIntro')).toBe(false);
      expect(reduce(cecot, intro, type === 'turnArticle' ? { type, page: 0 } : { type }).ok).toBe(false);
    }
  });
});

describe('"show in article" from a reveal with several quotes', () => {
  it('knows every quote of the reveal in its order, and steps to another without closing', () => {
    // Play the CECOT pack until a reveal with more than one quote.
    let s = initialState(1);
    s = run(cecot, s, [A.next, A.next, A.next]);
    let view = null;
    for (let i = 0; i < 40 && !view; i++) {
      if (s.phase === 'round') {
        const round = cecot.levels[s.level]!.rounds[s.round]!;
        const option = round.type === 'who' || round.type === 'stronger' ? round.speakers[0]! : 'options' in round ? round.options[0]!.id : null;
        if (!option) break;
        s = run(cecot, s, [A.choose(option), A.confirm]);
        continue;
      }
      if (s.phase === 'reveal') {
        const first = reduce(cecot, s, A.next);
        const probe = sourceViewAfterOpening(s);
        if (probe && probe.quotes.length > 1) view = { s, probe };
        else if (first.ok) s = first.state;
      } else s = step(cecot, s, A.next);
    }
    expect(view, 'a reveal with two or more quotes').not.toBeNull();
    const { s: reveal, probe } = view!;
    const second = step(cecot, step(cecot, reveal, A.showSource(probe.quotes[0]!)), A.showSource(probe.quotes[1]!));
    const shown = sourceView(cecot, second)!;
    expect(shown.index).toBe(1);
    expect(shown.quote?.quote.id).toBe(probe.quotes[1]);
    expect(step(cecot, second, A.closeSource)).toEqual(reveal);
  });
});

function sourceViewAfterOpening(s: GameState) {
  const level = cecot.levels[s.level]!;
  const round = level.rounds.find((r) => s.records[level.id]?.[r.id]) ? level.rounds[s.round]! : null;
  if (!round) return null;
  for (const q of cecot.manifest.quotes) {
    const out = reduce(cecot, s, A.showSource(q.id));
    if (out.ok) return sourceView(cecot, out.state);
  }
  return null;
}

describe('the keys and the store around the article', () => {
  /** A reveal of the CECOT pack whose evidence runs over more than one page, with the store on it. */
  function storeOnLongReveal() {
    const store = createGameStore(cecot, initialState(1));
    const s = () => store.getState();
    for (let i = 0; i < 200; i++) {
      const g = s().game;
      const screen = screenOf(cecot, g);
      if (screen.kind === 'reveal' && pageCount(screen) > 1) return throughBeats(store);
      if (g.phase === 'round' && screen.kind === 'round') {
        s().dispatch(A.choose(screen.options[0]!.id));
        s().dispatch(A.confirm);
      } else if (!s().dispatch(A.next)) {
        const debate = completeDebate(cecot, g);
        if (!debate || !s().dispatch(debate)) break;
      }
    }
    throw new Error('no reveal with two pages of evidence');
  }

  it('closing "show in article" keeps the reveal on the evidence page it was on', () => {
    const store = storeOnLongReveal();
    store.getState().setPage(1);
    expect(handleKey(store, 's')).toBe(true);
    expect(store.getState().game.overlay?.kind).toBe('source');
    // S, the key that opened it, closes it too.
    expect(handleKey(store, 's')).toBe(true);
    expect(store.getState().game.overlay).toBeNull();
    expect(store.getState().page).toBe(1);
    handleKey(store, 's');
    handleKey(store, 'Escape');
    expect(store.getState().page).toBe(1);
  });

  it('in "show in article", a quote number or the arrows open another quote of the reveal, and stepping past the last closes it', () => {
    const store = storeOnLongReveal();
    const quotes = revealQuotes(screenOf(cecot, store.getState().game));
    expect(quotes.length).toBeGreaterThan(1);
    handleKey(store, 's');
    handleKey(store, '2');
    expect(store.getState().game.overlay).toEqual({ kind: 'source', quote: quotes[1] });
    handleKey(store, 'ArrowLeft');
    expect(store.getState().game.overlay).toEqual({ kind: 'source', quote: quotes[0] });
    expect(handleKey(store, String(quotes.length + 1))).toBe(false);
    handleKey(store, String(quotes.length));
    handleKey(store, 'ArrowRight');
    expect(store.getState().game.overlay).toBeNull();
  });

  it('S opens the reading screen on the title and a level intro; the page keys turn it, not past either end; S or Esc closes it', () => {
    const store = createGameStore(cecot, initialState(1));
    const page = () => (store.getState().game.overlay as { page: number } | null)?.page;
    expect(handleKey(store, 's')).toBe(true);
    expect(store.getState().game.overlay).toEqual({ kind: 'article', page: 0 });
    const count = articleScreen(cecot, store.getState().game, articleBudget(SIZE.body))!.pageCount;
    handleKey(store, 'PageUp');
    expect(page()).toBe(0);
    for (let i = 1; i < count + 2; i++) handleKey(store, i % 2 ? ' ' : 'ArrowRight');
    expect(page()).toBe(count - 1);
    handleKey(store, 'PageUp');
    expect(page()).toBe(count - 2);
    handleKey(store, 's');
    expect(store.getState().game).toEqual(initialState(1));
    store.getState().dispatch(A.next);
    while (store.getState().game.phase !== 'levelIntro') store.getState().dispatch(A.next);
    const intro = store.getState().game;
    handleKey(store, 'S');
    expect(page()).toBe(0);
    handleKey(store, 'Escape');
    expect(store.getState().game).toEqual(intro);
  });
});
