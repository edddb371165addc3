/**
 * A class session: 2–6 named teams, the levels the teacher picked, the discussion countdown,
 * auto-advance, and how the scoreboard is shown. Mini pack (two levels of three answer rounds)
 * and the fiction debate pack (case debates between two of the teams).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseSides, initialState, teamForRound, type Action, type GameState } from '../../src/core/rules/game';
import { roundOptions } from '../../src/core/rules/options';
import { standings, teamTotals } from '../../src/core/rules/progress';
import { resultRows } from '../../src/core/rules/results';
import { screenOf } from '../../src/core/screens/screen';
import { A, DEBATE_PACK_DIR, MINI_PACK_DIR, completeDebate, loadValidPack, rejects, run, step } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const debate = loadValidPack(DEBATE_PACK_DIR);

const setup = (mode: 'solo' | 'teams' | 'all', teams = 2): GameState =>
  run(mini, initialState(), [{ type: 'setMode', mode }, A.next, { type: 'setTeamCount', count: teams }]);

describe('class setup', () => {
  it('comes after the title: 2–6 teams, names kept when the count changes, tidy names', () => {
    let s = setup('all', 3);
    expect(s).toMatchObject({ phase: 'setup', teams: ['', '', ''] });
    s = run(mini, s, [
      { type: 'renameTeam', team: 0, name: '  The   Owls ' },
      { type: 'renameTeam', team: 2, name: 'Foxes' },
      { type: 'setTeamCount', count: 6 },
    ]);
    expect(s.teams).toEqual(['The Owls', '', 'Foxes', '', '', '']);
    expect(step(mini, s, { type: 'renameTeam', team: 1, name: 'x'.repeat(60) }).teams[1]).toHaveLength(24);
    s = step(mini, s, { type: 'setTeamCount', count: 2 });
    expect(s.teams).toEqual(['The Owls', '']);
    rejects(mini, s, { type: 'setTeamCount', count: 1 }, 'unknown-team');
    rejects(mini, s, { type: 'setTeamCount', count: 7 }, 'unknown-team');
    rejects(mini, s, { type: 'renameTeam', team: 2, name: 'Nobody' }, 'unknown-team');
    const screen = screenOf(mini, s);
    expect(screen.kind === 'setup' && screen.teams).toEqual(['The Owls', '']);
  });

  it('auto-advance and what the scoreboard shows are set on the setup screen (or in the menu), not mid-round', () => {
    const s = run(mini, setup('teams', 3), [
      { type: 'setAutoAdvance', on: true },
      { type: 'setScoreboardShows', shows: 'top3' },
    ]);
    expect(s).toMatchObject({ autoAdvance: true, scoreboardShows: 'top3' });
    const round = run(mini, s, [A.next, A.next, A.next]);
    expect(round.phase).toBe('round');
    rejects(mini, round, { type: 'setAutoAdvance', on: false }, 'wrong-phase');
    expect(run(mini, round, [A.openMenu, { type: 'setAutoAdvance', on: false }]).autoAdvance).toBe(false);
  });

  it('the team count is fixed once the session starts; names may still change', () => {
    const s = run(mini, setup('teams', 4), [A.next, A.next]);
    expect(s.phase).toBe('levelIntro');
    rejects(mini, s, { type: 'setTeamCount', count: 3 }, 'wrong-phase');
    expect(step(mini, s, { type: 'renameTeam', team: 3, name: 'Late name' }).teams[3]).toBe('Late name');
  });

  it('levels left out are skipped: the session ends when the rest are done', () => {
    let s = setup('solo');
    s = step(mini, s, { type: 'toggleLevel', level: 0 });
    expect(s.skipped).toEqual(['the-bridge']);
    const view = screenOf(mini, s);
    expect(view.kind === 'setup' && view.levels.map((l) => l.included)).toEqual([false, true]);
    // Leaving every level out is refused at the start, not discovered later.
    rejects(mini, step(mini, s, { type: 'toggleLevel', level: 1 }), A.next, 'not-ready');
    // levelSelect → next opens the first level of the session (the budget), and after it the session ends.
    s = run(mini, s, [A.next, A.next]);
    expect(s).toMatchObject({ phase: 'levelIntro', level: 1 });
    s = step(mini, s, A.next);
    while (s.phase === 'round' || s.phase === 'reveal') {
      const round = mini.levels[s.level]!.rounds[s.round]!;
      s = s.phase === 'reveal' ? step(mini, s, A.next) : run(mini, s, [A.choose(roundOptions(mini, round)[0]!.id), A.confirm]);
    }
    expect(s.phase).toBe('levelSummary');
    const summary = screenOf(mini, s);
    expect(summary.kind === 'levelSummary' && summary.isLast).toBe(true);
    expect(step(mini, s, A.next).phase).toBe('final');
    // The teacher can still open a left-out level from the list.
    expect(run(mini, s, [A.next, A.back, A.openLevel(0)]).phase).toBe('levelIntro');
    rejects(mini, s, { type: 'toggleLevel', level: 0 }, 'wrong-phase');
  });
});

/** Answer the current round for every team in "all teams answer", with the given option per team. */
function allAnswer(s: GameState, picks: string[]): GameState {
  const actions: Action[] = picks.flatMap((option, team): Action[] => [{ type: 'setActiveTeam', team }, A.choose(option)]);
  return run(mini, s, [...actions, A.confirm]);
}

describe('three teams, every team answering', () => {
  it('scores each of the three teams on its own pick; reveal, results and totals show all three', () => {
    let s = run(mini, setup('all', 3), [A.next, A.next, A.next]);
    expect(s.teamPicks).toEqual([[], [], []]);
    rejects(mini, run(mini, s, [A.choose('summer'), { type: 'setActiveTeam', team: 1 }, A.choose('never')]), A.confirm, 'no-selection');
    s = allAnswer(s, ['summer', 'never', 'this-year']);
    expect(s.records['the-bridge']!.opening).toMatchObject({ teamScores: [100, 0, 50], score: 50 });
    const reveal = screenOf(mini, s);
    expect(reveal.kind === 'reveal' && reveal.allTeams?.rows.map((p) => [p.team, p.score])).toEqual([
      [0, 100],
      [1, 0],
      [2, 50],
    ]);
    expect(resultRows(mini, s).map((r) => [r.team, r.points])).toEqual([
      [0, 100],
      [1, 0],
      [2, 50],
    ]);
    expect(teamTotals(mini, s)).toEqual([100, 0, 50]);
  });
});

describe('case debates with more than two teams', () => {
  it('the sides rotate through the teams; each side scores for the team that played it, the others sit out', () => {
    const base = { teams: ['', '', ''] };
    expect(caseSides(debate, base, 0, 0)).toEqual([0, 1]);
    expect(teamForRound(debate, base, 0, 1)).toBe(1);
    // Three teams: round n goes to team n mod 3, a case debate to that team and the next.
    const rounds = debate.levels.flatMap((l, li) => l.rounds.map((_, ri) => caseSides(debate, base, li, ri)));
    rounds.forEach(([a, b], n) => expect([a, b]).toEqual([n % 3, (n + 1) % 3]));

    let s = run(debate, initialState(), [{ type: 'setMode', mode: 'teams' }, A.next, { type: 'setTeamCount', count: 3 }]);
    while (s.phase !== 'levelSelect') s = step(debate, s, A.next);
    s = run(debate, s, [A.openLevel(0), A.next]);
    for (let a = completeDebate(debate, s); a; a = completeDebate(debate, s)) s = step(debate, s, a);
    const rec = s.records['the-plan']!['case-spring']!;
    expect(rec.teamScores).toHaveLength(3);
    expect(rec.teamScores![2]).toBeNull();
    const reveal = screenOf(debate, s);
    expect(reveal.kind === 'debateReveal' && reveal.scorecards.map((c) => c.team)).toEqual([0, 1]);
    // The team that sat out has no result row for the debate.
    expect(resultRows(debate, s).map((r) => r.team)).toEqual([0, 1]);
  });
});

describe('discussion countdown and auto-advance', () => {
  const discussing = (seconds: 0 | 30, autoAdvance: boolean, timer: 0 | 20 = 20): GameState =>
    run(mini, initialState(), [
      A.openMenu,
      { type: 'setDiscuss', on: true },
      { type: 'setDiscussSeconds', seconds },
      { type: 'setAutoAdvance', on: autoAdvance },
      { type: 'setTimer', seconds: timer },
      A.closeMenu,
      A.next,
      A.next,
      A.next,
      A.next,
    ]);

  it('counts the discussion down, then waits for the teacher when auto-advance is off', () => {
    let s = discussing(30, false);
    expect(s).toMatchObject({ discussing: true, discussTimer: { remainingMs: 30_000 }, timer: { remainingMs: 20_000, running: false } });
    s = run(mini, s, [
      { type: 'tick', now: 0 },
      { type: 'timer', op: 'pause', now: 10_000 },
      { type: 'tick', now: 50_000 },
    ]);
    expect(s.discussTimer).toMatchObject({ remainingMs: 20_000, running: false });
    s = run(mini, s, [
      { type: 'timer', op: 'resume', now: 50_000 },
      { type: 'tick', now: 50_000 },
      { type: 'tick', now: 90_000 },
    ]);
    expect(s).toMatchObject({ discussing: true, discussTimer: { remainingMs: 0 }, timer: { remainingMs: 20_000 } });
    const screen = screenOf(mini, s);
    expect(screen.kind === 'round' && screen.discussClock).toEqual({ seconds: 0, limit: 30, running: false });
    s = step(mini, s, A.next);
    expect(s).toMatchObject({ discussing: false, discussTimer: null, timer: { running: true } });
  });

  it('with auto-advance on, the discussion opens the answers, and time up goes to the reveal (never past it)', () => {
    let s = discussing(30, true);
    s = run(mini, s, [
      { type: 'tick', now: 0 },
      { type: 'tick', now: 30_000 },
    ]);
    expect(s).toMatchObject({ phase: 'round', discussing: false, timer: { remainingMs: 20_000, running: true } });
    s = run(mini, s, [A.choose('summer'), { type: 'tick', now: 31_000 }, { type: 'tick', now: 51_000 }]);
    expect(s.phase).toBe('reveal');
    expect(s.records['the-bridge']!.opening).toMatchObject({ picked: ['summer'], score: 100 });
    // The reveal stays until the teacher moves on: no clock runs there.
    rejects(mini, s, { type: 'tick', now: 99_000 }, 'wrong-phase');
  });

  it('without auto-advance, time up only locks the round', () => {
    let s = discussing(0, false);
    s = run(mini, s, [A.next, { type: 'tick', now: 0 }, { type: 'tick', now: 20_000 }]);
    expect(s).toMatchObject({ phase: 'round', locked: true });
  });
});

describe('scoreboard view', () => {
  /** Four teams take the mini pack's six rounds in turn: team n answers rounds n and n + 4. */
  function fourTeams(shows: 'all' | 'top3' | 'change'): GameState {
    let s = run(mini, initialState(), [
      { type: 'setMode', mode: 'teams' },
      A.openMenu,
      { type: 'setScoreboardShows', shows },
      A.closeMenu,
      A.next,
      { type: 'setTeamCount', count: 4 },
      A.next,
      A.next,
      A.next,
    ]);
    // Level 1 (rounds 0–2): team A right (100), team B wrong ("says" is contradicted: 0), team C right (100).
    s = run(mini, s, [A.choose('summer'), A.confirm, A.next, A.choose('says'), A.confirm, A.next, A.choose('voss'), A.confirm, A.next]);
    return s;
  }

  it('all teams in team order, with ranks; top 3 drops the last; "change" shows what each team won this level', () => {
    const all = fourTeams('all');
    expect(all.phase).toBe('levelSummary');
    const rows = standings(mini, all, all.level);
    expect(rows.map((r) => [r.team, r.total, r.rank])).toEqual([
      [0, 100, 1],
      [1, 0, 3],
      [2, 100, 1],
      [3, 0, 3],
    ]);
    const top3 = standings(mini, { ...all, scoreboardShows: 'top3' }, all.level);
    // Teams tied for third all show: only rank ≤ 3.
    expect(top3.map((r) => r.team)).toEqual([0, 2, 1, 3]);
    const screen = screenOf(mini, fourTeams('change'));
    expect(screen.kind === 'levelSummary' && screen.teams?.map((r) => r.change)).toEqual([100, 0, 100, 0]);
  });

  it('top 3 of five teams leaves the fourth and fifth off', () => {
    const s: GameState = {
      ...initialState(),
      mode: 'teams',
      teams: ['', '', '', '', ''],
      scoreboardShows: 'top3',
      records: { 'the-bridge': { opening: { picked: [], score: 60, verdict: 'partial', teamPicks: [[], [], [], [], []], teamScores: [10, 50, 40, 30, 20] } } },
    };
    expect(standings(mini, s, 0).map((r) => [r.team, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });
});

describe('properties', () => {
  it('with 2–6 teams, each team’s total is the sum of its own round scores, and a paused timer never expires', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        fc.array(fc.nat({ max: 600_000 }), { maxLength: 8 }),
        (count, all, picks, ticks) => {
          let s = run(mini, initialState(), [
            { type: 'setMode', mode: all ? 'all' : 'teams' },
            A.openMenu,
            { type: 'setTimer', seconds: 20 },
            A.closeMenu,
            A.next,
            { type: 'setTeamCount', count },
            A.next,
            A.next,
            A.next,
          ]);
          // A paused timer: any ticks, any time later, and it never runs out.
          let paused = step(mini, s, { type: 'timer', op: 'pause', now: 0 });
          for (const now of ticks) paused = step(mini, paused, { type: 'tick', now });
          expect(paused.timer?.remainingMs).toBe(20_000);
          expect(paused.locked).toBe(false);
          let n = 0;
          while (s.phase !== 'final') {
            if (s.phase !== 'round') {
              s = step(mini, s, A.next);
              continue;
            }
            const options = roundOptions(mini, mini.levels[s.level]!.rounds[s.round]!);
            const pick = (t: number) => options[(picks[(n + t) % picks.length] ?? 0) % options.length]!.id;
            s = all
              ? allAnswer(
                  s,
                  s.teams.map((_, t) => pick(t)),
                )
              : run(mini, s, [A.choose(pick(0)), A.confirm]);
            n++;
          }
          const sums = s.teams.map(() => 0);
          for (const rounds of Object.values(s.records)) {
            for (const r of Object.values(rounds)) {
              if (r.teamScores) r.teamScores.forEach((x, t) => (sums[t]! += x ?? 0));
              else sums[r.team!]! += r.score;
            }
          }
          expect(teamTotals(mini, s)).toEqual(sums);
          expect(teamTotals(mini, s)).toHaveLength(count);
        },
      ),
      { numRuns: 60 },
    );
  });
});
