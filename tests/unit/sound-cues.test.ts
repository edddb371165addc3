import { describe, expect, it } from 'vitest';
import { createGameStore, type AppState } from '../../src/state/store';
import { handleKey } from '../../src/input/keyboard';
import { soundCues, bedPlays, type Cue } from '../../src/services/soundCues';
import { CUE_SOUNDS } from '../../src/services/soundSet';
import { nextSound, soundStop, SOUND_STOPS } from '../../src/state/settings';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { loadValidPack, MINI_PACK_DIR } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

/** A store at the mini pack's first round, recording the cues of every change. */
function recording(sound = true, timer: 0 | 30 = 0) {
  const store = createGameStore(pack, undefined, undefined, { seed: 3 });
  store.setState({ settings: { ...store.getState().settings, sound } });
  // The timer is set from the menu (a round opened after it has a countdown).
  if (timer) for (const a of [{ type: 'openMenu' }, { type: 'setTimer', seconds: timer }, { type: 'closeMenu' }] as const) store.getState().dispatch(a);
  const heard: Cue[][] = [];
  store.subscribe((s: AppState, prev: AppState) => heard.push(soundCues(prev, s)));
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter']) handleKey(store, k);
  expect(store.getState().game.phase).toBe('round');
  heard.length = 0;
  return { store, heard, flat: () => heard.flat() };
}

describe('sound cues', () => {
  it('are silent while sound is off, whatever happens', () => {
    const { store, flat } = recording(false);
    const s = store.getState();
    s.dispatch({ type: 'choose', option: 'summer' });
    s.dispatch({ type: 'confirm' });
    for (let i = 0; i < 4; i++) store.getState().advance();
    expect(flat()).toEqual([]);
  });

  it('a pick clicks, locking in sounds, and the stamp lands with the outcome only at the verdict beat', () => {
    const { store, heard, flat } = recording();
    const round = pack.levels[0]!.rounds[0]!;
    const options = 'options' in round ? round.options : [];
    // Any option: what is checked is that the outcome cue matches the record, not which one is right.
    const option = options[options.length - 1]!;
    store.getState().dispatch({ type: 'choose', option: option.id });
    expect(heard.at(-1)).toEqual(['pick']);
    store.getState().dispatch({ type: 'confirm' });
    expect(heard.at(-1)).toEqual(['lockIn']);
    expect(store.getState().beat).toBe(0);
    store.getState().advance();
    const verdict = option.verdict === 'supported' ? 'right' : option.verdict === 'partial' ? 'partly' : 'notRight';
    expect(heard.at(-1)).toEqual(['stamp', verdict]);
    store.getState().advance();
    // The evidence beat: no second stamp.
    expect(flat().filter((c) => c === 'stamp')).toHaveLength(1);
  });

  it('ticks once a second in the last ten seconds of a running countdown', () => {
    const { store, flat } = recording(true, 30);
    expect(store.getState().game.timer).not.toBeNull();
    const t0 = 1_000_000;
    for (let ms = 0; ms <= 30_000; ms += 250) store.getState().dispatch({ type: 'tick', now: t0 + ms });
    const ticks = flat().filter((c) => c === 'tick').length;
    expect(ticks).toBeGreaterThanOrEqual(9);
    expect(ticks).toBeLessThanOrEqual(10);
  });

  it('the bed plays only with sound and music on, during a discussion', () => {
    const { store } = recording();
    const s = store.getState();
    const discussing = { ...s, game: { ...s.game, discussing: true } };
    expect(bedPlays({ ...discussing, settings: { ...s.settings, music: true } })).toBe(true);
    expect(bedPlays({ ...discussing, settings: { ...s.settings, music: false } })).toBe(false);
    expect(bedPlays({ ...discussing, settings: { ...s.settings, music: true, sound: false } })).toBe(false);
    expect(bedPlays({ ...s, settings: { ...s.settings, music: true } })).toBe(false);
  });

  it('each cue starts on a pitch of its own (the browser test reads the Web Audio graph by it)', () => {
    const firsts = Object.values(CUE_SOUNDS).map((c) => c.notes[0]!.f);
    expect(new Set(firsts).size).toBe(firsts.length);
  });
});

describe('the menu’s Sound entry', () => {
  it('steps off → quiet → medium → loud → music → off, and M’s toggle keeps the volume', () => {
    let s = { ...DEFAULT_SETTINGS };
    const seen: number[] = [];
    for (let i = 0; i < SOUND_STOPS.length + 1; i++) {
      seen.push(soundStop(s));
      s = nextSound(s);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 0]);
    const loud = nextSound(nextSound(nextSound({ ...DEFAULT_SETTINGS })));
    expect(loud).toMatchObject({ sound: true, volume: 1 });
    expect(soundStop({ ...loud, sound: false })).toBe(0);
    expect(soundStop({ ...loud, sound: true })).toBe(3);
  });
});
