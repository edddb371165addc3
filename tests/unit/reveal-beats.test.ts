import { describe, expect, it } from 'vitest';
import { screenOf } from '../../src/core/screens/screen';
import { autoStepsBeat, beatAt, FULL_REVEAL, headerBeforeScoring, revealBeats, startBeat } from '../../src/core/screens/revealBeats';
import { createGameStore, type GameStore } from '../../src/state/store';
import { handleKey } from '../../src/input/keyboard';
import { revealBeatText } from '../../src/a11y/revealBeatsView';
import { attachRevealAutoAdvance, type Timers } from '../../src/services/revealAutoAdvance';
import { t } from '../../src/i18n/strings';
import { DEBATE_PACK_DIR, completeDebate, loadValidPack, MINI_PACK_DIR } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

/** The store at the first round of the mini pack, with this option locked in. */
function lockedIn(option: string, store: GameStore = createGameStore(pack, undefined, undefined, { seed: 1 })) {
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter']) handleKey(store, k);
  expect(store.getState().game.phase).toBe('round');
  store.getState().dispatch({ type: 'choose', option });
  store.getState().dispatch({ type: 'confirm' });
  expect(store.getState().game.phase).toBe('reveal');
  return store;
}
const beatOf = (store: GameStore) => beatAt(screenOf(store.getState().pack, store.getState().game), store.getState().beat);

describe('a pick reveal in beats', () => {
  it('locking in starts at the picks; Continue steps picks → verdict → evidence, then the pages, then the next round', () => {
    const store = lockedIn('never');
    expect(store.getState().beat).toBe(0);
    expect(beatOf(store)).toBe('picks');
    expect(handleKey(store, ' ')).toBe(true);
    expect(beatOf(store)).toBe('verdict');
    expect(handleKey(store, 'PageDown')).toBe(true);
    expect(beatOf(store)).toBe('evidence');
    expect(store.getState().game.phase).toBe('reveal');
    expect(store.getState().page).toBe(0);
    store.getState().advance();
    expect(store.getState().game).toMatchObject({ phase: 'round', round: 1 });
  });

  it('a reveal returned to starts at the whole reveal: back from the review, and after a reload', () => {
    const store = lockedIn('summer');
    // Back is unchanged: from the first beat, to the question looked at again.
    store.getState().retreat();
    expect(store.getState().game.phase).toBe('review');
    store.getState().advance();
    expect(store.getState().game.phase).toBe('reveal');
    expect(beatOf(store)).toBe('evidence');
    // A store opened on a saved reveal (a reload) is at the whole reveal too.
    const reloaded = createGameStore(pack, store.getState().game);
    expect(beatAt(screenOf(pack, reloaded.getState().game), reloaded.getState().beat)).toBe('evidence');
  });

  it('opening and closing the menu over a reveal keeps its beat', () => {
    const store = lockedIn('never');
    store.getState().advance();
    store.getState().dispatch({ type: 'openMenu' });
    // Nothing steps behind the menu.
    store.getState().dispatch({ type: 'closeMenu' });
    expect(beatOf(store)).toBe('verdict');
  });

  it('the start beat is the first only from a round into its reveal', () => {
    expect(startBeat('round', 'reveal')).toBe(0);
    expect(startBeat('review', 'reveal')).toBe(FULL_REVEAL);
    expect(startBeat('levelSelect', 'reveal')).toBe(FULL_REVEAL);
    expect(startBeat(null, 'reveal')).toBe(FULL_REVEAL);
  });

  it('a debate reveal has no beats: its scorecard steps its own lines', () => {
    const debate = loadValidPack(DEBATE_PACK_DIR);
    const store = createGameStore(debate, undefined, undefined, { seed: 1 });
    for (let i = 0; i < 12 && store.getState().game.phase !== 'round'; i++) {
      if (store.getState().game.phase === 'levelSelect') store.getState().dispatch({ type: 'openLevel', level: 0 });
      else store.getState().advance();
    }
    for (let i = 0; i < 40 && store.getState().game.phase === 'round'; i++) store.getState().dispatch(completeDebate(debate, store.getState().game)!);
    const screen = screenOf(debate, store.getState().game);
    expect(screen.kind).toBe('debateReveal');
    expect(revealBeats(screen)).toEqual([]);
    expect(beatAt(screen, store.getState().beat)).toBeNull();
  });

  it('before the verdict the DOM text names the picks and asks, with no verdict, best answer or points', () => {
    const store = lockedIn('never');
    const screen = screenOf(pack, store.getState().game);
    if (screen.kind !== 'reveal') throw new Error('not a reveal');
    const picks = revealBeatText(screen, 'picks', store.getState().game.teams);
    const all = JSON.stringify(picks);
    expect(picks.verdict).toBeNull();
    expect(picks.best).toBeNull();
    expect(picks.ask).toBe(t.sourcesAsk);
    for (const word of Object.values(t.outcome)) expect(all).not.toContain(word);
    expect(all).not.toContain(t.bestAnswer);
    expect(all).not.toContain(t.plusPoints(screen.record.score));
    // The pick is named.
    expect(picks.picks[0]!.text).toContain(screen.picked[0]!.text!);
    const verdict = revealBeatText(screen, 'verdict', store.getState().game.teams);
    expect(verdict.verdict?.outcome).toBe(screen.headline.kind === 'outcome' ? screen.headline.outcome : 'teams');
    expect(verdict.best?.ids).toEqual(screen.options.filter((o) => o.verdict === 'supported').map((o) => o.id));
    expect(JSON.stringify(verdict)).not.toContain(t.plusPoints(screen.record.score));
  });

  it('the header before the verdict has the score as it stood before this answer', () => {
    const store = lockedIn('summer');
    const screen = screenOf(pack, store.getState().game);
    if (screen.kind !== 'reveal') throw new Error('not a reveal');
    expect(screen.record.score).toBeGreaterThan(0);
    const before = headerBeforeScoring(screen);
    expect(before.score).toBe(screen.header.score - screen.record.score);
    // The progress pips' marks, where the header has them: this round's is not shown yet.
    const outcomes = (before as { outcomes?: readonly unknown[] }).outcomes;
    if (outcomes) expect(outcomes[screen.header.roundIndex]).toBeNull();
  });
});

describe('auto-advance through the beats', () => {
  const fakeTimers = () => {
    const pending = new Map<number, () => void>();
    let id = 0;
    const timers: Timers = {
      setTimeout: (run) => (pending.set(++id, run), id),
      clearTimeout: (n) => void pending.delete(n as number),
    };
    const fire = () => {
      const all = [...pending.entries()];
      pending.clear();
      for (const [, run] of all) run();
      return all.length;
    };
    return { timers, fire, pending };
  };

  it('steps only on a reveal before its last beat, with auto-advance on and nothing open over it', () => {
    const store = lockedIn('never');
    const screen = screenOf(pack, store.getState().game);
    const v = { autoAdvance: true, screen, beat: 0, overlay: false };
    expect(autoStepsBeat(v)).toBe(true);
    expect(autoStepsBeat({ ...v, beat: 1 })).toBe(true);
    expect(autoStepsBeat({ ...v, beat: FULL_REVEAL })).toBe(false);
    expect(autoStepsBeat({ ...v, autoAdvance: false })).toBe(false);
    expect(autoStepsBeat({ ...v, overlay: true })).toBe(false);
    expect(autoStepsBeat({ ...v, screen: screenOf(pack, { ...store.getState().game, phase: 'levelSelect' }) })).toBe(false);
  });

  /** Auto-advance turned on at the setup screen (V), then on to the first round and this option locked in. */
  const autoLockedIn = (option: string) => {
    const store = createGameStore(pack, undefined, undefined, { seed: 1 });
    const clock = fakeTimers();
    attachRevealAutoAdvance(store, clock.timers);
    handleKey(store, 'Enter');
    expect(store.getState().game.phase).toBe('setup');
    handleKey(store, 'v');
    expect(store.getState().game.autoAdvance).toBe(true);
    for (const k of ['Enter', 'Enter', 'Enter']) handleKey(store, k);
    expect(store.getState().game.phase).toBe('round');
    expect(clock.fire()).toBe(0);
    store.getState().dispatch({ type: 'choose', option });
    store.getState().dispatch({ type: 'confirm' });
    return { store, ...clock };
  };

  it('plays the beats in order and stops on the whole reveal, never moving to the next round', () => {
    const { store, fire } = autoLockedIn('never');
    const seen = [beatOf(store)];
    for (let i = 0; i < 4; i++) {
      fire();
      seen.push(beatOf(store));
    }
    expect(seen).toEqual(['picks', 'verdict', 'evidence', 'evidence', 'evidence']);
    expect(store.getState().game).toMatchObject({ phase: 'reveal', round: 0 });
  });

  it('a key that stepped first: the step waits on the new beat (one step a beat), and nothing steps behind the menu', () => {
    const { store, fire, pending } = autoLockedIn('never');
    expect(pending.size).toBe(1);
    handleKey(store, ' ');
    expect(beatOf(store)).toBe('verdict');
    expect(pending.size).toBe(1);
    store.getState().dispatch({ type: 'openMenu' });
    expect(pending.size).toBe(0);
    store.getState().dispatch({ type: 'closeMenu' });
    fire();
    expect(beatOf(store)).toBe('evidence');
    expect(fire()).toBe(0);
  });
});
