import { afterEach, describe, expect, it } from 'vitest';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { legalActions } from '../../src/core/rules/legalActions';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { applyTextSize } from '../../src/platform/theme';
import { FINAL_LAYOUT, finalPages, finalRowPage, finalTop } from '../../src/state/finalPaging';
import { pageCount } from '../../src/state/view';
import { CECOT_DIR, loadValidPack } from './helpers';

const pack = loadValidPack(CECOT_DIR);
type Final = Extract<Screen, { kind: 'final' }>;

/** Three teams taking turns, two questions played, then the session ended: the final results. */
function finalScreen(): Final {
  let s: GameState = initialState(7);
  const go = (a: Action) => {
    const out = reduce(pack, s, a);
    if (!out.ok) throw new Error(`${a.type}: ${out.error.message}`);
    s = out.state;
  };
  for (const a of [{ type: 'setMode', mode: 'teams' }, { type: 'next' }, { type: 'setTeamCount', count: 3 }] as Action[]) go(a);
  for (let i = 0; i < 400 && s.phase !== 'final'; i++) {
    if (s.phase === 'levelSummary' && s.level >= 1) {
      go({ type: 'endSession' } as Action);
      continue;
    }
    const legal = legalActions(pack, s).filter(
      (a) => !['back', 'openMenu', 'toTitle', 'restart', 'showSource', 'setMode', 'poll', 'endSession'].includes(a.type),
    );
    const pick =
      legal.find((a) => a.type === 'confirm') ??
      (s.phase === 'round' && s.selection.length === 0 ? legal.find((a) => a.type === 'choose') : undefined) ??
      legal.find((a) => a.type === 'next');
    go(pick!);
  }
  const screen = screenOf(pack, s);
  if (screen.kind !== 'final') throw new Error(`ended on ${screen.kind}`);
  return screen;
}

afterEach(() => applyTextSize('standard'));

describe('final results pages', () => {
  const screen = finalScreen();

  it('every round of every level shows on exactly one recap page, in order, and the pages add up', () => {
    for (const preset of ['standard', 'large', 'xl'] as const) {
      applyTextSize(preset);
      const p = finalPages({ ...screen });
      screen.recap.forEach((r, level) => {
        const runs = p.recap.filter((page) => page.level === level);
        expect(runs.length, `${preset}: level ${level} has a page`).toBeGreaterThan(0);
        expect(runs.map((run) => run.part)).toEqual(runs.map((_, i) => i));
        expect(runs.every((run) => run.parts === runs.length)).toBe(true);
        const shown = runs.flatMap((run) => r.items.slice(run.from, run.to).map((i) => i.roundId));
        expect(shown, `${preset}: level ${level}`).toEqual(r.items.map((i) => i.roundId));
      });
      const misses = p.misconceptionPages.flatMap((run) => screen.misconceptions.slice(run.from, run.to));
      expect(misses).toEqual(screen.misconceptions);
      expect(p.misconceptionPages.every((run) => run.to - run.from >= 1 && run.to - run.from <= 3)).toBe(true);
      expect(pageCount({ ...screen })).toBe(p.misconceptions + p.misconceptionPages.length);
      expect(p.levels).toBe(screen.board ? 1 : 0);
    }
  });

  it('pages instead of shrinking: the larger the preset, the more pages, and a page is never over-full by the estimate', () => {
    const counts = (['standard', 'large', 'xl'] as const).map((preset) => {
      applyTextSize(preset);
      return finalPages({ ...screen }).count;
    });
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    expect(counts[2]).toBeGreaterThan(counts[1]!);
    // At Extra large some level needs more than one page (the pack's levels have three or four rounds).
    applyTextSize('xl');
    expect(finalPages({ ...screen }).recap.some((r) => r.parts > 1)).toBe(true);
    expect(finalTop({ ...screen })).toBeLessThan(FINAL_LAYOUT.columnBottom);
  });

  it('the arrow keys go row by row: the standings, each level (its first page), the discernment, the misconceptions', () => {
    applyTextSize('xl');
    const s = { ...screen };
    const p = finalPages(s);
    const split = p.recap.findIndex((r) => r.parts > 1 && r.part === 0);
    const level = p.recap[split]!.level;
    const second = p.levels + split + 1;
    // From the second page of a level, down goes to the next level's first page, up to this level's row above.
    const next = finalRowPage(s, second, 1);
    expect(p.recap[next - p.levels]).toMatchObject({ level: level + 1, part: 0 });
    expect(finalRowPage(s, second, -1)).toBe(level === 0 ? p.standings : p.levels + p.recap.findIndex((r) => r.level === level - 1));
    expect(finalRowPage(s, 0, -1)).toBe(0);
    const last = p.count - 1;
    expect(finalRowPage(s, last, 1)).toBe(p.misconceptionPages.length ? p.misconceptions : last);
  });
});
