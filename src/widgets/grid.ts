/**
 * Lays items out in rows of `columns`, each row as tall as its tallest item; `place` draws
 * one item in its cell and returns its height. Returns the grid's total height.
 */
export function layoutGrid<T>(
  items: readonly T[],
  columns: number,
  cell: { x: number; y: number; width: number; gap: number },
  place: (item: T, i: number, x: number, y: number, width: number) => number,
): number {
  const w = (cell.width - cell.gap * (columns - 1)) / columns;
  let rowY = cell.y;
  let rowH = 0;
  items.forEach((item, i) => {
    if (i % columns === 0 && i > 0) {
      rowY += rowH + cell.gap;
      rowH = 0;
    }
    rowH = Math.max(rowH, place(item, i, cell.x + (i % columns) * (w + cell.gap), rowY, w));
  });
  return rowY + rowH - cell.y;
}
