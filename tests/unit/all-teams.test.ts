import { describe, expect, it } from 'vitest';
import { initialState, reduce } from '../../src/core/rules/game';
import { teamTotals } from '../../src/core/rules/progress';
import { resultRows } from '../../src/core/rules/results';
import { screenOf } from '../../src/core/screens/screen';
import { resultsCsv } from '../../src/services/exportResults';
import { A, loadValidPack, MINI_PACK_DIR, run, step } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);
/** Mini pack, "all teams answer", at the first round ("opening": summer ✓ 100, never ✗ 0). */
const atRound = () => run(pack, initialState(), [{ type: 'setMode', mode: 'all' }, A.next, A.next, A.next, A.next]);

describe('all teams answer each round', () => {
  it('enters each team’s pick by team, then scores each team on its own pick', () => {
    let s = atRound();
    expect(s.teamPicks).toEqual([[], []]);
    s = run(pack, s, [
      { type: 'choose', option: 'summer' },
      { type: 'setActiveTeam', team: 1 },
      { type: 'choose', option: 'never' },
    ]);
    expect(s.teamPicks).toEqual([['summer'], ['never']]);
    // Hidden until the reveal: no option shows as chosen, only that both teams have answered.
    const view = screenOf(pack, s);
    expect(view.kind === 'round' && view.options.filter((o) => o.selected)).toEqual([]);
    expect(view.kind === 'round' && view.allAnswer).toEqual({ active: 1, picked: [true, true], activeCount: 1 });
    expect(JSON.stringify(view)).not.toMatch(/selectedBy/);
    s = step(pack, s, A.confirm);
    expect(s.records['the-bridge']!.opening).toEqual({ picked: [], teamPicks: [['summer'], ['never']], teamScores: [100, 0], score: 50, verdict: 'partial' });
    expect(teamTotals(pack, s)).toEqual([100, 0]);
    const reveal = screenOf(pack, s);
    expect(reveal.kind === 'reveal' && reveal.allTeams?.rows.map((p) => [p.team, p.picked.map((o) => o.id), p.score])).toEqual([
      [0, ['summer'], 100],
      [1, ['never'], 0],
    ]);
  });

  it('will not lock in until every team has picked, unless time has run out', () => {
    const s = step(pack, atRound(), { type: 'choose', option: 'summer' });
    expect(reduce(pack, s, A.confirm)).toMatchObject({ ok: false, error: { code: 'no-selection' } });
  });

  it('each team’s own answer and verdict go in the results and the CSV', () => {
    const s = run(pack, atRound(), [{ type: 'choose', option: 'summer' }, { type: 'setActiveTeam', team: 1 }, { type: 'choose', option: 'never' }, A.confirm]);
    expect(resultRows(pack, s).map((r) => [r.team, r.picked.map((o) => o.id), r.verdict, r.points])).toEqual([
      [0, ['summer'], 'supported', 100],
      [1, ['never'], 'contradicted', 0],
    ]);
    const lines = resultsCsv(pack, s).trimEnd().split('\r\n');
    expect(lines[1]).toMatch(/^Team 1,.*,Right,100,/);
    expect(lines[2]).toMatch(/^Team 2,.*,Not right,0,/);
  });

  it('picking the team to enter for only works in a round where every team answers', () => {
    const solo = run(pack, initialState(), [A.next, A.next, A.next, A.next]);
    expect(reduce(pack, solo, { type: 'setActiveTeam', team: 1 })).toMatchObject({ ok: false });
  });
});
