/**
 * The screen model of answer-picking rounds and their reveals (mini pack). "opening" offers
 * summer ✓ (evidence pell-summer), this-year ½ (pell-summer), after-floods ? (none) and never ✗
 * (pell-crossing); "concerns" is pick-all: floods ✓, budget ✓, narrow ?, sound ½, mayor-against ✗.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { averageScore } from '../../src/core/rules/progress';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { A, MINI_PACK_DIR, loadValidPack, run } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);

function as<K extends Screen['kind']>(screen: Screen, kind: K): Extract<Screen, { kind: K }> {
  expect(screen.kind).toBe(kind);
  return screen as Extract<Screen, { kind: K }>;
}

const atOpening = (mode: GameState['mode'] = 'solo', teams = 2): GameState =>
  run(mini, initialState(), [{ type: 'setMode', mode }, A.next, { type: 'setTeamCount', count: teams }, A.next, A.next, A.next]);
/** The pick-all round: level 1, round 0. */
const atConcerns = (): GameState => run(mini, initialState(), [A.next, A.next, A.openLevel(1), A.next]);

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const quoteIds = (xs: readonly { quote: { id: string } }[]) => xs.map((q) => q.quote.id);

describe('a round', () => {
  it('can be locked in only once something is picked, and marks the pick', () => {
    const s = atOpening();
    const open = as(screenOf(mini, s), 'round');
    expect(open.canConfirm).toBe(false);
    expect(open.options.filter((o) => o.selected)).toEqual([]);
    const picked = as(screenOf(mini, run(mini, s, [A.choose('never')])), 'round');
    expect(picked.canConfirm).toBe(true);
    expect(ids(picked.options.filter((o) => o.selected))).toEqual(['never']);
    expect([picked.multi, picked.team, picked.allAnswer, picked.roundType]).toEqual([false, null, null, 'choice']);
  });

  it('in team play, names the team whose turn it is', () => {
    const s = atOpening('teams', 3);
    expect(as(screenOf(mini, s), 'round').team).toBe(0);
    expect(as(screenOf(mini, run(mini, s, [A.choose('summer'), A.confirm, A.next])), 'round').team).toBe(1);
  });

  it('with every team answering: the team being entered for and which teams have picked, never what, and locks in when all have', () => {
    let s = atOpening('all', 3);
    s = run(mini, s, [A.choose('summer'), { type: 'setActiveTeam', team: 2 }, A.choose('never')]);
    const screen = as(screenOf(mini, s), 'round');
    expect(screen.allAnswer).toEqual({ active: 2, picked: [true, false, true], activeCount: 1 });
    // Later teams would copy: no card shows a pick, the active team's included.
    expect(screen.options.filter((o) => o.selected)).toEqual([]);
    expect(screen.canConfirm).toBe(false);
    const all = as(screenOf(mini, run(mini, s, [{ type: 'setActiveTeam', team: 1 }, A.choose('this-year')])), 'round');
    expect([all.canConfirm, all.allAnswer?.active]).toEqual([true, 1]);
  });
});

describe('a reveal', () => {
  const revealOf = (s: GameState, ...picks: string[]) => as(screenOf(mini, run(mini, s, [...picks.map(A.choose), A.confirm])), 'reveal');

  it('when the player was right: the verdict, their pick, its explanation and evidence, and no separate best answer', () => {
    const r = revealOf(atOpening(), 'summer');
    expect(r.headline).toEqual({ kind: 'outcome', outcome: 'right' });
    expect(ids(r.picked)).toEqual(['summer']);
    expect(r.best).toEqual([]);
    expect(r.explanation).toBe('Her words: open before the summer fair.');
    expect(quoteIds(r.evidence)).toEqual(['pell-summer']);
    expect(r.options.map((o) => [o.id, o.picked, o.judged ?? null])).toEqual(
      expect.arrayContaining([
        ['summer', true, 'right'],
        ['never', false, null],
      ]),
    );
    expect([r.header.roundIndex, r.header.score, r.allTeams]).toEqual([0, 100, null]);
  });

  it('when the player was wrong: the best answer too, the explanation of their own pick, and the best answer’s quote', () => {
    const r = revealOf(atOpening(), 'never');
    expect(r.headline).toEqual({ kind: 'outcome', outcome: 'wrong' });
    expect(ids(r.picked)).toEqual(['never']);
    expect(ids(r.best)).toEqual(['summer']);
    expect(r.explanation).toBe('She calls it the most important crossing the town has built.');
    expect(quoteIds(r.evidence)).toEqual(['pell-crossing', 'pell-summer']);
    expect(r.options.find((o) => o.id === 'never')).toMatchObject({ picked: true, judged: 'wrong' });
  });

  it('when half right: best answer shown, the half answer judged partly right', () => {
    const r = revealOf(atOpening(), 'this-year');
    expect(r.headline).toEqual({ kind: 'outcome', outcome: 'partly' });
    expect(ids(r.best)).toEqual(['summer']);
    expect(r.explanation).toBe('True, but she was more precise than that.');
    expect(quoteIds(r.evidence)).toEqual(['pell-summer']);
    expect(r.options.find((o) => o.id === 'this-year')?.judged).toBe('partly');
  });

  it('pick-all: the headline is the answer judged as a whole, each option judged as scored, the best answers explained', () => {
    // Both supported found, one false claim picked: 2 − 1 of 2 = 50.
    const half = revealOf(atConcerns(), 'floods', 'budget', 'narrow');
    expect(half.record.score).toBe(50);
    expect(half.headline).toEqual({ kind: 'outcome', outcome: 'partly' });
    expect(Object.fromEntries(half.options.map((o) => [o.id, [o.picked, o.judged]]))).toEqual({
      floods: [true, 'right'],
      budget: [true, 'right'],
      narrow: [true, 'wrong'],
      sound: [false, 'partly'],
      'mayor-against': [false, 'right'],
    });
    // The marks on the tiles and the list: a tick only on what the sources support, none on a claim passed over rightly.
    expect(Object.fromEntries(half.options.map((o) => [o.id, o.mark ?? null]))).toEqual({
      floods: 'right',
      budget: 'right',
      narrow: 'wrong',
      sound: null,
      'mayor-against': null,
    });
    // The list of picks says what the answer did with each: a supported option found or missed, a false one picked.
    expect(Object.fromEntries(half.options.map((o) => [o.id, o.call ?? null]))).toEqual({
      floods: 'found',
      budget: 'found',
      narrow: 'wrong',
      sound: null,
      'mayor-against': null,
    });
    const missedOne = revealOf(atConcerns(), 'floods', 'sound');
    expect(Object.fromEntries(missedOne.options.map((o) => [o.id, o.call ?? null]))).toEqual({
      floods: 'found',
      budget: 'missed',
      narrow: null,
      sound: 'partly',
      'mayor-against': null,
    });
    expect(ids(half.picked).sort()).toEqual(['budget', 'floods', 'narrow']);
    expect(ids(half.best).sort()).toEqual(['budget', 'floods']);
    expect([
      half.explanation.includes('The engineer says so.'),
      half.explanation.includes('The Gazette reports it.'),
      half.explanation.includes('Nobody in the article'),
    ]).toEqual([true, true, false]);
    expect(quoteIds(half.evidence).sort()).toEqual(['gazette-budget', 'okoro-floods']);
    expect(revealOf(atConcerns(), 'floods', 'budget').headline).toEqual({ kind: 'outcome', outcome: 'right' });
    expect(revealOf(atConcerns(), 'narrow', 'mayor-against').headline).toEqual({ kind: 'outcome', outcome: 'wrong' });
  });

  it('with every team answering: each team with its own pick and points, under a headline for the teams', () => {
    const s = run(mini, atOpening('all', 3), [
      A.choose('summer'),
      { type: 'setActiveTeam', team: 1 },
      A.choose('never'),
      { type: 'setActiveTeam', team: 2 },
      A.choose('this-year'),
      A.confirm,
    ]);
    const r = as(screenOf(mini, s), 'reveal');
    expect(r.headline).toEqual({ kind: 'teams' });
    expect(r.allTeams?.rows.map((p) => [p.team, ids(p.picked), p.score, p.outcome])).toEqual([
      [0, ['summer'], 100, 'right'],
      [1, ['never'], 0, 'wrong'],
      [2, ['this-year'], 50, 'partly'],
    ]);
    // Every answer any team gave is explained.
    expect(ids(r.picked).sort()).toEqual(['never', 'summer', 'this-year']);
    // The round's one score is the teams' average, from the one function for it.
    expect([r.record.score, averageScore([100, 0, 50])]).toEqual([50, 50]);
  });

  it('averages team scores one way: the mean, rounded, and nothing from no scores', () => {
    expect([averageScore([100, 0, 0]), averageScore([67, 66]), averageScore([100, 50]), averageScore([])]).toEqual([33, 67, 75, 0]);
  });
});
