/**
 * The screen model of the drafted rounds (debate pack): whose turn it is in a case debate, the
 * card counts the views word their instructions from, and whose scorecard is whose. The case
 * round is moved to second place in its level so that, with three teams, its sides are teams
 * 1 and 2: a turn or a scorecard given by side instead of by team then shows.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import type { Pack } from '../../src/core/pack/schema';
import type { DebateMove } from '../../src/core/rules/debate';
import { averageScore } from '../../src/core/rules/progress';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { A, DEBATE_PACK_DIR, completeDebate, loadValidPack, run, step } from './helpers';

const base = loadValidPack(DEBATE_PACK_DIR);
const debate: Pack = structuredClone(base);
debate.levels[0]!.rounds.reverse();

function as<K extends Screen['kind']>(screen: Screen, kind: K): Extract<Screen, { kind: K }> {
  expect(screen.kind).toBe(kind);
  return screen as Extract<Screen, { kind: K }>;
}
const move = (m: DebateMove) => ({ type: 'debate', move: m }) as const;

/** Three teams take turns; team 0 answers the rebuttal (round 0), so the case (round 1) is teams 1 and 2's. */
function atCase(mode: GameState['mode'] = 'teams'): GameState {
  const s = run(debate, initialState(), [{ type: 'setMode', mode }, A.next, { type: 'setTeamCount', count: 3 }, A.next, A.next, A.next, A.next]);
  expect(s).toMatchObject({ phase: 'round', round: 0 });
  return run(debate, s, [A.choose('o-survey'), A.confirm, A.next]);
}

describe('a case debate', () => {
  it('passes the turn between the two teams, side A first, in the play and concede steps', () => {
    let s = atCase();
    const turn = () => {
      const c = as(screenOf(debate, s), 'case');
      return [c.step, c.turn, c.turnStance];
    };
    expect(as(screenOf(debate, s), 'case').sides).toEqual([1, 2]);
    s = run(debate, s, [move({ kind: 'stance', stance: 'for' })]);
    expect(turn()).toEqual(['stance', 1, 'for']);
    s = run(debate, s, [A.confirm]);
    expect(turn()).toEqual(['play', 1, 'for']);
    s = step(debate, s, move({ kind: 'play', card: 'start' }));
    expect(turn()).toEqual(['play', 2, 'against']);
    s = step(debate, s, move({ kind: 'play', card: 'survey' }));
    expect(turn()).toEqual(['play', 1, 'for']);
    s = run(debate, s, [move({ kind: 'play', card: 'bills' }), move({ kind: 'play', card: 'cable' }), A.confirm]);
    expect(turn()).toEqual(['concede', 1, 'for']);
    s = step(debate, s, move({ kind: 'concede', card: 'survey' }));
    expect(turn()).toEqual(['concede', 2, 'against']);
    const screen = as(screenOf(debate, s), 'case');
    const played = (team: number) => ({ kind: 'played', team });
    expect(screen.cards.map((c) => [c.id, c.marks, c.selected])).toEqual(
      expect.arrayContaining([
        ['start', [played(1)], true],
        ['survey', [played(2), { kind: 'conceded', team: 1 }], true],
        ['cable', [played(2)], true],
        ['jobs', [], false],
      ]),
    );
    expect(screen.cardMarks).toBe(2);
  });

  it('in solo play marks cards played or conceded without naming a team', () => {
    let s = run(debate, atCase('solo'), [move({ kind: 'stance', stance: 'for' }), A.confirm]);
    s = run(debate, s, [move({ kind: 'play', card: 'start' }), move({ kind: 'play', card: 'bills' }), A.confirm, move({ kind: 'concede', card: 'survey' })]);
    const screen = as(screenOf(debate, s), 'case');
    const marks = Object.fromEntries(screen.cards.map((c) => [c.id, c.marks]));
    expect([marks.start, marks.bills, marks.survey, marks.jobs]).toEqual([
      [{ kind: 'played', team: null }],
      [{ kind: 'played', team: null }],
      [{ kind: 'conceded', team: null }],
      [],
    ]);
    expect(screen.cardMarks).toBe(1);
  });

  it('says how many cards each side plays, the number its confirm keeps to', () => {
    let s = run(debate, atCase('solo'), [move({ kind: 'stance', stance: 'against' }), A.confirm]);
    const screen = as(screenOf(debate, s), 'case');
    expect([screen.cardsPerSide, screen.teams, screen.turn, screen.canConfirm]).toEqual([2, false, 0, false]);
    s = step(debate, s, move({ kind: 'play', card: 'survey' }));
    expect(as(screenOf(debate, s), 'case').canConfirm).toBe(false);
    s = step(debate, s, move({ kind: 'play', card: 'cable' }));
    expect(as(screenOf(debate, s), 'case').canConfirm).toBe(true);
  });

  it('gives each side’s scorecard to the team that argued it, with its stance and score', () => {
    let s = run(debate, atCase(), [move({ kind: 'stance', stance: 'for' }), A.confirm]);
    s = run(
      debate,
      s,
      ['start', 'survey', 'bills', 'cable'].map((card) => move({ kind: 'play', card })),
    );
    s = run(debate, s, [A.confirm, move({ kind: 'concede', card: 'survey' }), move({ kind: 'concede', card: null }), A.confirm]);
    const r = as(screenOf(debate, s), 'debateReveal');
    const scores = s.records['the-plan']!['case-spring']!.teamScores!;
    expect(scores[0]).toBeNull();
    expect(r.scorecards.map((c) => [c.team, c.stance, c.score])).toEqual([
      [1, 'for', scores[1]],
      [2, 'against', scores[2]],
    ]);
    expect(scores[1]).not.toBe(scores[2]);
    expect(r.record.score).toBe(averageScore([scores[1]!, scores[2]!]));
    expect([r.expertsView, r.header.roundIndex]).toEqual(['against', 1]);
  });
});

describe('the closing verdict', () => {
  /** Solo, through the vote level's who's-who (round 0) to the verdict (round 1). */
  function atVerdict(mode: GameState['mode'] = 'solo'): GameState {
    let s = run(debate, initialState(), [{ type: 'setMode', mode }, A.next, A.next, A.next, A.openLevel(1), A.next]);
    for (let a = completeDebate(debate, s); a && s.round === 0; a = completeDebate(debate, s)) s = step(debate, s, a);
    s = step(debate, s, A.next);
    expect(s).toMatchObject({ phase: 'round', level: 1, round: 1 });
    return s;
  }

  it('has four stops and says how many cards close the argument', () => {
    let s = atVerdict();
    const screen = as(screenOf(debate, s), 'verdictRound');
    expect([screen.positions.length, screen.closingCards, screen.canConfirm]).toEqual([4, 3, false]);
    s = run(debate, s, [move({ kind: 'place', position: 'with-changes' }), move({ kind: 'play', card: 'v-survey' }), move({ kind: 'play', card: 'v-cable' })]);
    expect(
      as(screenOf(debate, s), 'verdictRound')
        .positions.filter((p) => p.selected)
        .map((p) => p.id),
    ).toEqual(['with-changes']);
    expect(as(screenOf(debate, s), 'verdictRound').canConfirm).toBe(false);
    s = step(debate, s, move({ kind: 'play', card: 'v-vote' }));
    expect(as(screenOf(debate, s), 'verdictRound').canConfirm).toBe(true);
  });

  it('in team play, its scorecard is the answering team’s', () => {
    let s = atVerdict('teams');
    s = run(debate, s, [
      move({ kind: 'place', position: 'with-changes' }),
      ...['v-survey', 'v-cable', 'v-vote'].map((card) => move({ kind: 'play', card })),
      A.confirm,
    ]);
    const r = as(screenOf(debate, s), 'debateReveal');
    // Three rounds come before it in the pack, so with two teams taking turns the verdict is team 1's.
    expect(r.scorecards.map((c) => [c.team, c.score])).toEqual([[1, s.records['the-vote']!['verdict-plan']!.score]]);
    expect([r.bestPosition, r.chosenPosition]).toEqual(['with-changes', { id: 'with-changes', verdict: 'supported' }]);
  });
});
