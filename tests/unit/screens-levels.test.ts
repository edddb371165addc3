/**
 * The screen model of the screens around the rounds: the level list, class setup, a level's
 * intro and summary, the polls and the final results. Each test pins the derived values a view
 * shows (a card's score and action, the team limits, the header, who is on the scoreboard), so
 * a slip in the derivation fails here rather than on a projector.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { MAX_TEAMS, MIN_TEAMS } from '../../src/core/rules/choices';
import { standings } from '../../src/core/rules/progress';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { A, DEBATE_PACK_DIR, MINI_PACK_DIR, loadValidPack, rejects, run } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const debate = loadValidPack(DEBATE_PACK_DIR);

function as<K extends Screen['kind']>(screen: Screen, kind: K): Extract<Screen, { kind: K }> {
  expect(screen.kind).toBe(kind);
  return screen as Extract<Screen, { kind: K }>;
}

/** Mini pack, from the title to the first round of level 0 (the bridge: opening, safe-today, who-trust). */
const toFirstRound = (mode: GameState['mode'] = 'solo', teams = 2): GameState =>
  run(mini, initialState(), [{ type: 'setMode', mode }, A.next, { type: 'setTeamCount', count: teams }, A.next, A.next, A.next]);

/** Level 0 answered: opening half right (50), safe-today right (100), who-trust right (100): 250 of 300. */
function bridgeDone(mode: GameState['mode'] = 'solo', teams = 2): GameState {
  return run(mini, toFirstRound(mode, teams), [
    A.choose('this-year'),
    A.confirm,
    A.next,
    A.choose('contradicts'),
    A.confirm,
    A.next,
    A.choose('voss'),
    A.confirm,
    A.next,
  ]);
}

describe('the level list', () => {
  it('gives each card its own score, maximum, progress, completion and action', () => {
    // Level 0 finished; level 1 (the budget: concerns, who-budget) with only its first round answered.
    const s = run(mini, bridgeDone(), [A.next, A.next, A.choose('floods'), A.choose('budget'), A.confirm]);
    expect(s.phase).toBe('reveal');
    const list = as(screenOf(mini, { ...s, phase: 'levelSelect' }), 'levelSelect');
    expect(list.levels.map((l) => [l.id, l.score, l.max, l.answered, l.rounds, l.complete, l.included, l.action])).toEqual([
      ['the-bridge', 250, 300, 3, 3, true, true, 'replay'],
      ['the-budget', 100, 200, 1, 2, false, true, 'continue'],
    ]);
    expect([list.total, list.max, list.allComplete, list.next]).toEqual([350, 500, false, 'continue']);
  });

  it('Next says start for a fresh level, continue for a half-played one, results when all are done', () => {
    const fresh = as(screenOf(mini, { ...initialState(), phase: 'levelSelect' }), 'levelSelect');
    expect(fresh.levels.map((l) => l.action)).toEqual(['start', 'start']);
    expect([fresh.next, fresh.allComplete]).toEqual(['start', false]);
    // The bridge done, the budget untouched: Next opens the budget, which starts.
    const half = as(screenOf(mini, { ...bridgeDone(), phase: 'levelSelect' }), 'levelSelect');
    expect(half.levels.map((l) => l.action)).toEqual(['replay', 'start']);
    expect(half.next).toBe('start');
    // The budget left out of the session: everything in it is done.
    const done = as(screenOf(mini, { ...bridgeDone(), phase: 'levelSelect', skipped: ['the-budget'] }), 'levelSelect');
    expect(done.levels.map((l) => [l.included, l.complete])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect([done.next, done.allComplete]).toEqual(['results', true]);
  });
});

describe('class setup', () => {
  const setup = (teams: number) => run(mini, initialState(), [{ type: 'setMode', mode: 'teams' }, A.next, { type: 'setTeamCount', count: teams }]);

  it('carries the team limits and what the count may do at each end', () => {
    expect(as(screenOf(mini, setup(MIN_TEAMS)), 'setup').teamCount).toEqual({ min: MIN_TEAMS, max: MAX_TEAMS, lock: null, canAdd: true, canRemove: false });
    expect(as(screenOf(mini, setup(3)), 'setup').teamCount).toEqual({ min: MIN_TEAMS, max: MAX_TEAMS, lock: null, canAdd: true, canRemove: true });
    expect(as(screenOf(mini, setup(MAX_TEAMS)), 'setup').teamCount).toEqual({ min: MIN_TEAMS, max: MAX_TEAMS, lock: null, canAdd: false, canRemove: true });
  });

  it('locks the count once a round is scored, says why, and the reducer keeps to the same rule', () => {
    const back = { ...bridgeDone('teams', 3), phase: 'setup' as const };
    const screen = as(screenOf(mini, back), 'setup');
    expect(screen.teamCount).toEqual({ min: MIN_TEAMS, max: MAX_TEAMS, lock: 'scored', canAdd: false, canRemove: false });
    rejects(mini, back, { type: 'setTeamCount', count: 4 }, 'wrong-phase');
    // With no records the same screen is open again.
    expect(as(screenOf(mini, { ...back, records: {} }), 'setup').teamCount.lock).toBeNull();
  });

  it('ticks the levels in the session and can start only with one left in', () => {
    const s = setup(2);
    expect(as(screenOf(mini, { ...s, skipped: ['the-bridge'] }), 'setup').levels.map((l) => l.included)).toEqual([false, true]);
    const none = as(screenOf(mini, { ...s, skipped: ['the-bridge', 'the-budget'] }), 'setup');
    expect([none.canStart, none.levels.map((l) => l.included)]).toEqual([false, [false, false]]);
  });
});

describe('the round header', () => {
  it('says which level and round are on screen, with the level score', () => {
    const s = run(mini, toFirstRound(), [A.choose('this-year'), A.confirm, A.next]);
    expect(s).toMatchObject({ phase: 'round', level: 0, round: 1 });
    expect(as(screenOf(mini, s), 'round').header).toEqual({
      levelIndex: 0,
      levelCount: 2,
      levelTitle: 'The bridge',
      roundIndex: 1,
      roundCount: 3,
      score: 50,
      max: 300,
      teams: null,
      // The pips' marks: the first round partly right, the others not answered yet.
      outcomes: ['partly', null, null],
    });
    const intro = as(screenOf(mini, { ...s, phase: 'levelIntro', level: 1, round: 0 }), 'levelIntro');
    expect([intro.header.levelIndex, intro.header.roundIndex, intro.header.levelTitle, intro.header.max, intro.resumed]).toEqual([
      1,
      0,
      'The budget',
      200,
      false,
    ]);
  });

  it('shows the teams only when the scoreboard is always on', () => {
    const s = toFirstRound('teams', 3);
    expect(as(screenOf(mini, s), 'round').header.teams?.map((r) => r.team)).toEqual([0, 1, 2]);
    expect(as(screenOf(mini, { ...s, scoreboard: 'between-levels' }), 'round').header.teams).toBeNull();
  });
});

describe('the level summary', () => {
  it('is the last one only when no level of the session is left', () => {
    const s = bridgeDone();
    const summary = as(screenOf(mini, s), 'levelSummary');
    expect([summary.score, summary.max, summary.isLast, summary.header.levelIndex]).toEqual([250, 300, false, 0]);
    expect(summary.recap.map((r) => [r.roundId, r.verdict, r.score])).toEqual([
      ['opening', 'partial', 50],
      ['safe-today', 'supported', 100],
      ['who-trust', 'supported', 100],
    ]);
    expect(as(screenOf(mini, { ...s, skipped: ['the-budget'] }), 'levelSummary').isLast).toBe(true);
  });

  it('shows the teams between levels and always, not at the end only or never', () => {
    const s = bridgeDone('teams', 3);
    const teamsOf = (scoreboard: GameState['scoreboard']) => as(screenOf(mini, { ...s, scoreboard }), 'levelSummary').teams;
    expect(teamsOf('always')).toEqual(standings(mini, s, 0));
    expect(teamsOf('between-levels')?.map((r) => [r.team, r.total])).toEqual([
      [0, 50],
      [1, 100],
      [2, 100],
    ]);
    expect(teamsOf('at-end')).toBeNull();
    expect(teamsOf('never')).toBeNull();
    expect(as(screenOf(mini, bridgeDone()), 'levelSummary').teams).toBeNull();
  });
});

describe('the final results', () => {
  const final = (s: GameState) => as(screenOf(mini, { ...s, phase: 'final' }), 'final');

  it('shows the teams unless the teacher chose never, and never in solo play', () => {
    const s = bridgeDone('teams', 3);
    expect(final(s).teams?.map((r) => [r.team, r.total])).toEqual([
      [0, 50],
      [1, 100],
      [2, 100],
    ]);
    expect(final({ ...s, scoreboard: 'at-end' }).teams).not.toBeNull();
    expect(final({ ...s, scoreboard: 'never' }).teams).toBeNull();
    expect(final(bridgeDone()).teams).toBeNull();
  });

  it('lists each level with its recap, and the totals', () => {
    const f = final(bridgeDone());
    // Out of what was played: the budget level was never begun, so it is "not played" and out of the maximum.
    expect([f.total, f.max]).toEqual([250, 300]);
    expect(f.levels.map((l) => [l.status, l.playedMax])).toEqual([
      ['complete', 300],
      ['notPlayed', 0],
    ]);
    expect(f.recap.map((r) => [r.level.id, r.level.score, r.items.length, r.items.filter((i) => i.verdict).length])).toEqual([
      ['the-bridge', 250, 3, 3],
      ['the-budget', 0, 0, 0],
    ]);
    // A level not reached keeps its best answers to itself: no spoiler for the next lesson.
    expect(f.recap[1]!.items.flatMap((i) => i.best ?? [])).toEqual([]);
  });

  it('carries the rounds most picks got wrong, with what the sources supported', () => {
    // Opening answered "never" (contradicted), safe-today right, who-trust wrong (the mayor): two misconceptions.
    const s = run(mini, toFirstRound(), [
      A.choose('never'),
      A.confirm,
      A.next,
      A.choose('contradicts'),
      A.confirm,
      A.next,
      A.choose('pell'),
      A.confirm,
      A.next,
    ]);
    const f = final(s);
    expect(
      f.misconceptions.map((m) => [m.levelIndex, m.levelTitle, m.roundIndex, m.prompt, m.quote?.quote.id, m.wrong, m.of, m.best.map((o) => o.id)]),
    ).toEqual([
      [0, 'The bridge', 0, 'When did the mayor say the bridge would open?', undefined, 1, 1, ['summer']],
      // A who-said-it round brings its quote, without which "Who said it?" says nothing.
      [0, 'The bridge', 2, 'Who said it?', 'voss-trust', 1, 1, ['voss']],
    ]);
    expect(final(bridgeDone()).misconceptions).toEqual([]);
    // Three teams, two of them wrong on the opening: most picks went against the sources.
    const teams = run(mini, initialState(), [{ type: 'setMode', mode: 'all' }, A.next, { type: 'setTeamCount', count: 3 }, A.next, A.next, A.next]);
    const picked = run(mini, teams, [
      A.choose('never'),
      { type: 'setActiveTeam', team: 1 },
      A.choose('after-floods'),
      { type: 'setActiveTeam', team: 2 },
      A.choose('summer'),
      A.confirm,
    ]);
    expect(final(picked).misconceptions.map((m) => [m.roundIndex, m.wrong, m.of])).toEqual([[0, 2, 3]]);
  });
});

describe('the polls', () => {
  const withVotes = (phase: GameState['phase']): GameState => ({ ...initialState(), phase, poll: { before: { yes: 5, no: 1 }, after: { yes: 2, unsure: 4 } } });

  it('say which poll it is and keep the before and after counts apart', () => {
    const before = as(screenOf(debate, withVotes('pollBefore')), 'poll');
    expect(before.when).toBe('before');
    expect(before.poll.options.map((o) => [o.id, o.before, o.after])).toEqual([
      ['yes', 5, 2],
      ['no', 1, 0],
      ['unsure', 0, 4],
    ]);
    expect(as(screenOf(debate, withVotes('pollAfter')), 'poll').when).toBe('after');
    expect(as(screenOf(debate, withVotes('final')), 'final').poll?.options.map((o) => [o.before, o.after])).toEqual([
      [5, 2],
      [1, 0],
      [0, 4],
    ]);
    expect(as(screenOf(mini, { ...initialState(), phase: 'final' }), 'final').poll).toBeNull();
  });
});
