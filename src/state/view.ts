/**
 * View-only state the core does not need: which page of a screen is showing (a reveal's
 * evidence, a page at a time; the final results' recap, a level at a time). Pure, so the
 * keyboard, the canvas and the DOM layer agree on it.
 */
import type { QuoteView, Screen } from '../core/screens/screen';

export const QUOTES_PER_PAGE = 2;
/** A debate's scorecard keeps its breakdown and the experts' view on screen, so its quotes come one a page. */
export const DEBATE_QUOTES_PER_PAGE = 1;
/** The final results show the rounds most picks got wrong a few at a time, each in full. */
export const MISCONCEPTIONS_PER_PAGE = 3;

/**
 * A "pick all that apply" reveal lists every option on the left, so its explanation
 * shares the first evidence page with one quote; other reveals show two quotes a page.
 */
function firstPageQuotes(screen: Extract<Screen, { kind: 'reveal' }>): number {
  // With every team answering, the lines on why the wrong picks fail take the first page; the quotes follow.
  if ((screen.allTeams?.whyWrong.length ?? 0) > 0) return 0;
  return screen.multi ? 1 : QUOTES_PER_PAGE;
}

export function pageCount(screen: Screen): number {
  if (screen.kind === 'reveal') {
    const rest = Math.max(0, screen.evidence.length - firstPageQuotes(screen));
    return 1 + Math.ceil(rest / QUOTES_PER_PAGE);
  }
  // The final results: the standings (teams), a level's recap a page, then the discernment over the claim rounds, then the misconceptions.
  if (screen.kind === 'final') {
    const p = finalPages(screen);
    return p.misconceptions + Math.ceil(screen.misconceptions.length / MISCONCEPTIONS_PER_PAGE);
  }
  // Between levels in team play: the standings, then the level's recap.
  if (screen.kind === 'levelSummary') return screen.board ? 2 : 1;
  // A debate scorecard is stepped through line by line, then the experts' view with its quotes, a page of them at a time.
  if (screen.kind === 'debateReveal') return scorecardLineSteps(screen) + Math.max(1, Math.ceil(screen.sources.length / DEBATE_QUOTES_PER_PAGE));
  return 1;
}

/** How many steps a scorecard takes to show its lines, one more line a step (its longest card's). */
function scorecardLineSteps(screen: Extract<Screen, { kind: 'debateReveal' }>): number {
  return Math.max(...screen.scorecards.map((c) => c.lines.length));
}

/**
 * A debate reveal's page: while its lines are stepped through, how many are shown; after, the
 * experts' view with the breakdown, and which page of its quotes (`page` of `pages`).
 */
export function debateRevealPage(
  screen: Extract<Screen, { kind: 'debateReveal' }>,
  page: number,
): { kind: 'lines'; shown: number } | { kind: 'experts'; page: number; pages: number; quotes: Extract<Screen, { kind: 'debateReveal' }>['sources'] } {
  const steps = scorecardLineSteps(screen);
  if (page < steps) return { kind: 'lines', shown: page + 1 };
  const pages = Math.max(1, Math.ceil(screen.sources.length / DEBATE_QUOTES_PER_PAGE));
  const p = Math.min(page - steps, pages - 1);
  return { kind: 'experts', page: p, pages, quotes: screen.sources.slice(p * DEBATE_QUOTES_PER_PAGE, (p + 1) * DEBATE_QUOTES_PER_PAGE) };
}

export function evidenceOnPage(screen: Screen, page: number): QuoteView[] {
  if (screen.kind === 'debateReveal') {
    const p = debateRevealPage(screen, page);
    return p.kind === 'experts' ? p.quotes.map((q) => q.view) : [];
  }
  if (screen.kind !== 'reveal') return [];
  const first = firstPageQuotes(screen);
  if (page <= 0) return screen.evidence.slice(0, first);
  const start = first + (page - 1) * QUOTES_PER_PAGE;
  return screen.evidence.slice(start, start + QUOTES_PER_PAGE);
}

/**
 * Where each part of the final results starts: the standings page (-1 without teams), the
 * first level's recap, the discernment page (-1 when no claim round was answered), the first
 * misconceptions page. Levels take one page each.
 */
export function finalPages(screen: Extract<Screen, { kind: 'final' }>): { standings: number; levels: number; discernment: number; misconceptions: number } {
  const levels = screen.board ? 1 : 0;
  const after = levels + screen.recap.length;
  const discernment = screen.discernment.length ? after : -1;
  return { standings: screen.board ? 0 : -1, levels, discernment, misconceptions: after + (discernment >= 0 ? 1 : 0) };
}
