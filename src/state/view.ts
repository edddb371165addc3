/**
 * View-only state the core does not need: which page of a screen is showing (a reveal's
 * evidence, a page at a time; the final results' recap, a level at a time). Pure, so the
 * keyboard, the canvas and the DOM layer agree on it.
 */
import type { QuoteView, Screen } from '../core/screens/screen';

export const QUOTES_PER_PAGE = 2;
/** The final results show the rounds most picks got wrong a few at a time, each in full. */
export const MISCONCEPTIONS_PER_PAGE = 3;

/**
 * A "pick all that apply" reveal lists every option on the left, so its explanation
 * shares the first evidence page with one quote; other reveals show two quotes a page.
 */
function firstPageQuotes(screen: Extract<Screen, { kind: 'reveal' }>): number {
  return screen.multi ? 1 : QUOTES_PER_PAGE;
}

export function pageCount(screen: Screen): number {
  if (screen.kind === 'reveal') {
    const rest = Math.max(0, screen.evidence.length - firstPageQuotes(screen));
    return 1 + Math.ceil(rest / QUOTES_PER_PAGE);
  }
  // The final results: a level's recap a page, then the discernment over the claim rounds, then the misconceptions.
  if (screen.kind === 'final')
    return Math.max(1, screen.recap.length + (screen.discernment.length ? 1 : 0) + Math.ceil(screen.misconceptions.length / MISCONCEPTIONS_PER_PAGE));
  // A debate scorecard is stepped through line by line, then the experts' view.
  if (screen.kind === 'debateReveal') return Math.max(...screen.scorecards.map((c) => c.lines.length)) + 1;
  return 1;
}

export function evidenceOnPage(screen: Screen, page: number): QuoteView[] {
  if (screen.kind !== 'reveal') return [];
  const first = firstPageQuotes(screen);
  if (page <= 0) return screen.evidence.slice(0, first);
  const start = first + (page - 1) * QUOTES_PER_PAGE;
  return screen.evidence.slice(start, start + QUOTES_PER_PAGE);
}
