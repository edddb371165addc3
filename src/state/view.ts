/**
 * View-only state the core does not need: which page of a screen is showing (a reveal's
 * evidence, a page at a time; the final results' recap, a level at a time). Pure, so the
 * keyboard, the canvas and the DOM layer agree on it.
 */
import type { Screen } from '../core/screen';

export const QUOTES_PER_PAGE = 2;

export function pageCount(screen: Screen): number {
  if (screen.kind === 'reveal') return Math.max(1, Math.ceil(screen.evidence.length / QUOTES_PER_PAGE));
  if (screen.kind === 'final') return Math.max(1, screen.recap.length);
  return 1;
}

export function pageOfEvidence<T>(items: readonly T[], page: number): T[] {
  return items.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE);
}
