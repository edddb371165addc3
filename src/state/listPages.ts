/**
 * Long lists a page at a time (issue 16, item 14): the question list (setup and level select)
 * and the pack tabs on the title. A list's page is not kept apart: it is the page of the item
 * the store points at (the level cursor, the current pack), so the arrow keys walk across pages,
 * and the canvas, the keyboard and the DOM layer agree on it. Sizes are read from the preset
 * (platform/theme SIZE, set before anything redraws), as finalPaging.ts does.
 */
import { DESIGN, SIZE } from '../platform/theme';

/** One page of a list: which items it shows (`from` to `to`, exclusive), and where it is among the pages. */
export interface ListPage {
  page: number;
  pages: number;
  from: number;
  to: number;
}

/** The page of `count` items, `per` a page, that holds item `at` (the first page when `at` is null). */
export function listPage(count: number, per: number, at: number | null): ListPage {
  const size = Math.max(1, per);
  const pages = Math.max(1, Math.ceil(count / size));
  const page = Math.max(0, Math.min(pages - 1, Math.floor((at ?? 0) / size)));
  return { page, pages, from: page * size, to: Math.min(count, (page + 1) * size) };
}

/**
 * Where the question list's cursor is: where the arrows put it, or else on the first question
 * not yet finished (the first one when all are). The setup, the level select and the store's
 * arrow keys all start from it, so the page shown is the page the next arrow moves on.
 */
export function levelCursorAt(cursor: number | null, levels: readonly { complete: boolean }[]): number {
  return (
    cursor ??
    Math.max(
      0,
      levels.findIndex((l) => !l.complete),
    )
  );
}

/** The level select's geometry: two columns of cards between the heading and the footer. */
export const LEVEL_SELECT = { columns: 2, top: 150, bottom: DESIGN.height - 150, gap: 14 } as const;

/**
 * How many cards the level select shows a page: two columns of rows no shorter than a line of
 * the body size (the card's title) with its padding, so a long pack never squeezes the cards.
 */
export function levelSelectPerPage(): number {
  const minHeight = Math.max(84, Math.ceil(SIZE.body * 1.25) + 24);
  const rows = Math.max(1, Math.floor((LEVEL_SELECT.bottom - LEVEL_SELECT.top + LEVEL_SELECT.gap) / (minHeight + LEVEL_SELECT.gap)));
  return LEVEL_SELECT.columns * rows;
}

/** Pack tabs on the title a page: each wide enough for its number and a title's first words. */
export const PACK_TABS_PER_PAGE = 4;
