/**
 * A level summary's Next button says what Space/Enter does on the page showing: the canvas and
 * the DOM layer both label it with summaryNext (state/view.ts). Each label is checked against
 * what the store's advance (Space, Enter and the button) really does from that page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { createGameStore } from '../../src/state/store';
import { setRevealPaging, summaryNext, summaryPage } from '../../src/state/view';
import { A, MINI_PACK_DIR, loadValidPack, run } from './helpers';
import { miniAnswers } from './fixtures';
import { summaryNextLabel } from '../../src/i18n/levelResult';
import { setLanguage, t } from '../../src/i18n/strings';

const mini = loadValidPack(MINI_PACK_DIR);
type Summary = Extract<Screen, { kind: 'levelSummary' }>;

/** The mini pack's first question (three rounds) answered, on its summary. */
function atSummary(mode: GameState['mode'], extra: Partial<GameState> = {}): GameState {
  const s = run(mini, initialState(), [{ type: 'setMode', mode }, ...miniAnswers('summer', 'contradicts', 'voss'), A.next]);
  expect(s.phase).toBe('levelSummary');
  return { ...s, ...extra };
}

/** Presses Next through the summary: each page's label, and whether what followed is what it said. */
function walk(state: GameState): string[] {
  const store = createGameStore(mini, state);
  const labels: string[] = [];
  for (let i = 0; i < 10; i++) {
    const { game, page } = store.getState();
    const screen = screenOf(mini, game);
    if (screen.kind !== 'levelSummary') break;
    const label = summaryNext(screen, page);
    labels.push(label);
    // The words both views put on the button.
    expect(summaryNextLabel(screen, page)).toBe(t[label]);
    const before = summaryPage(screen, page);
    expect(store.getState().advance()).toBe(true);
    const after = store.getState();
    const next = screenOf(mini, after.game);
    if (label === 'recap' || label === 'nextRecap') {
      // Still this summary, one page on, now on the recap (its first page after the standings, else the next).
      expect(next.kind).toBe('levelSummary');
      const shown = summaryPage(next as Summary, after.page);
      expect(shown.kind).toBe('recap');
      if (label === 'recap') expect(before.kind).toBe('standings');
      else {
        expect(before.kind).toBe('recap');
        expect((shown as { page: number }).page).toBe((before as { page: number }).page + 1);
      }
    } else if (label === 'nextLevel') {
      expect(next.kind).toBe('levelIntro');
      expect(after.game.level).toBe(game.level + 1);
    } else {
      // The final results, after the poll when the session asks for one.
      expect(['poll', 'final']).toContain(next.kind);
    }
  }
  return labels;
}

afterEach(() => setRevealPaging('standard'));

describe('the level summary’s Next says what Space does', () => {
  it('solo: one page, on to the next question', () => {
    expect(walk(atSummary('solo'))).toEqual(['nextLevel']);
  });

  it('team play: the standings page goes on to the recap first, then the next question', () => {
    expect(walk(atSummary('teams'))).toEqual(['recap', 'nextLevel']);
  });

  it('at the larger presets the recap pages first (two rounds a page)', () => {
    setRevealPaging('xl');
    expect(walk(atSummary('teams'))).toEqual(['recap', 'nextRecap', 'nextLevel']);
    expect(walk(atSummary('solo'))).toEqual(['nextRecap', 'nextLevel']);
  });

  it('in Spanish, the Spanish words', () => {
    setLanguage('es');
    try {
      expect(walk(atSummary('teams'))).toEqual(['recap', 'nextLevel']);
      expect(summaryNextLabel(screenOf(mini, atSummary('teams')) as Summary, 0)).toBe('Lo que dijeron las fuentes');
    } finally {
      setLanguage('en');
    }
  });

  it('the last question of the session goes on to the results', () => {
    const last = { skipped: ['the-budget'] };
    expect(walk(atSummary('solo', last))).toEqual(['seeResults']);
    expect(walk(atSummary('teams', last))).toEqual(['recap', 'seeResults']);
  });

  it('without a scoreboard between questions there is no standings page', () => {
    expect(walk(atSummary('teams', { scoreboard: 'at-end' }))).toEqual(['nextLevel']);
  });
});
