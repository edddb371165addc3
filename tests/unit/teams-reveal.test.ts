/** The reveal when every team answered: best answer always, a row per team, why each chosen wrong option fails. */
import { describe, expect, it } from 'vitest';
import { initialState, type Action, type GameState } from '../../src/core/rules/game';
import { currentRound } from '../../src/core/rules/roundAt';
import { roundOptions } from '../../src/core/rules/options';
import { screenOf } from '../../src/core/screens/screen';
import { firstSentence } from '../../src/core/screens/teamsReveal';
import { A, CECOT_DIR, loadValidPack, run, step } from './helpers';

const pack = loadValidPack(CECOT_DIR);

/** Three teams, every team answering, at the first question of the pack's first level. */
function atFirstRound(): GameState {
  return run(pack, initialState(3), [{ type: 'setMode', mode: 'all' }, A.next, { type: 'setTeamCount', count: 3 }, A.next, A.next, A.next, A.next]);
}

function reveal(s: GameState) {
  const screen = screenOf(pack, s);
  if (screen.kind !== 'reveal' || !screen.allTeams) throw new Error(`not an all-teams reveal: ${screen.kind}`);
  return screen.allTeams;
}

describe('the all-teams reveal', () => {
  it('names the best answer with its explanation even when one team got it, a row per team, and why each chosen wrong option fails', () => {
    let s = atFirstRound();
    const options = roundOptions(pack, currentRound(pack, s)!);
    const best = options.filter((o) => o.verdict === 'supported');
    const wrong = options.filter((o) => o.verdict !== 'supported');
    expect(best.length).toBeGreaterThan(0);
    expect(wrong.length).toBeGreaterThan(1);
    const picks = [best.map((o) => o.id), [wrong[0]!.id], [wrong[0]!.id]];
    s = run(
      pack,
      s,
      picks.flatMap((p, team): Action[] => [{ type: 'setActiveTeam', team }, ...p.map((id) => A.choose(id))]),
    );
    s = step(pack, s, A.confirm);
    const r = reveal(s);
    expect(r.best.map((o) => o.id).sort()).toEqual(best.map((o) => o.id).sort());
    for (const o of best) expect(r.bestExplanation).toContain(o.explanation);
    expect(r.rows.map((row) => [row.team, row.picked.map((o) => o.id), row.outcome])).toEqual([
      [0, picks[0], 'right'],
      [1, picks[1], 'wrong'],
      [2, picks[2], 'wrong'],
    ]);
    expect(r.rows[0]!.score).toBe(100);
    // One line for the wrong option two teams chose; none for options nobody chose.
    expect(r.whyWrong.map((w) => [w.option.id, w.teams])).toEqual([[wrong[0]!.id, [1, 2]]]);
    expect(wrong[0]!.explanation.startsWith(r.whyWrong[0]!.why)).toBe(true);
    expect(r.whyWrong[0]!.why).toMatch(/[.!?][”’"')\]]*$/u);
  });

  it('when time runs out, a team not entered shows "no answer" and 0, not a silent wrong answer', () => {
    let s = atFirstRound();
    s = { ...s, timerSeconds: 20 };
    const first = roundOptions(pack, currentRound(pack, s)!)[0]!.id;
    // Time is up (the timer locks the round); only team 0 was entered.
    s = step(pack, s, A.choose(first));
    s = step(pack, { ...s, locked: true }, A.confirm);
    const r = reveal(s);
    expect(r.rows.map((row) => row.outcome).slice(1)).toEqual(['none', 'none']);
    expect(r.rows.slice(1).every((row) => row.score === 0 && row.picked.length === 0)).toBe(true);
  });
});

describe('firstSentence', () => {
  it('stops at the first full stop followed by a new sentence, keeping closing quotes', () => {
    expect(firstSentence('The article says so. Then more.')).toBe('The article says so.');
    expect(firstSentence('He said “no.” Later he did.')).toBe('He said “no.”');
    expect(firstSentence('One sentence only')).toBe('One sentence only');
    // A.G. Rubio? Initials and "U.S." are not sentence ends (no capital after a space follows within).
    expect(firstSentence('The U.S. would pay a fee. That is all.')).toBe('The U.S. would pay a fee.');
  });
});
