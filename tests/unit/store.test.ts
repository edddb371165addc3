import { describe, expect, it } from 'vitest';
import { screenOf } from '../../src/core/screens/screen';
import { createGameStore } from '../../src/state/store';
import { handleKey } from '../../src/input/keyboard';
import { menuItems } from '../../src/input/menuItems';
import { isSoftwareRenderer } from '../../src/platform/renderer';
import { loadValidPack, MINI_PACK_DIR, throughBeats } from './helpers';
import { t } from '../../src/i18n/strings';

const pack = loadValidPack(MINI_PACK_DIR);

/** The store at the first round of the mini pack ("opening": summer ✓, this-year ½, after-floods ?, never ✗). */
function atFirstRound(seed = 1) {
  const store = createGameStore(pack, undefined, undefined, { seed });
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter']) handleKey(store, k);
  expect(store.getState().game.phase).toBe('round');
  return store;
}

describe('store', () => {
  it('dispatch applies legal actions and records rejections without changing the game', () => {
    const store = createGameStore(pack);
    expect(store.getState().dispatch({ type: 'confirm' })).toBe(false);
    expect(store.getState().rejection?.code).toBe('wrong-phase');
    expect(store.getState().game.phase).toBe('title');
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(store.getState().rejection).toBeNull();
    expect(store.getState().game.phase).toBe('setup');
  });

  it('advance steps through a reveal’s evidence pages before moving on, and retreat steps back', () => {
    const store = atFirstRound();
    store.getState().dispatch({ type: 'choose', option: 'never' });
    store.getState().dispatch({ type: 'confirm' });
    expect(store.getState().game.phase).toBe('reveal');
    expect(store.getState().page).toBe(0);
    // The picks, then the verdict (reveal-beats.test.ts), then the whole reveal.
    throughBeats(store);
    expect(store.getState().page).toBe(0);
    // never (pell-crossing) + summer (pell-summer): two quotes, one page for a single-answer round.
    store.getState().advance();
    expect(store.getState().game.phase).toBe('round');
    expect(store.getState().game.round).toBe(1);
    store.getState().retreat();
    expect(store.getState().game.phase).toBe('reveal');
    expect(store.getState().game.round).toBe(0);
  });

  it('setPage ignores pages the screen does not have', () => {
    const store = createGameStore(pack);
    store.getState().setPage(3);
    expect(store.getState().page).toBe(0);
  });

  it('sound is off by default and toggles', () => {
    const store = createGameStore(pack);
    expect(store.getState().settings.sound).toBe(false);
    expect(handleKey(store, 'm')).toBe(true);
    expect(store.getState().settings.sound).toBe(true);
  });
});

describe('keyboard map', () => {
  it('1–4 and A–D choose the same options; Enter locks in', () => {
    const store = atFirstRound();
    // The keys name the options in the order on screen (shuffled per session), not the pack's.
    const shown = () => {
      const screen = screenOf(store.getState().pack, store.getState().game);
      return screen.kind === 'round' ? screen.options.map((o) => o.id) : [];
    };
    handleKey(store, '2');
    expect(store.getState().game.selection).toEqual([shown()[1]]);
    handleKey(store, 'D');
    expect(store.getState().game.selection).toEqual([shown()[3]]);
    handleKey(store, 'a');
    expect(store.getState().game.selection).toEqual([shown()[0]]);
    handleKey(store, 'B');
    expect(store.getState().game.selection).toEqual([shown()[1]]);
    // Another seed shows another order, and the same key then picks another option.
    const other = atFirstRound(999);
    handleKey(other, 'a');
    expect(other.getState().game.selection).not.toEqual([shown()[0]]);
    handleKey(store, 'Enter');
    expect(store.getState().game.phase).toBe('reveal');
  });

  it('a key for an option the round does not have does nothing', () => {
    const store = atFirstRound();
    expect(handleKey(store, '6')).toBe(false);
    expect(handleKey(store, ' ')).toBe(false);
    expect(store.getState().game.selection).toEqual([]);
  });

  it('presentation clicker keys continue and go back', () => {
    const store = createGameStore(pack);
    handleKey(store, 'PageDown');
    expect(store.getState().game.phase).toBe('setup');
    handleKey(store, 'PageUp');
    expect(store.getState().game.phase).toBe('title');
    handleKey(store, 'ArrowRight');
    handleKey(store, 'Backspace');
    expect(store.getState().game.phase).toBe('title');
  });

  it('Esc opens and closes the menu; number keys run its entries', () => {
    const store = atFirstRound();
    handleKey(store, 'Escape');
    expect(store.getState().game.overlay).toEqual({ kind: 'menu' });
    expect(handleKey(store, 'a')).toBe(false);
    expect(store.getState().game.selection).toEqual([]);
    handleKey(store, '2');
    expect(store.getState().game.phase).toBe('levelSelect');
    expect(store.getState().game.overlay).toBeNull();
    // The session's page: resume, the list, the article, end now, results, start over, the title, the settings.
    expect(menuItems(store.getState()).map((i) => i.label)).toEqual([
      t.menuResume,
      t.menuLevels,
      t.readArticle,
      t.menuEndSession,
      t.downloadCsv,
      t.menuRestart,
      t.menuTitle,
      t.menuSettings,
    ]);
  });

  it('the menu’s last entry opens its settings page, whose first goes back; Esc reopens on the first page', () => {
    const store = atFirstRound();
    handleKey(store, 'Escape');
    handleKey(store, String(menuItems(store.getState()).length));
    expect(store.getState().menuPage).toBe('settings');
    expect(menuItems(store.getState()).map((i) => i.label)).toContain(t.eraseAll);
    const timer = store.getState().game.timerSeconds;
    handleKey(store, String(menuItems(store.getState()).findIndex((i) => i.label === t.timerMenu(timer)) + 1));
    expect(store.getState().game.timerSeconds).not.toBe(timer);
    expect(store.getState().menuPage).toBe('settings');
    handleKey(store, '1');
    expect(store.getState().menuPage).toBe('main');
    handleKey(store, String(menuItems(store.getState()).length));
    handleKey(store, 'Escape');
    handleKey(store, 'Escape');
    expect(store.getState().menuPage).toBe('main');
  });

  it('Enter in the menu takes its highlighted first entry: Resume, or on the settings, Back', () => {
    const store = atFirstRound();
    handleKey(store, 'Escape');
    handleKey(store, String(menuItems(store.getState()).length));
    expect(store.getState().menuPage).toBe('settings');
    handleKey(store, 'Enter');
    expect(store.getState().menuPage).toBe('main');
    expect(store.getState().game.overlay).toEqual({ kind: 'menu' });
    handleKey(store, 'Enter');
    expect(store.getState().game.overlay).toBeNull();
    expect(store.getState().game.phase).toBe('round');
  });

  it('"End the session now" goes to the after-poll from a question', () => {
    const store = atFirstRound();
    handleKey(store, 'Escape');
    handleKey(store, String(menuItems(store.getState()).findIndex((i) => i.label === t.menuEndSession) + 1));
    expect(store.getState().game.phase).toBe(pack.manifest.poll ? 'pollAfter' : 'final');
    expect(store.getState().game.overlay).toBeNull();
  });

  it('number keys open a level from the list', () => {
    const store = createGameStore(pack);
    handleKey(store, 'Enter');
    handleKey(store, 'Enter');
    handleKey(store, '2');
    expect(store.getState().game).toMatchObject({ phase: 'levelIntro', level: 1 });
  });

  it('S opens the article at the first quote of the page; Esc closes it', () => {
    const store = atFirstRound();
    store.getState().dispatch({ type: 'choose', option: 'summer' });
    handleKey(store, 'Enter');
    // No quote shows before the whole reveal, so S has nothing to open yet.
    expect(handleKey(store, 's')).toBe(false);
    throughBeats(store);
    handleKey(store, 's');
    expect(store.getState().game.overlay).toEqual({ kind: 'source', quote: 'pell-summer' });
    handleKey(store, 'Escape');
    expect(store.getState().game.overlay).toBeNull();
    expect(store.getState().game.phase).toBe('reveal');
  });
});

describe('renderer choice', () => {
  it('treats software WebGL as no GPU', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });
});

describe('presenter controls', () => {
  it('"." blanks the screen anywhere; B blanks it off a question; the next key only unblanks', () => {
    const store = createGameStore(pack);
    expect(handleKey(store, '.')).toBe(true);
    expect(store.getState().blank).toBe(true);
    expect(handleKey(store, 'Enter')).toBe(true);
    expect(store.getState().blank).toBe(false);
    expect(store.getState().game.phase).toBe('title');
    handleKey(store, 'b');
    expect(store.getState().blank).toBe(true);
  });

  it('on a question B still picks answer B, and "." still blanks', () => {
    const store = atFirstRound();
    handleKey(store, 'b');
    expect(store.getState().blank).toBe(false);
    const screen = screenOf(store.getState().pack, store.getState().game);
    expect(store.getState().game.selection).toEqual([screen.kind === 'round' ? screen.options[1]!.id : '']);
    handleKey(store, '.');
    expect(store.getState().blank).toBe(true);
  });

  it('"?" opens the keyboard map, and any key closes it without acting', () => {
    const store = createGameStore(pack);
    handleKey(store, '?');
    expect(store.getState().help).toBe(true);
    handleKey(store, 'Enter');
    expect(store.getState().help).toBe(false);
    expect(store.getState().game.phase).toBe('title');
  });

  it('full screen is the key left of 1 (` or º) on the title and on a question alike; F never is', () => {
    let calls = 0;
    const effects = { toggleFullscreen: () => void calls++, downloadCsv: () => {}, printSummary: () => {}, renameTeam: () => {} };
    const store = createGameStore(pack);
    handleKey(store, 'f', effects);
    expect(calls).toBe(0);
    handleKey(store, '`', effects);
    expect(calls).toBe(1);
    const round = atFirstRound();
    handleKey(round, 'f', effects);
    expect(calls).toBe(1);
    handleKey(round, 'º', effects);
    expect(calls).toBe(2);
    expect(round.getState().game.phase).toBe('round');
  });

  it('setup keys: T / A / S the mode, + and - the teams, a number renames, arrows and Space tick questions, V and W the options', () => {
    const renamed: number[] = [];
    const effects = { toggleFullscreen: () => {}, downloadCsv: () => {}, printSummary: () => {}, renameTeam: (n: number) => void renamed.push(n) };
    const store = createGameStore(pack);
    handleKey(store, 't', effects);
    expect(store.getState().game).toMatchObject({ phase: 'setup', mode: 'teams' });
    for (const k of ['+', '+', '-', 'a']) handleKey(store, k, effects);
    expect(store.getState().game).toMatchObject({ mode: 'all', teams: ['', '', ''] });
    handleKey(store, '3', effects);
    handleKey(store, '4', effects); // no fourth team
    expect(renamed).toEqual([2]);
    for (const k of ['ArrowDown', 'ArrowDown', ' ']) handleKey(store, k, effects);
    expect(store.getState().game.skipped).toEqual(['the-budget']);
    for (const k of ['v', 'w']) handleKey(store, k, effects);
    expect(store.getState().game).toMatchObject({ autoAdvance: true, scoreboardShows: 'top3' });
    handleKey(store, 'o', effects); // the scoreboard off, and on again
    expect(store.getState().game.scoreboard).toBe('never');
    handleKey(store, 'o', effects);
    expect(store.getState().game.scoreboard).toBe('always');
    handleKey(store, 'Enter', effects);
    expect(store.getState().game.phase).toBe('levelSelect');
  });

  it('"Start over" asks twice before clearing the scores', () => {
    const store = atFirstRound();
    handleKey(store, 'a');
    handleKey(store, 'Enter');
    handleKey(store, 'Escape');
    const key = String(menuItems(store.getState()).findIndex((i) => i.label === t.menuRestart) + 1);
    handleKey(store, key);
    expect(store.getState().game.phase).toBe('reveal');
    expect(menuItems(store.getState())[Number(key) - 1]!.label).toBe(t.menuRestartConfirm(key));
    handleKey(store, key);
    expect(store.getState().game.phase).toBe('title');
    expect(store.getState().game.records).toEqual({});
  });
});
