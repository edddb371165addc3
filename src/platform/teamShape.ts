/**
 * The corners of a team's badge shape, as plain numbers: the canvas badge (widgets/shapes.ts)
 * and the printed answer cards' SVG (services/answerCards.ts) both draw from here, so the two
 * shapes are the same. No Phaser and no DOM, so the services may import it.
 */
import type { TeamShape } from './theme';

export interface Point {
  x: number;
  y: number;
}

/**
 * The corners of `shape` for a badge of radius `r` centred on (cx, cy), y pointing down,
 * going clockwise from the top (the square from its top right corner, the hexagon from its
 * right one), or null for the circle. The
 * triangle sits a little low so it looks centred; the star's points reach 5% past `r`.
 */
export function teamShapePoints(shape: TeamShape, cx: number, cy: number, r: number): Point[] | null {
  const ring = (n: number, radius: (i: number) => number, turn = -Math.PI / 2, dy = 0): Point[] =>
    Array.from({ length: n }, (_, i) => {
      const a = turn + (i * 2 * Math.PI) / n;
      return { x: cx + radius(i) * Math.cos(a), y: cy + dy + radius(i) * Math.sin(a) };
    });
  switch (shape) {
    case 'circle':
      return null;
    case 'diamond':
      return ring(4, () => r);
    case 'square':
      return ring(4, () => r * 0.92, -Math.PI / 4);
    case 'triangle':
      return ring(3, () => r * 1.05, -Math.PI / 2, r * 0.12);
    case 'hexagon':
      return ring(6, () => r, 0);
    case 'star':
      return ring(10, (i) => (i % 2 === 0 ? r * 1.05 : r * 0.62));
  }
}
