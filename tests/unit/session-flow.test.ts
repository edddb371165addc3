/**
 * A class session from start to finish as the teacher drives it: a new session from the title
 * starts from zero, the bell can end it early (results over what was played), the poll not
 * taken says so, the way of playing is fixed once scored, and the standings rank by name.
 */
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { currentRound } from '../../src/core/rules/roundAt';
import { roundOptions } from '../../src/core/rules/options';
import { sessionProgress } from '../../src/core/rules/session';
import { standingsBoard } from '../../src/core/rules/progress';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { createGameStore } from '../../src/state/store';
import type { Pack } from '../../src/core/pack/schema';
import { A, CECOT_DIR, MINI_PACK_DIR, completeDebate, loadValidPack, run, step } from './helpers';

const cecot = loadValidPack(CECOT_DIR);
const mini = loadValidPack(MINI_PACK_DIR);

function as<K extends Screen['kind']>(screen: Screen, kind: K): Extract<Screen, { kind: K }> {
  expect(screen.kind).toBe(kind);
  return screen as Extract<Screen, { kind: K }>;
}

/** Answers the round on screen with its first option (or a complete debate), in every mode. */
function answer(pack: Pack, s: GameState): GameState {
  for (let i = 0; i < 40 && s.phase === 'round'; i++) {
    const debate = completeDebate(pack, s);
    if (debate) {
      s = step(pack, s, debate);
      continue;
    }
    const first = roundOptions(pack, currentRound(pack, s)!)[0]!.id;
    if (s.mode === 'all') s = run(pack, s, [...s.teams.flatMap((_, team): Action[] => [{ type: 'setActiveTeam', team }, A.choose(first)])]);
    else s = step(pack, s, A.choose(first));
    s = step(pack, s, A.confirm);
  }
  return s;
}

/** Plays on with Next and first answers until `done` says stop. */
function playUntil(pack: Pack, s: GameState, done: (s: GameState) => boolean): GameState {
  for (let i = 0; i < 400 && !done(s); i++) s = s.phase === 'round' ? answer(pack, s) : step(pack, s, A.next);
  expect(done(s)).toBe(true);
  return s;
}

describe('a new session from the title', () => {
  it('after a finished game starts from zero: no records, no poll counts, no team lock, the chosen mode', () => {
    let s = run(cecot, initialState(1), [{ type: 'setMode', mode: 'solo' }, A.next, A.next]);
    s = step(cecot, s, { type: 'poll', option: cecot.manifest.poll!.options[0]!.id, delta: 1 });
    s = playUntil(cecot, s, (x) => x.phase === 'pollAfter' || x.phase === 'final');
    expect(sessionProgress(cecot, s)).toBe('finished');
    s = step(cecot, step(cecot, s, A.toTitle), { type: 'startSession', mode: 'all', seed: 9 });
    expect(s.phase).toBe('setup');
    expect(s.mode).toBe('all');
    expect(s.records).toEqual({});
    expect(s.poll).toEqual({ before: {}, after: {} });
    const setup = as(screenOf(cecot, s), 'setup');
    expect(setup.teamCount.lock).toBeNull();
    expect(setup.teamCount.canAdd).toBe(true);
    expect(setup.modeLock).toBeNull();
    expect(setup.levels.every((l) => l.status === 'notPlayed' && l.answered === 0)).toBe(true);
  });

  it('keeps the class’s team names and the teacher’s settings', () => {
    let s = run(mini, initialState(1), [{ type: 'setMode', mode: 'teams' }, A.next, { type: 'renameTeam', team: 1, name: 'Owls' }]);
    s = run(mini, s, [{ type: 'setAutoAdvance', on: true }, A.toTitle, { type: 'startSession', mode: 'teams', seed: 2 }]);
    expect(s.teams).toEqual(['', 'Owls']);
    expect(s.autoAdvance).toBe(true);
  });

  it('is asked about first by the store when a session is under way, and starts on the second press', () => {
    const store = createGameStore(mini, undefined, [mini], { seed: 4 });
    const st = () => store.getState();
    st().startSession('teams');
    st().dispatch(A.next);
    st().dispatch(A.next);
    st().dispatch(A.next);
    st().dispatch(A.choose(roundOptions(mini, currentRound(mini, st().game)!)[0]!.id));
    st().dispatch(A.confirm);
    st().dispatch(A.toTitle);
    expect(as(screenOf(mini, st().game), 'title').progress).toBe('unfinished');
    expect(st().startSession('all')).toBe(false);
    expect(st().confirmNewSession).toBe('all');
    expect(Object.keys(st().game.records)).not.toHaveLength(0);
    // Another key asks again for that mode; the same one twice starts.
    expect(st().startSession('solo')).toBe(false);
    expect(st().startSession('solo')).toBe(true);
    expect(st().game.records).toEqual({});
    expect(st().game.mode).toBe('solo');
    expect(st().confirmNewSession).toBeNull();
  });

  it('is refused away from the title', () => {
    const s = run(mini, initialState(1), [A.next]);
    expect(reduce(mini, s, { type: 'startSession', mode: 'all' })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
  });
});

describe('the way of playing once a round is scored', () => {
  it('is fixed, and the setup says why', () => {
    let s = run(mini, initialState(1), [{ type: 'setMode', mode: 'teams' }, A.next, A.next, A.next, A.next]);
    s = answer(mini, s);
    s = run(mini, s, [A.toTitle, A.next]);
    expect(s.phase).toBe('setup');
    expect(as(screenOf(mini, s), 'setup').modeLock).toBe('scored');
    expect(reduce(mini, s, { type: 'setMode', mode: 'all' })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    // Choosing the mode already in play is no change, so not refused.
    expect(reduce(mini, s, { type: 'setMode', mode: 'teams' }).ok).toBe(true);
  });
});

describe('ending the session early', () => {
  /** CECOT, solo, the poll taken before, two rounds of the first level answered, then the bell. */
  function endedEarly(): GameState {
    let s = run(cecot, initialState(1), [A.next, A.next]);
    s = step(cecot, s, { type: 'poll', option: cecot.manifest.poll!.options[1]!.id, delta: 1 });
    s = run(cecot, s, [A.next, A.next, A.next]);
    s = answer(cecot, s);
    s = step(cecot, s, A.next);
    s = answer(cecot, s);
    expect(s.phase).toBe('reveal');
    return run(cecot, s, [A.openMenu, { type: 'endSession' }]);
  }

  it('goes from the menu to the after-poll, then results over the rounds played only', () => {
    let s = endedEarly();
    expect(s.phase).toBe('pollAfter');
    expect(s.overlay).toBeNull();
    s = step(cecot, s, A.next);
    const final = as(screenOf(cecot, s), 'final');
    expect(final.max).toBe(200);
    expect(final.total).toBeLessThanOrEqual(200);
    expect(final.levels[0]!.status).toBe('partial');
    expect(final.levels[0]!.playedMax).toBe(200);
    expect(final.levels.slice(1).every((l) => l.status === 'notPlayed')).toBe(true);
  });

  it('says the after-poll was not taken rather than showing zeros', () => {
    const s = step(cecot, endedEarly(), A.next);
    const poll = as(screenOf(cecot, s), 'final').poll!;
    expect(poll.taken).toEqual({ before: true, after: false });
  });

  it('mid-question drops the unconfirmed picks and the countdown', () => {
    let s = run(cecot, initialState(1), [{ type: 'setMode', mode: 'all' }, A.next, A.next, A.next, A.next, A.next, { type: 'setActiveTeam', team: 1 }]);
    expect(s.phase).toBe('round');
    s = step(cecot, s, { type: 'endSession' });
    expect(s).toMatchObject({ phase: 'pollAfter', teamPicks: [], timer: null, draft: null, discussing: false });
    expect(as(screenOf(cecot, step(cecot, s, A.next)), 'final').max).toBe(0);
  });

  it('cannot be asked for before the session starts or once it has ended', () => {
    for (const s of [initialState(1), run(cecot, initialState(1), [A.next]), step(cecot, endedEarly(), A.next)]) {
      expect(reduce(cecot, s, { type: 'endSession' }).ok).toBe(false);
    }
  });

  it('a level left out in the setup is out of the level list’s maximum', () => {
    const s = run(mini, initialState(1), [A.next, { type: 'toggleLevel', level: 1 }, A.next]);
    const list = as(screenOf(mini, s), 'levelSelect');
    expect(list.max).toBe(mini.levels[0]!.rounds.length * 100);
    expect(list.levels[1]!.status).toBe('leftOut');
  });
});

describe('standings', () => {
  const scored = (shows: GameState['scoreboardShows']): GameState => {
    let s = run(mini, initialState(1), [{ type: 'setMode', mode: 'teams' }, A.next, { type: 'setTeamCount', count: 4 }, { type: 'setScoreboardShows', shows }]);
    s = run(mini, s, [A.next, A.next, A.next]);
    // The first team answers as the sources do, the rest with another option.
    const round = currentRound(mini, s)!;
    const best = roundOptions(mini, round).find((o) => o.verdict === 'supported')!.id;
    return run(mini, s, [A.choose(best), A.confirm]);
  };

  it('between levels ranks every team, leader first, ties in team order, with the level’s gain', () => {
    const s = scored('all');
    const board = standingsBoard(mini, s, 0);
    expect(board.map((r) => r.team)).toEqual([0, 1, 2, 3]);
    expect(board[0]).toMatchObject({ team: 0, rank: 1, total: 100, change: 100 });
    expect(board.slice(1).every((r) => r.rank === 2 && r.total === 0)).toBe(true);
  });

  it('with "gains only" keeps team order and shows gains, and the level summary opens with the board', () => {
    let s = scored('change');
    expect(standingsBoard(mini, s, 0).every((r) => r.show === 'gain')).toBe(true);
    s = playUntil(mini, s, (x) => x.phase === 'levelSummary');
    const summary = as(screenOf(mini, s), 'levelSummary');
    expect(summary.board?.map((r) => r.team)).toEqual([0, 1, 2, 3]);
  });

  it('are not shown in solo play', () => {
    const s = playUntil(mini, run(mini, initialState(1), [A.next, A.next]), (x) => x.phase === 'levelSummary');
    expect(as(screenOf(mini, s), 'levelSummary').board).toBeNull();
  });
});
