import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { attachPersistence } from '../../src/state/attachPersistence';
import { attachClock } from '../../src/state/clock';
import { fitsPack, loadSaved } from '../../src/state/persistence';
import { eraseBackups, listBackups } from '../../src/state/backups';
import { noticeText } from '../../src/i18n/noticeText';
import { save, SAVE_KEY, SAVE_VERSION } from '../../src/state/saveSlot';
import { createGameStore, DEFAULT_SETTINGS } from '../../src/state/store';
import { DEBATE_PACK_DIR, loadValidPack, memoryStorage, MINI_PACK_DIR, ROOT, run, A } from './helpers';
import { screenOf } from '../../src/core/screens/screen';
import { teamTotals } from '../../src/core/rules/progress';

const pack = loadValidPack(MINI_PACK_DIR);

/** A Storage in memory; `failWrites` makes setItem throw as a full or blocked store does. */

const midRound: GameState = run(pack, initialState(), [A.next, A.next, A.next, A.next, { type: 'choose', option: 'this-year' }]);

describe('saving and loading', () => {
  it('round-trips a game in the middle of a round, selection included', () => {
    const storage = memoryStorage();
    expect(save(storage, pack, midRound, { ...DEFAULT_SETTINGS, sound: true })).toEqual({ ok: true });
    const back = loadSaved(storage, pack);
    expect(back).toEqual({ kind: 'loaded', game: midRound, settings: { ...DEFAULT_SETTINGS, sound: true } });
  });

  it('has nothing to load on a first visit', () => {
    expect(loadSaved(memoryStorage(), pack)).toEqual({ kind: 'none' });
  });

  it('keeps unreadable data aside under a backup key and starts clean', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{"version":1,"game":' });
    const out = loadSaved(storage, pack, 1234);
    expect(out).toEqual({ kind: 'discarded', reason: 'unreadable', backupKey: expect.stringMatching(new RegExp(`^${SAVE_KEY}:backup:[0-9a-f]{8}:1234$`)) });
    expect(out.kind === 'discarded' && storage.data.get(out.backupKey!)).toBe('{"version":1,"game":');
    expect(listBackups(storage)).toEqual([{ key: (out as { backupKey: string }).backupKey, at: 1234, bytes: 40 }]);
  });

  it('keeps one copy per distinct bad value: reloading the same broken save adds none', () => {
    const storage = memoryStorage({ [SAVE_KEY]: 'not json' });
    const first = loadSaved(storage, pack, 1000);
    const again = loadSaved(storage, pack, 2000);
    const third = loadSaved(storage, pack, 3000);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(listBackups(storage).map((b) => b.at)).toEqual([1000]);
    // Another bad value is another copy.
    storage.setItem(SAVE_KEY, '{"version":99}');
    expect(loadSaved(storage, pack, 4000)).toMatchObject({ kind: 'discarded', reason: 'newer' });
    expect(listBackups(storage).map((b) => b.at)).toEqual([1000, 4000]);
    // The teacher erases one, then the rest (Data on this device).
    eraseBackups(storage, listBackups(storage)[0]!.key);
    expect(listBackups(storage).map((b) => b.at)).toEqual([4000]);
    eraseBackups(storage);
    expect(listBackups(storage)).toEqual([]);
    expect(storage.data.get(SAVE_KEY)).toBe('{"version":99}');
  });

  it('near the quota says no copy was kept, never that one was', () => {
    const storage = memoryStorage({ [SAVE_KEY]: 'not json' }, true);
    expect(loadSaved(storage, pack, 1000)).toEqual({ kind: 'discarded', reason: 'unreadable', backupKey: null });
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved);
    expect(store.getState().notice).toEqual({ kind: 'unreadable', kept: false });
    expect(noticeText(store.getState().notice!)).toBe('The saved game could not be read, so a new game has started. No copy could be kept: storage is full.');
  });

  it('lists the copies of earlier versions too (…:unreadable:<time>), oldest first', () => {
    const storage = memoryStorage({ [`${SAVE_KEY}:unreadable:50`]: 'x', [`${SAVE_KEY}:backup:0000abcd:10`]: 'yy', [SAVE_KEY]: '{}', 'other-app': 'z' });
    expect(listBackups(storage)).toEqual([
      { key: `${SAVE_KEY}:backup:0000abcd:10`, at: 10, bytes: 4 },
      { key: `${SAVE_KEY}:unreadable:50`, at: 50, bytes: 2 },
    ]);
  });

  it('rejects data of the wrong shape (foreign data under our key)', () => {
    const foreign = JSON.stringify({ version: SAVE_VERSION, packId: 'mini', game: { phase: 'somewhere' }, settings: {} });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: foreign }), pack)).toMatchObject({ kind: 'discarded', reason: 'unreadable' });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: '42' }), pack)).toMatchObject({ kind: 'discarded', reason: 'unreadable' });
  });

  it('does not trust a save from a newer version', () => {
    const future = JSON.stringify({ version: SAVE_VERSION + 1, packId: pack.manifest.id, game: midRound, settings: DEFAULT_SETTINGS });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: future }), pack)).toMatchObject({ kind: 'discarded', reason: 'newer' });
  });

  it('does not load another pack’s game', () => {
    const other = JSON.stringify({ version: SAVE_VERSION, packId: 'another-pack', game: midRound, settings: DEFAULT_SETTINGS });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: other }), pack)).toMatchObject({ kind: 'discarded', reason: 'other-pack' });
  });

  it('does not load a game that points at levels or rounds the pack no longer has', () => {
    const broken = { ...midRound, level: 7 };
    expect(fitsPack(pack, broken)).toBe(false);
    const data = JSON.stringify({ version: SAVE_VERSION, packId: pack.manifest.id, game: broken, settings: DEFAULT_SETTINGS });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: data }), pack)).toMatchObject({ kind: 'discarded', reason: 'does-not-fit' });
    expect(fitsPack(pack, { ...midRound, records: { 'no-such-level': {} } })).toBe(false);
  });

  it('survives storage that throws on read or write', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(loadSaved(throwing, pack)).toEqual({ kind: 'discarded', reason: 'unavailable', backupKey: null });
    expect(loadSaved(null, pack)).toEqual({ kind: 'discarded', reason: 'unavailable', backupKey: null });
    expect(save(memoryStorage({}, true), pack, midRound, DEFAULT_SETTINGS)).toEqual({ ok: false, reason: 'full-or-blocked' });
  });

  it('migrates the frozen version-1 fixture (before the timer) and loads it', () => {
    const fixture = readFileSync(join(ROOT, 'tests/fixtures/saves/v1-mini-pack.json'), 'utf8');
    const out = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), pack);
    expect(out.kind).toBe('loaded');
    if (out.kind === 'loaded') expect(out.game).toMatchObject({ phase: 'round', level: 0, round: 1, timerSeconds: 0, timer: null, locked: false });
  });

  it('migrates the frozen version-2 fixture (two teams; case cards named by team) and keeps its scores', () => {
    const debatePack = loadValidPack(DEBATE_PACK_DIR);
    const fixture = readFileSync(join(ROOT, 'tests/fixtures/saves/v2-debate-pack.json'), 'utf8');
    const out = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), debatePack);
    expect(out.kind).toBe('loaded');
    if (out.kind !== 'loaded') return;
    expect(out.settings).toEqual({ ...DEFAULT_SETTINGS, sound: true });
    expect(out.game).toMatchObject({
      phase: 'reveal',
      mode: 'teams',
      teams: ['', ''],
      skipped: [],
      scoreboardShows: 'all',
      discussSeconds: 0,
      autoAdvance: false,
    });
    const draft = out.game.records['the-plan']!['case-spring']!.draft;
    expect(draft?.kind === 'case' && draft.played.map((p) => p.side)).toEqual([0, 1, 0, 1]);
    expect(teamTotals(debatePack, out.game)).toEqual([100, 68]);
    // The scorecards rebuild from the migrated draft with the same points per side.
    const screen = screenOf(debatePack, out.game);
    expect(screen.kind === 'debateReveal' && screen.scorecards.map((c) => [c.team, c.score])).toEqual([
      [0, 100],
      [1, 68],
    ]);
  });
});

describe('the version-3 save (before the shuffled order)', () => {
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/saves/v3-mini-pack.json'), 'utf8');

  it('migrates the frozen fixture: it gets a seed, keeps its pick and its score, and resumes mid-round', () => {
    const out = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), pack);
    expect(out.kind).toBe('loaded');
    if (out.kind !== 'loaded') return;
    expect(Number.isInteger(out.game.seed)).toBe(true);
    expect(out.game).toMatchObject({ phase: 'round', level: 0, round: 1, selection: ['contradicts'] });
    expect(out.game.records['the-bridge']!.opening).toEqual({ picked: ['summer'], score: 100, verdict: 'supported' });
    // The pick made before the upgrade is still the one shown as picked, wherever it now sits.
    const screen = screenOf(pack, out.game);
    expect(screen.kind === 'round' && screen.options.filter((o) => o.selected).map((o) => o.id)).toEqual(['contradicts']);
  });

  it('draws the same seed from the same old save, so two reads show the same order', () => {
    const a = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), pack);
    const b = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), pack);
    expect(a.kind === 'loaded' && b.kind === 'loaded' && a.game.seed === b.game.seed).toBe(true);
  });

  it('is not read as the current version without the migration (a save without a seed is incomplete)', () => {
    const data = JSON.parse(fixture) as Record<string, unknown>;
    const asCurrent = JSON.stringify({ ...data, version: SAVE_VERSION });
    expect(loadSaved(memoryStorage({ [SAVE_KEY]: asCurrent }), pack)).toMatchObject({ kind: 'discarded', reason: 'unreadable' });
  });
});

describe('attachPersistence', () => {
  it('restores the saved game into a new store, then saves each change', () => {
    const storage = memoryStorage();
    save(storage, pack, midRound, DEFAULT_SETTINGS);
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved);
    expect(store.getState().game).toEqual(midRound);
    // Reopened mid-session: "resume or new session?" comes first.
    expect(store.getState().resumePrompt).toBe(true);
    store.getState().resumeSession();
    expect(store.getState().resumePrompt).toBe(false);
    store.getState().dispatch({ type: 'confirm' });
    const saved = JSON.parse(storage.data.get(SAVE_KEY)!) as { game: GameState };
    expect(saved.game.phase).toBe('reveal');
  });

  it('says so once when the saved game was unreadable, and clears the notice on the next move', () => {
    const store = createGameStore(pack);
    attachPersistence(store, memoryStorage({ [SAVE_KEY]: 'not json' }), loadSaved);
    expect(store.getState().notice).toEqual({ kind: 'unreadable', kept: true });
    expect(noticeText(store.getState().notice!)).toBe(
      'The saved game could not be read, so a new game has started. A copy of the old save was kept: Menu → Settings → Data on this device.',
    );
    expect(store.getState().game).toEqual(initialState(store.getState().game.seed));
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().notice).toBeNull();
  });

  it('a failing save keeps saying so, move after move, until a save succeeds; play goes on', () => {
    const store = createGameStore(pack);
    const storage = memoryStorage({}, true);
    attachPersistence(store, storage, loadSaved);
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'save-failed' });
    // One key press can send two actions: the second must not clear the warning.
    expect(store.getState().dispatch({ type: 'next' })).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'save-failed' });
    expect(store.getState().game.phase).not.toBe('title');
    expect(noticeText(store.getState().notice!)).toContain('Free space: Menu → Settings → Data on this device.');
    // Space freed: the next move saves, and the warning goes.
    storage.failWrites = false;
    store.getState().dispatch({ type: 'openMenu' });
    expect(store.getState().notice).toBeNull();
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).game.overlay).toEqual({ kind: 'menu' });
  });

  it('a resumed session is written back at once, so a full disk is said on the first screen', () => {
    const storage = memoryStorage();
    save(storage, pack, midRound, DEFAULT_SETTINGS);
    storage.failWrites = true;
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved);
    expect(store.getState().game).toEqual(midRound);
    expect(store.getState().notice).toEqual({ kind: 'save-failed' });
  });

  it('opens before the tab knows whether it holds the session, and writes what it held back only once it does', async () => {
    for (const answer of ['owner', 'elsewhere'] as const) {
      const storage = memoryStorage();
      const store = createGameStore(pack);
      let state: 'pending' | 'owner' | 'elsewhere' = 'pending';
      let settle: () => void = () => {};
      const claimed = new Promise<void>((r) => (settle = r));
      attachPersistence(store, storage, loadSaved, undefined, () => state === 'owner', new Map(), claimed);
      store.getState().dispatch({ type: 'next' });
      expect(storage.data.has(SAVE_KEY)).toBe(false);
      state = answer;
      settle();
      await claimed;
      await Promise.resolve();
      if (answer === 'owner') expect(JSON.parse(storage.data.get(SAVE_KEY)!).game.phase).toBe(store.getState().game.phase);
      else expect(storage.data.has(SAVE_KEY)).toBe(false);
    }
  });

  it('a save on a stored pack that was set aside names the pack and why, and keeps a copy', () => {
    const storage = memoryStorage();
    const played = createGameStore(pack, midRound);
    played.getState().dispatch({ type: 'confirm' });
    expect(Object.keys(played.getState().game.records)).toHaveLength(1);
    save(storage, { ...pack, manifest: { ...pack.manifest, id: 'gone' } }, played.getState().game, DEFAULT_SETTINGS);
    const store = createGameStore(pack);
    const aside = new Map([['gone', { title: 'Harbour Inquiry', problem: 'pack.json: a quote is not in the article' }]]);
    attachPersistence(store, storage, loadSaved, undefined, undefined, aside);
    expect(store.getState().notice).toEqual({ kind: 'pack-failed', kept: true, pack: aside.get('gone') });
    expect(noticeText(store.getState().notice!)).toBe(
      "The saved game is on the level pack “Harbour Inquiry”, which no longer passes the game's checks (pack.json: a quote is not in the article), so a new game has started. A copy of the old save was kept: Menu → Settings → Data on this device.",
    );
    expect(listBackups(storage)).toHaveLength(1);
  });

  it('a save with nothing answered in it, on a pack no longer here, lost nothing: no notice about it', () => {
    const storage = memoryStorage();
    save(storage, { ...pack, manifest: { ...pack.manifest, id: 'gone' } }, midRound, DEFAULT_SETTINGS);
    expect(loadSaved(storage, pack)).toMatchObject({ kind: 'discarded', reason: 'other-pack', answered: false });
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved, undefined, undefined, new Map([['gone', { title: 'Harbour Inquiry', problem: 'x' }]]));
    expect(store.getState().notice).toBeNull();
  });
});

describe('new session on reopening', () => {
  it('asks twice, then starts over and keeps the teacher settings', () => {
    const storage = memoryStorage();
    save(storage, pack, { ...midRound, timerSeconds: 30 }, DEFAULT_SETTINGS);
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved);
    store.getState().newSession();
    expect(store.getState().game.phase).toBe('round');
    expect(store.getState().confirmRestart).toBe(true);
    store.getState().newSession();
    expect(store.getState().resumePrompt).toBe(false);
    const fresh = store.getState().game;
    expect(fresh).toEqual({ ...initialState(fresh.seed), timerSeconds: 30 });
    // A new session is shuffled anew.
    expect(fresh.seed).not.toBe(midRound.seed);
  });

  it('an untouched game on the title just opens, no question asked', () => {
    const storage = memoryStorage();
    save(storage, pack, initialState(), DEFAULT_SETTINGS);
    const store = createGameStore(pack);
    attachPersistence(store, storage, loadSaved);
    expect(store.getState().resumePrompt).toBe(false);
  });
});

describe('saving skips the timer’s ticks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A class in a round with a 90-second timer running, its store saved to `storage`, each write counted. */
  function timedRound() {
    const storage = memoryStorage();
    let writes = 0;
    const setItem = storage.setItem;
    storage.setItem = (k, v) => (writes++, setItem(k, v));
    const start = run(pack, initialState(), [A.openMenu, { type: 'setTimer', seconds: 90 }, { type: 'closeMenu' }, A.next, A.next, A.next, A.next]);
    expect(start.timer).toMatchObject({ running: true, remainingMs: 90_000 });
    const store = createGameStore(pack, start);
    const page = new EventTarget() as EventTarget & { document: { visibilityState: DocumentVisibilityState } };
    page.document = { visibilityState: 'visible' };
    attachPersistence(store, storage, () => ({ kind: 'none' }), page as unknown as Window);
    const stopClock = attachClock(store, () => Date.now());
    const savedTimer = () => (JSON.parse(storage.data.get(SAVE_KEY) ?? 'null') as { game: GameState } | null)?.game.timer;
    return { store, storage, page, stopClock, savedTimer, writes: () => writes };
  }

  it('a minute of ticks writes nothing; a pause, a resume and added time write once each', () => {
    const r = timedRound();
    vi.advanceTimersByTime(60_000);
    expect(Math.ceil(r.store.getState().game.timer!.remainingMs / 1000)).toBe(30);
    expect(r.writes()).toBe(0);
    r.store.getState().dispatch({ type: 'timer', op: 'pause', now: Date.now() });
    expect(r.writes()).toBe(1);
    expect(r.savedTimer()).toMatchObject({ running: false, remainingMs: 30_000 });
    r.store.getState().dispatch({ type: 'timer', op: 'resume', now: Date.now() });
    expect(r.writes()).toBe(2);
    vi.advanceTimersByTime(10_000);
    r.store.getState().dispatch({ type: 'timer', op: 'add', now: Date.now() });
    expect(r.writes()).toBe(3);
    expect(r.savedTimer()).toMatchObject({ running: true, limitMs: 120_000 });
    // Time running out locks the round: that is worth a write.
    vi.advanceTimersByTime(60_000);
    expect(r.store.getState().game.locked).toBe(true);
    expect(r.writes()).toBe(4);
    r.stopClock();
  });

  it('hiding or leaving the page writes the time left, so a reload resumes the countdown where it was', () => {
    const r = timedRound();
    vi.advanceTimersByTime(20_000);
    expect(r.writes()).toBe(0);
    r.page.document.visibilityState = 'hidden';
    r.page.dispatchEvent(new Event('visibilitychange'));
    expect(r.writes()).toBe(1);
    expect(r.savedTimer()).toMatchObject({ running: true, remainingMs: 70_000 });
    // Shown again and hidden again with nothing new: nothing to write.
    r.page.dispatchEvent(new Event('visibilitychange'));
    expect(r.writes()).toBe(1);
    vi.advanceTimersByTime(5_000);
    r.page.dispatchEvent(new Event('pagehide'));
    expect(r.writes()).toBe(2);
    r.stopClock();
    const reopened = createGameStore(pack);
    attachPersistence(reopened, r.storage, loadSaved, new EventTarget() as unknown as Window);
    expect(reopened.getState().game.timer).toEqual(r.store.getState().game.timer);
  });
});

describe('the version-4 save (before the volume and motion settings)', () => {
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/saves/v4-mini-pack.json'), 'utf8');

  it('migrates the frozen fixture: the device keeps its settings, gains a middle volume and motion as the device asks, and resumes mid-round', () => {
    const out = loadSaved(memoryStorage({ [SAVE_KEY]: fixture }), pack);
    expect(out.kind).toBe('loaded');
    if (out.kind !== 'loaded') return;
    expect(out.settings).toMatchObject({ sound: false, volume: 0.65, music: false, motion: 'system', textSize: 'standard' });
    expect(out.game).toMatchObject({ phase: 'round', level: 0, round: 1, selection: ['contradicts'] });
    expect(out.game.records['the-bridge']!.opening).toEqual({ picked: ['summer'], score: 100, verdict: 'supported' });
  });
});
