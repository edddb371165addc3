import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { addTime, newTimer, pause, resume, tick } from '../../src/core/rules/timer';
import { A, loadValidPack, MINI_PACK_DIR, run, step } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

describe('timer (pure)', () => {
  it('is off by default and counts down only while running, from the first tick', () => {
    expect(newTimer(0)).toBeNull();
    let t = newTimer(30)!;
    t = tick(t, 1000); // starts the clock
    expect(t.remainingMs).toBe(30_000);
    t = tick(t, 11_000);
    expect(t.remainingMs).toBe(20_000);
    t = pause(t, 12_000);
    expect(t).toMatchObject({ remainingMs: 19_000, running: false });
    expect(tick(t, 99_000).remainingMs).toBe(19_000);
    t = tick(tick(resume(t), 50_000), 51_000);
    expect(t.remainingMs).toBe(18_000);
  });

  it('stops at zero and can be given more time', () => {
    let t = tick(tick(newTimer(20)!, 0), 25_000);
    expect(t).toMatchObject({ remainingMs: 0, running: false });
    t = addTime(t);
    expect(t).toMatchObject({ remainingMs: 30_000, running: true });
  });

  it('property: a paused timer never expires, whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(20, 30, 60, 90, 120 as const),
        fc.nat(200_000),
        fc.array(fc.integer({ min: -1e9, max: 1e12 }), { maxLength: 30 }),
        (secs, at, clocks) => {
          let t = pause(tick(tick(newTimer(secs as 20)!, 0), Math.min(at, secs * 1000 - 1)), Math.min(at, secs * 1000 - 1));
          const left = t.remainingMs;
          for (const now of clocks) t = tick(t, now);
          expect(t.remainingMs).toBe(left);
          expect(left).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('timer in the game', () => {
  const withTimer = (secs: 20 | 30): GameState =>
    run(pack, initialState(), [A.openMenu, { type: 'setTimer', seconds: secs }, { type: 'closeMenu' }, A.next, A.next, A.next, A.next]);

  it('is set from the menu and starts with each new answer round', () => {
    const s = withTimer(30);
    expect(s.phase).toBe('round');
    expect(s.timer).toMatchObject({ limitMs: 30_000, remainingMs: 30_000, running: true });
    expect(reduce(pack, s, { type: 'setTimer', seconds: 20 })).toMatchObject({ ok: false });
  });

  it('locks the round when time runs out; the reveal still comes when the teacher asks', () => {
    let s = withTimer(20);
    s = step(pack, s, { type: 'choose', option: 'this-year' });
    s = step(pack, s, { type: 'tick', now: 0 });
    s = step(pack, s, { type: 'tick', now: 20_000 });
    expect(s.locked).toBe(true);
    expect(s.phase).toBe('round');
    expect(reduce(pack, s, { type: 'choose', option: 'summer' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    s = step(pack, s, A.confirm);
    expect(s.phase).toBe('reveal');
    expect(s.records['the-bridge']!.opening).toMatchObject({ picked: ['this-year'], score: 50 });
  });

  it('with nothing picked when time is up, locking in reveals the sources for no points', () => {
    let s = withTimer(20);
    s = run(pack, s, [
      { type: 'tick', now: 5 },
      { type: 'tick', now: 30_000 },
    ]);
    s = step(pack, s, A.confirm);
    expect(s.records['the-bridge']!.opening).toEqual({ picked: [], score: 0, verdict: 'unsupported' });
  });

  it('pause holds the time; adding time unlocks a round that ran out', () => {
    let s = withTimer(20);
    s = run(pack, s, [
      { type: 'tick', now: 0 },
      { type: 'timer', op: 'pause', now: 5_000 },
      { type: 'tick', now: 60_000 },
    ]);
    expect(s).toMatchObject({ locked: false, timer: { remainingMs: 15_000, running: false } });
    s = run(pack, s, [
      { type: 'timer', op: 'resume', now: 60_000 },
      { type: 'tick', now: 61_000 },
      { type: 'tick', now: 90_000 },
    ]);
    expect(s.locked).toBe(true);
    s = step(pack, s, { type: 'timer', op: 'add', now: 90_000 });
    expect(s.locked).toBe(false);
    expect(step(pack, s, { type: 'choose', option: 'summer' }).selection).toEqual(['summer']);
  });

  it('ticks outside a timed round are rejected, so they cannot change anything', () => {
    const s = run(pack, initialState(), [A.next]);
    expect(reduce(pack, s, { type: 'tick', now: 1 } as Action)).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
  });
});

describe('discussion before answers', () => {
  const discussing = (secs: 0 | 20): GameState =>
    run(pack, initialState(), [
      A.openMenu,
      { type: 'setDiscuss', on: true },
      { type: 'setTimer', seconds: secs },
      { type: 'closeMenu' },
      A.next,
      A.next,
      A.next,
      A.next,
    ]);

  it('opens each answer round with the discussion: no picks, no lock-in, until the teacher moves on', () => {
    let s = discussing(0);
    expect(s).toMatchObject({ phase: 'round', discussing: true });
    expect(reduce(pack, s, { type: 'choose', option: 'summer' })).toMatchObject({ ok: false, error: { code: 'discussing' } });
    expect(reduce(pack, s, A.confirm)).toMatchObject({ ok: false, error: { code: 'discussing' } });
    s = step(pack, s, A.next);
    expect(s.discussing).toBe(false);
    expect(step(pack, s, { type: 'choose', option: 'summer' }).selection).toEqual(['summer']);
  });

  it('holds the answer timer during the discussion, and starts it after', () => {
    let s = discussing(20);
    // An open-ended discussion has no clock: ticks are refused, and the answer timer waits, full.
    expect(reduce(pack, s, { type: 'tick', now: 60_000 })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    expect(s).toMatchObject({ locked: false, timer: { remainingMs: 20_000, running: false } });
    s = run(pack, s, [A.next, { type: 'tick', now: 60_000 }, { type: 'tick', now: 65_000 }]);
    expect(s.timer).toMatchObject({ remainingMs: 15_000, running: true });
  });
});
