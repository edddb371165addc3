import type Phaser from 'phaser';
import type { CardMark, CardView } from '../core/screens/views';
import { optionLetter } from '../i18n/optionLabel';
import { addEvidenceCard } from './EvidenceCard';
import { MIN_TEXT } from '../platform/theme';

export interface CardGridSpec {
  x: number;
  y: number;
  width: number;
  /** The room the grid has; the first layout that fits it is kept (the last one regardless). */
  maxHeight: number;
  cards: readonly CardView[];
  /** The most marks (played, conceded) a card can carry this round: the grid keeps room for them. */
  cardMarks: number;
  teamNames?: readonly string[];
  onClick?: (card: CardView) => void;
}

// Cards in two columns, then three, then a row each; at the larger presets, rows at the floor size.
const LAYOUTS = [
  { columns: 2, row: false, gap: 16, floor: false },
  { columns: 3, row: false, gap: 16, floor: false },
  { columns: 1, row: true, gap: 8, floor: false },
  { columns: 1, row: true, gap: 6, floor: true },
] as const;

/**
 * A hand of evidence cards, keyed A, B, C… in the order given. The layout (two columns, three,
 * or one row a card) and every cell's place and size are worked out from the whole hand as if
 * every card carried the most marks it can this round, so playing or conceding a card never
 * moves another one, or changes the layout. Returns the grid's height.
 */
export function addCardGrid(scene: Phaser.Scene, spec: CardGridSpec): number {
  const names = spec.teamNames ?? [];
  // The widest mark a card could get: "conceded by" the team with the longest name.
  const longest = names.reduce((best, n, i) => (n.length > (names[best]?.length ?? -1) ? i : best), 0);
  const fullest: CardMark[] = Array.from({ length: spec.cardMarks }, () => ({ kind: 'conceded', team: names.length ? longest : null }));
  // A row shows one mark at most (see addEvidenceCard).
  const rowFullest = fullest.slice(0, 1);
  const draw = (layout: (typeof LAYOUTS)[number], card: CardView, i: number, x: number, y: number, width: number, minHeight?: number) =>
    addEvidenceCard(scene, {
      x,
      y,
      width,
      minHeight,
      keyLabel: optionLetter(i + 1),
      card,
      row: layout.row,
      rowSize: layout.floor ? MIN_TEXT : undefined,
      teamNames: names,
      onClick: spec.onClick ? () => spec.onClick!(card) : undefined,
    }).height;

  let chosen: { layout: (typeof LAYOUTS)[number]; rows: number[] } | null = null;
  for (const [n, layout] of LAYOUTS.entries()) {
    const w = cellWidth(spec.width, layout);
    // Measure each card at its fullest, then take it away again.
    const before = scene.children.list.length;
    const heights = spec.cards.map((card, i) => draw(layout, { ...card, marks: layout.row ? rowFullest : fullest, selected: true }, i, spec.x, spec.y, w));
    for (const o of scene.children.list.slice(before)) o.destroy();
    const rows = Array.from({ length: Math.ceil(heights.length / layout.columns) }, (_, r) =>
      Math.max(...heights.slice(r * layout.columns, (r + 1) * layout.columns)),
    );
    chosen = { layout, rows };
    if (total(rows, layout.gap) <= spec.maxHeight || n === LAYOUTS.length - 1) break;
  }
  const { layout, rows } = chosen!;
  const w = cellWidth(spec.width, layout);
  let y = spec.y;
  rows.forEach((h, r) => {
    spec.cards.slice(r * layout.columns, (r + 1) * layout.columns).forEach((card, c) => {
      draw(layout, card, r * layout.columns + c, spec.x + c * (w + layout.gap), y, w, h);
    });
    y += h + layout.gap;
  });
  return total(rows, layout.gap);
}

const cellWidth = (width: number, l: (typeof LAYOUTS)[number]) => (width - l.gap * (l.columns - 1)) / l.columns;
const total = (rows: readonly number[], gap: number) => rows.reduce((a, h) => a + h, 0) + gap * Math.max(0, rows.length - 1);
