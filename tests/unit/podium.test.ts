/**
 * Where a race between levels starts (each team's total and rank before the level) and the final
 * results' podium: places from the core's ranking, ties sharing a step, the rest listed below,
 * none when the teacher shows each team's own gain; what the results open with in each setting.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { standings, standingsBoard, type Standing } from '../../src/core/rules/progress';
import { podiumOf } from '../../src/core/rules/podium';
import { computeScreen } from '../../src/core/screens/screen';
import { finalPages } from '../../src/state/finalPaging';
import { MINI_PACK_DIR, loadValidPack } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const [bridge, budget] = mini.levels;

/** Team play with each team's points per level (level 0's first round, level 1's first round). */
function scored(perLevel: number[][], shows: GameState['scoreboardShows'] = 'all', extra: Partial<GameState> = {}): GameState {
  const records: Record<string, Record<string, unknown>> = {};
  perLevel.forEach((points, level) => {
    const l = [bridge, budget][level]!;
    records[l.id] = { [l.rounds[0]!.id]: { score: 0, teamScores: points, picked: [] } };
  });
  return {
    ...initialState(1),
    mode: 'all',
    teams: perLevel[0]!.map(() => ''),
    scoreboardShows: shows,
    records: records as GameState['records'],
    level: perLevel.length - 1,
    ...extra,
  };
}

const row = (team: number, total: number, rank: number): Standing => ({ team, total, change: 0, rank, before: total, rankBefore: rank, show: 'total' });

describe('standings before the level', () => {
  it('carry each total before the level on screen and the rank it had, ties sharing it', () => {
    // Level 0: 100, 50, 0. Level 1: 0, 100, 100 → totals 100, 150, 100.
    const s = scored([
      [100, 50, 0],
      [0, 100, 100],
    ]);
    const rows = standings(mini, s, 1);
    expect(rows.map((r) => [r.before, r.rankBefore, r.total, r.rank])).toEqual([
      [100, 1, 100, 2],
      [50, 2, 150, 1],
      [0, 3, 100, 2],
    ]);
    expect(rows.every((r) => r.total - r.change === r.before)).toBe(true);
  });

  it('are all level before the first level is scored', () => {
    const rows = standings(mini, scored([[25, 0, 75]]), 0);
    expect(rows.map((r) => [r.before, r.rankBefore])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });
});

describe('podium', () => {
  it('puts 1st, 2nd and 3rd on steps in the board order and lists the rest below', () => {
    const s = scored([[10, 40, 30, 20, 0]]);
    const p = podiumOf(standingsBoard(mini, s, 0))!;
    expect(p.steps.map((x) => [x.place, x.teams.map((r) => r.team)])).toEqual([
      [1, [1]],
      [2, [2]],
      [3, [3]],
    ]);
    expect(p.rest.map((r) => r.team)).toEqual([0, 4]);
  });

  it('gives tied teams one step, and the place after a tie is skipped', () => {
    const p = podiumOf([row(0, 90, 1), row(2, 90, 1), row(1, 40, 3), row(3, 10, 4)])!;
    expect(p.steps.map((x) => [x.place, x.teams.map((r) => r.team)])).toEqual([
      [1, [0, 2]],
      [3, [1]],
    ]);
    expect(p.rest.map((r) => r.team)).toEqual([3]);
  });

  it('has two steps with two teams, one shared step when every team ties', () => {
    expect(podiumOf([row(1, 50, 1), row(0, 20, 2)])!.steps.map((x) => x.place)).toEqual([1, 2]);
    expect(podiumOf([row(0, 0, 1), row(1, 0, 1)])!.steps).toHaveLength(1);
  });

  it('is not drawn for gains only, nor for an empty board', () => {
    expect(podiumOf(standingsBoard(mini, scored([[10, 40, 30]], 'change'), 0))).toBeNull();
    expect(podiumOf([])).toBeNull();
    expect(podiumOf(null)).toBeNull();
  });

  it('with "top three" keeps teams tied for third on the third step', () => {
    const p = podiumOf(standingsBoard(mini, scored([[50, 40, 30, 30, 0]], 'top3'), 0))!;
    expect(p.steps.map((x) => [x.place, x.teams.map((r) => r.team)])).toEqual([
      [1, [0]],
      [2, [1]],
      [3, [2, 3]],
    ]);
    expect(p.rest).toEqual([]);
  });
});

describe('what the final results open with', () => {
  const final = (s: GameState) => {
    const screen = computeScreen(mini, { ...s, phase: 'final' });
    if (screen.kind !== 'final') throw new Error(screen.kind);
    return screen;
  };

  it('the podium in team play, as its own first page', () => {
    const f = final(scored([[10, 40, 30]]));
    expect(f.opening).toBe('podium');
    expect(f.podium?.steps[0]?.teams.map((r) => r.team)).toEqual([1]);
    expect(finalPages(f).standings).toBe(0);
    expect(finalPages(f).levels).toBe(1);
  });

  it('the gains board with gains only, no podium', () => {
    const f = final(scored([[10, 40, 30]], 'change'));
    expect([f.opening, f.podium]).toEqual(['gains', null]);
  });

  it('the recap when the teacher never shows team scores', () => {
    const f = final(scored([[10, 40, 30]], 'all', { scoreboard: 'never' }));
    expect([f.opening, f.podium, finalPages(f).standings, finalPages(f).levels]).toEqual([null, null, -1, 0]);
  });

  it('the total in solo play', () => {
    const f = final({ ...initialState(1), mode: 'solo' });
    expect([f.opening, f.podium, finalPages(f).standings]).toEqual(['total', null, 0]);
  });
});
