/**
 * Whatever is in storage (corrupted, truncated, foreign, from a future version, or written by
 * a hostile page), loading never throws: the game either gets a valid state for this pack or
 * starts clean with the unreadable data kept under a backup key, and says so.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { GameState as GameStateSchema } from '../../src/core/rules/stateSchema';
import { attachPersistence } from '../../src/state/attachPersistence';
import { fitsPack, loadSaved } from '../../src/state/persistence';
import { save, SAVE_KEY, SAVE_VERSION } from '../../src/state/saveSlot';
import { createGameStore, DEFAULT_SETTINGS } from '../../src/state/store';
import { A, loadValidPack, memoryStorage, MINI_PACK_DIR, run } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);
const midRound: GameState = run(pack, initialState(), [A.next, A.next, A.next, A.next, { type: 'choose', option: 'this-year' }]);
const good = JSON.stringify({ version: SAVE_VERSION, packId: pack.manifest.id, game: midRound, settings: DEFAULT_SETTINGS });

/** Stored text as it might really be found: a valid save damaged in some way, or anything at all. */
const storedText = fc.oneof(
  fc.string(),
  fc.json(),
  fc.nat({ max: good.length }).map((n) => good.slice(0, n)), // truncated mid-write
  fc.tuple(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, x]) => good.slice(0, i) + x + good.slice(i + 1)), // a byte flipped
  fc.anything().map((v) => JSON.stringify({ version: SAVE_VERSION, packId: pack.manifest.id, game: v, settings: DEFAULT_SETTINGS }) ?? 'null'), // foreign game
  fc
    .record({ version: fc.oneof(fc.integer(), fc.string()), packId: fc.string(), game: fc.anything(), settings: fc.anything() })
    .map((v) => JSON.stringify(v) ?? ''),
  fc.integer({ min: SAVE_VERSION + 1, max: 99 }).map((v) => good.replace(`"version":${SAVE_VERSION}`, `"version":${v}`)), // from the future
  // A real game state with one field swapped for junk.
  fc
    .tuple(fc.constantFrom(...Object.keys(midRound)), fc.anything())
    .map(([k, v]) => JSON.stringify({ version: SAVE_VERSION, packId: pack.manifest.id, game: { ...midRound, [k]: v }, settings: DEFAULT_SETTINGS }) ?? ''),
);

describe('loading whatever storage holds', () => {
  it('never throws; a loaded game is valid for the pack; anything else starts clean with a backup of exactly what was there', () => {
    fc.assert(
      fc.property(storedText, (raw) => {
        const storage = memoryStorage({ [SAVE_KEY]: raw });
        const out = loadSaved(storage, pack, 1234);
        if (out.kind === 'loaded') {
          expect(GameStateSchema.safeParse(out.game).success).toBe(true);
          expect(fitsPack(pack, out.game)).toBe(true);
        } else {
          expect(out.kind).toBe('discarded');
          if (out.kind === 'discarded') expect(storage.getItem(out.backupKey!)).toBe(raw);
        }
        // The store never ends up with an invalid game, and the player is told when data was set aside.
        const store = createGameStore(pack);
        attachPersistence(store, memoryStorage({ [SAVE_KEY]: raw }), loadSaved);
        expect(GameStateSchema.safeParse(store.getState().game).success).toBe(true);
        if (out.kind === 'discarded') expect(store.getState().notice).toEqual(out.answered === false ? null : { kind: out.reason, kept: true });
      }),
      { numRuns: 600 },
    );
  });

  it('full storage: saving fails with a notice that stays, and play goes on', () => {
    const full = memoryStorage({}, true);
    const store = createGameStore(pack);
    attachPersistence(store, full, loadSaved);
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'save-failed' });
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'save-failed' });
    expect(store.getState().game.phase).not.toBe('title');
  });

  it('unavailable storage: one clear notice, and the game still plays', () => {
    const store = createGameStore(pack);
    attachPersistence(store, null, loadSaved);
    expect(store.getState().notice).toEqual({ kind: 'unavailable' });
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(save(null, pack, store.getState().game, DEFAULT_SETTINGS)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
