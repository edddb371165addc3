/**
 * The team badge's corners (platform/teamShape.ts), which the canvas badge and the printed
 * answer cards both draw: the right number per shape, inside the badge, upright and mirror
 * symmetric, and the printed card's polygon is exactly these corners.
 */
import { describe, expect, it } from 'vitest';
import { teamShapePoints, type Point } from '../../src/platform/teamShape';
import { TEAM_STYLE, type TeamShape } from '../../src/platform/theme';
import { teamBadgeSvg } from '../../src/services/answerCards';
import { fakeDocument, type FakeNode } from './fixtures';

const CORNERS: Record<TeamShape, number | null> = { circle: null, diamond: 4, square: 4, triangle: 3, hexagon: 6, star: 10 };
const SHAPES = Object.keys(CORNERS) as TeamShape[];
const [cx, cy, r] = [300, 200, 40];
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

describe('team shape corners', () => {
  it('every team style has a shape, and the six shapes are all told apart', () => {
    expect(new Set(TEAM_STYLE.map((s) => s.shape))).toEqual(new Set(SHAPES));
  });

  it.each(SHAPES)('%s: the right number of corners (none for the circle)', (shape) => {
    expect(teamShapePoints(shape, cx, cy, r)?.length ?? null).toBe(CORNERS[shape]);
  });

  it.each(SHAPES.filter((s) => s !== 'circle'))('%s: inside the badge, reaching its edge, upright and mirror symmetric', (shape) => {
    const pts = teamShapePoints(shape, cx, cy, r)!;
    // Filling most of the badge: some corner reaches 90% of its radius or more.
    expect(Math.max(...pts.map((p) => dist(p, { x: cx, y: cy })))).toBeGreaterThanOrEqual(r * 0.9);
    // Inside the badge's square (the star's and triangle's points reach 5% past the radius).
    for (const p of pts) {
      expect(Math.abs(p.x - cx)).toBeLessThanOrEqual(r * 1.05 + 1e-9);
      expect(Math.abs(p.y - cy)).toBeLessThanOrEqual(r * 1.05 + 1e-9);
    }
    // Left and right halves mirror each other about the upright through the centre.
    for (const p of pts)
      expect(
        pts.some((q) => close(q.x, 2 * cx - p.x) && close(q.y, p.y)),
        `${shape} (${p.x}, ${p.y})`,
      ).toBe(true);
    // No corner twice, and they go round clockwise (y down): a positive signed area.
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(dist(pts[i]!, pts[j]!)).toBeGreaterThan(r * 0.2);
    const area = pts.reduce((sum, p, i) => sum + (p.x * pts[(i + 1) % pts.length]!.y - pts[(i + 1) % pts.length]!.x * p.y), 0) / 2;
    expect(area).toBeGreaterThan(0);
  });

  it('regular shapes have equal sides; the square stands square, the diamond on a point', () => {
    for (const shape of ['diamond', 'square', 'triangle', 'hexagon'] as const) {
      const pts = teamShapePoints(shape, cx, cy, r)!;
      const sides = pts.map((p, i) => dist(p, pts[(i + 1) % pts.length]!));
      for (const s of sides) expect(s, shape).toBeCloseTo(sides[0]!, 9);
    }
    const square = teamShapePoints('square', cx, cy, r)!;
    expect(new Set(square.map((p) => p.x.toFixed(6))).size).toBe(2);
    expect(new Set(square.map((p) => p.y.toFixed(6))).size).toBe(2);
    const diamond = teamShapePoints('diamond', cx, cy, r)!;
    expect(diamond[0]!.x).toBeCloseTo(cx, 9);
    expect(diamond[0]!.y).toBeCloseTo(cy - r, 9);
  });

  it('the star alternates outer points and inner corners; the triangle points up', () => {
    const star = teamShapePoints('star', cx, cy, r)!;
    star.forEach((p, i) => expect(dist(p, { x: cx, y: cy })).toBeCloseTo(i % 2 === 0 ? r * 1.05 : r * 0.62, 9));
    const tri = teamShapePoints('triangle', cx, cy, r)!;
    expect(tri[0]!.y).toBeLessThan(Math.min(tri[1]!.y, tri[2]!.y));
    expect(tri[1]!.y).toBeCloseTo(tri[2]!.y, 9);
  });

  it('scales and moves with the badge', () => {
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      const unit = teamShapePoints(shape, 0, 0, 1)!;
      const big = teamShapePoints(shape, cx, cy, r)!;
      big.forEach((p, i) => {
        expect(p.x).toBeCloseTo(cx + unit[i]!.x * r, 9);
        expect(p.y).toBeCloseTo(cy + unit[i]!.y * r, 9);
      });
    }
  });
});

describe('the printed answer card badge', () => {
  it.each(TEAM_STYLE.map((s, team) => [s.shape, team] as const))('%s: the SVG draws the same corners in its 100×100 box, inside it', (shape, team) => {
    const root = teamBadgeSvg(fakeDocument(), team) as unknown as FakeNode;
    expect(root.attrs['data-shape']).toBe(shape);
    const [outline, number] = root.children as FakeNode[];
    expect(number!.textContent).toBe(String(team + 1));
    const pts = teamShapePoints(shape, 50, 50, 42);
    if (pts === null) {
      expect(outline!.tag).toBe('circle');
      return;
    }
    expect(outline!.tag).toBe('polygon');
    const drawn = outline!.attrs.points!.split(' ').map((xy) => xy.split(',').map(Number));
    expect(drawn).toHaveLength(pts.length);
    drawn.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(pts[i]!.x, 1);
      expect(y).toBeCloseTo(pts[i]!.y, 1);
      // The outline's 5-unit stroke stays inside the box too.
      for (const v of [x!, y!]) expect(v - 2.5 >= 0 && v + 2.5 <= 100).toBe(true);
    });
  });
});
