/** The screen model of confidence: the round's mark, the reveal's points for it, the recap, and the results' calibration. */
import { describe, expect, it } from 'vitest';
import { currentRound, initialState, type GameState } from '../../src/core/rules/game';
import { roundOptions } from '../../src/core/rules/options';
import { screenOf } from '../../src/core/screens/screen';
import type { Mode, ScoreboardWhen } from '../../src/core/rules/stateSchema';
import { A, MINI_PACK_DIR, loadValidPack, run, step } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

function atRound(mode: Mode, confidence: boolean, scoreboard: ScoreboardWhen = 'always'): GameState {
  let s = run(pack, initialState(2), [
    { type: 'setMode', mode },
    { type: 'setScoreboard', when: scoreboard },
    A.next,
    { type: 'setConfidence', on: confidence },
  ]);
  while (s.phase !== 'round') s = step(pack, s, A.next);
  return s;
}
/** An option of the round on screen the pack's verdicts call right, or one they call wrong (never by its place). */
const optionFor = (s: GameState, right: boolean) =>
  roundOptions(pack, currentRound(pack, s)!).find((o) => (right ? o.verdict === 'supported' : o.verdict === 'contradicted' || o.verdict === 'unsupported'))!.id;

/** Teams in turn: team 1 sure and right, team 2 unmarked and wrong, team 1 sure and wrong; to the final results. */
function played(scoreboard: ScoreboardWhen = 'always'): GameState {
  let s = atRound('teams', true, scoreboard);
  s = run(pack, s, [{ type: 'choose', option: optionFor(s, true) }, { type: 'toggleSure' }, A.confirm, A.next]);
  s = run(pack, s, [{ type: 'choose', option: optionFor(s, false) }, A.confirm, A.next]);
  s = run(pack, s, [{ type: 'choose', option: optionFor(s, false) }, { type: 'toggleSure' }, A.confirm]);
  return step(pack, s, { type: 'endSession' });
}

describe('confidence on the screens', () => {
  it('the round shows no mark while the setting is off, and the mark as it is toggled when on', () => {
    const off = screenOf(pack, atRound('solo', false));
    expect(off.kind === 'round' && off.sure).toBeNull();
    const on = atRound('solo', true);
    expect(screenOf(pack, on)).toMatchObject({ kind: 'round', sure: { marked: false } });
    expect(screenOf(pack, step(pack, on, { type: 'toggleSure' }))).toMatchObject({ kind: 'round', sure: { marked: true } });
  });

  it('with every team answering, the mark shown is the one of the team being entered for', () => {
    const s = run(pack, atRound('all', true), [{ type: 'toggleSure' }, { type: 'setActiveTeam', team: 1 }]);
    expect(screenOf(pack, s)).toMatchObject({ kind: 'round', sure: { marked: false } });
    expect(screenOf(pack, step(pack, s, { type: 'setActiveTeam', team: 0 }))).toMatchObject({ kind: 'round', sure: { marked: true } });
  });

  it('the reveal says what each mark did; the question reviewed shows the recorded mark', () => {
    let s = atRound('all', true);
    s = run(pack, s, [{ type: 'choose', option: optionFor(s, true) }, { type: 'toggleSure' }, { type: 'setActiveTeam', team: 1 }]);
    s = run(pack, s, [{ type: 'choose', option: optionFor(s, false) }, { type: 'toggleSure' }, A.confirm]);
    const reveal = screenOf(pack, s);
    expect(reveal.kind === 'reveal' && reveal.sure).toEqual([
      { marked: true, bonus: 50 },
      { marked: true, bonus: -50 },
    ]);
    // Each team's row on the all-teams reveal carries its own mark.
    expect(reveal.kind === 'reveal' && reveal.allTeams?.rows.map((r) => r.sure)).toEqual([
      { marked: true, bonus: 50 },
      { marked: true, bonus: -50 },
    ]);
    let solo = atRound('solo', true);
    solo = run(pack, solo, [{ type: 'choose', option: optionFor(solo, false) }, { type: 'toggleSure' }, A.confirm]);
    expect(screenOf(pack, solo)).toMatchObject({ kind: 'reveal', sure: [{ marked: true, bonus: -50 }] });
    expect(screenOf(pack, step(pack, solo, A.back))).toMatchObject({ kind: 'round', review: true, sure: { marked: true } });
  });

  it('the recap keeps each round’s marks', () => {
    const s = played();
    const final = screenOf(pack, s);
    expect(final.kind === 'final' && final.recap[0]!.items.map((i) => i.sure)).toEqual([[true], [false], [true]]);
  });

  it('the results show calibration per team: sure right x of y against unmarked', () => {
    const final = screenOf(pack, played());
    expect(final.kind === 'final' && final.calibration).toEqual([
      { team: 0, sure: { right: 1, of: 2 }, unmarked: { right: 0, of: 0 }, bonus: 0 },
      { team: 1, sure: { right: 0, of: 0 }, unmarked: { right: 0, of: 1 }, bonus: 0 },
    ]);
  });

  it('pooled for the class when team scores are not shown, and absent when the setting was off', () => {
    const pooled = screenOf(pack, played('never'));
    expect(pooled.kind === 'final' && pooled.calibration).toEqual([{ team: null, sure: { right: 1, of: 2 }, unmarked: { right: 0, of: 1 }, bonus: 0 }]);
    let s = atRound('solo', false);
    s = run(pack, s, [{ type: 'choose', option: optionFor(s, true) }, A.confirm, { type: 'endSession' }]);
    const off = screenOf(pack, s);
    expect(off.kind === 'final' && off.calibration).toEqual([]);
    expect(off.kind === 'final' && off.recap[0]!.items[0]!.sure).toBeNull();
  });
});
