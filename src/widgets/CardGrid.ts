import type Phaser from 'phaser';
import type { CardMark, CardView } from '../core/screens/views';
import { optionLetter } from '../i18n/optionLabel';
import { t } from '../i18n/strings';
import { addEvidenceCard } from './EvidenceCard';
import { MIN_TEXT, SIZE } from '../platform/theme';

export interface CardGridSpec {
  x: number;
  y: number;
  width: number;
  /** The room the grid has; the first layout that fits it is kept (the last one regardless, unless `onlyIfFits`). */
  maxHeight: number;
  cards: readonly CardView[];
  /** The most marks (played, conceded) a card can carry this round: the grid keeps room for them. */
  cardMarks: number;
  teamNames?: readonly string[];
  onClick?: (card: CardView) => void;
  /** Draw nothing and return -1 when no layout fits (the scene then makes room and asks again). */
  onlyIfFits?: boolean;
}

interface Layout {
  columns: number;
  row: boolean;
  gap: number;
  /** A row's type size (cards use the preset's small size). */
  size: number;
}

/**
 * Cards in two columns, then three, then a row each: rows at the preset's small size, then
 * a few pixels smaller at a time down to the floor, so a long hand takes the largest type that
 * fits the room rather than jumping straight to the floor.
 */
function layouts(): Layout[] {
  const rowSizes = [SIZE.small];
  while (rowSizes[rowSizes.length - 1]! - 4 > MIN_TEXT) rowSizes.push(rowSizes[rowSizes.length - 1]! - 4);
  if (rowSizes[rowSizes.length - 1] !== MIN_TEXT) rowSizes.push(MIN_TEXT);
  return [
    { columns: 2, row: false, gap: 16, size: SIZE.small },
    { columns: 3, row: false, gap: 16, size: SIZE.small },
    ...rowSizes.map((size) => ({ columns: 1, row: true, gap: size > MIN_TEXT ? 8 : 6, size })),
  ];
}

/**
 * Measured row heights by hand and layout. A hand is measured once (every card at its fullest,
 * drawn and taken away), not on every move: measuring draws each card again for each layout.
 */
const measured = new Map<string, number[]>();

/**
 * A hand of evidence cards, keyed A, B, C… in the order given. The layout (two columns, three,
 * or one row a card) and every cell's place and size are worked out from the whole hand as if
 * every card carried the most marks it can this round, so playing or conceding a card never
 * moves another one, or changes the layout. Returns the grid's height (-1 when `onlyIfFits`
 * and nothing fits).
 */
export function addCardGrid(scene: Phaser.Scene, spec: CardGridSpec): number {
  const names = spec.teamNames ?? [];
  // The widest mark a card could get: "conceded by" the team with the longest name.
  const longest = names.reduce((best, n, i) => (n.length > (names[best]?.length ?? -1) ? i : best), 0);
  const fullest: CardMark[] = Array.from({ length: spec.cardMarks }, () => ({ kind: 'conceded', team: names.length ? longest : null }));
  // A row shows one mark at most (see addEvidenceCard).
  const rowFullest = fullest.slice(0, 1);
  const draw = (layout: Layout, card: CardView, i: number, x: number, y: number, width: number, minHeight?: number) =>
    addEvidenceCard(scene, {
      x,
      y,
      width,
      minHeight,
      keyLabel: optionLetter(i + 1),
      card,
      row: layout.row,
      rowSize: layout.row ? layout.size : undefined,
      teamNames: names,
      onClick: spec.onClick ? () => spec.onClick!(card) : undefined,
    }).height;
  const rowsOf = (layout: Layout): number[] => {
    const w = cellWidth(spec.width, layout);
    const key = JSON.stringify([
      t.language,
      SIZE.small,
      layout,
      w,
      names,
      spec.cardMarks,
      spec.cards.map((c) => [c.text, c.quote?.speaker.name ?? '', c.quote?.speaker.role ?? '']),
    ]);
    const known = measured.get(key);
    if (known) return known;
    // Measure each card at its fullest, then take it away again.
    const before = scene.children.list.length;
    const heights = spec.cards.map((card, i) => draw(layout, { ...card, marks: layout.row ? rowFullest : fullest, selected: true }, i, spec.x, spec.y, w));
    for (const o of scene.children.list.slice(before)) o.destroy();
    const rows = Array.from({ length: Math.ceil(heights.length / layout.columns) }, (_, r) =>
      Math.max(...heights.slice(r * layout.columns, (r + 1) * layout.columns)),
    );
    if (measured.size > 40) measured.clear();
    measured.set(key, rows);
    return rows;
  };

  const all = layouts();
  let chosen: { layout: Layout; rows: number[] } | null = null;
  for (const [n, layout] of all.entries()) {
    const rows = rowsOf(layout);
    const fits = total(rows, layout.gap) <= spec.maxHeight;
    if (!fits && n === all.length - 1 && spec.onlyIfFits) return -1;
    chosen = { layout, rows };
    if (fits) break;
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

const cellWidth = (width: number, l: Layout) => (width - l.gap * (l.columns - 1)) / l.columns;
const total = (rows: readonly number[], gap: number) => rows.reduce((a, h) => a + h, 0) + gap * Math.max(0, rows.length - 1);
