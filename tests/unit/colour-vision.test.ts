/**
 * Colour is never the only sign (teams have shapes and letters, verdicts icons and words),
 * but the colours themselves stay apart for typical vision and for protanopia,
 * deuteranopia and tritanopia: the closest pair in each set keeps a clear ΔE.
 */
import { describe, expect, it } from 'vitest';
import { deltaE, simulate, type Deficiency } from './colourVision';
import { KIND_STYLE, TEAM_STYLE, TILE_STYLE, VERDICT_STYLE } from '../../src/platform/theme';

const VISIONS: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];

function closest(colours: readonly string[], d: Deficiency | null): number {
  let min = Infinity;
  colours.forEach((a, i) => colours.slice(i + 1).forEach((b) => (min = Math.min(min, deltaE(a, b, d)))));
  return min;
}

describe('colour vision', () => {
  it('the simulation matches known points (white and black stay put; pure red darkens for protanopia)', () => {
    expect(simulate('#ffffff', 'deuteranopia').map((x) => Math.round(x * 100) / 100)).toEqual([1, 1, 1]);
    expect(simulate('#000000', 'tritanopia')).toEqual([0, 0, 0]);
    expect(simulate('#ff0000', 'protanopia')[0]).toBeLessThan(0.2);
    expect(deltaE('#8ecdf4', '#8ecdf4', null)).toBe(0);
  });

  for (const d of VISIONS) {
    it(`verdicts, teams and speaker kinds stay apart (${d ?? 'typical vision'})`, () => {
      expect(
        closest(
          Object.values(VERDICT_STYLE).map((v) => v.color),
          d,
        ),
      ).toBeGreaterThanOrEqual(20);
      expect(
        closest(
          TEAM_STYLE.map((t) => t.color),
          d,
        ),
      ).toBeGreaterThanOrEqual(15);
      expect(
        closest(
          Object.values(KIND_STYLE).map((k) => k.color),
          d,
        ),
      ).toBeGreaterThanOrEqual(10);
      // Answer tiles: "the blue diamond" must stay a different colour from "the purple hexagon" for everyone.
      expect(
        closest(
          TILE_STYLE.map((s) => s.color),
          d,
        ),
      ).toBeGreaterThanOrEqual(20);
    });
  }
});
