/**
 * View-only state the core does not need: which page of a screen is showing (a reveal's
 * evidence, a page at a time; the final results' recap, a level a page or more). Pure, so the
 * keyboard, the canvas and the DOM layer agree on it.
 */
import type { QuoteView, Screen } from '../core/screens/screen';
import type { TextSize } from './settings';
import { finalPages, recapItemHeight, textHeight } from './finalPaging';
import { DESIGN, SIZE } from '../platform/theme';

export { MISCONCEPTIONS_PER_PAGE, finalPages, finalRowPage, type FinalPages, type RecapPage } from './finalPaging';

export const QUOTES_PER_PAGE = 2;

/**
 * At the larger text presets a reveal pages more, so each part shows at the preset's size
 * instead of shrinking to the floor: the explanation gets a page's evidence column to itself,
 * the lines on why wrong picks fail come one a page, the quotes one a page, and a pick-all
 * list takes the whole width of its own first page. Set with the display preset (main.ts),
 * before the scenes redraw, so the store, the keyboard, the canvas and the DOM layer count the
 * same pages.
 */
let spacious = false;
export function setRevealPaging(textSize: TextSize): void {
  spacious = textSize !== 'standard';
}
/** Whether reveals page for the larger presets (the explanation in the evidence column, one quote a page). */
export function spaciousReveal(): boolean {
  return spacious;
}
/** At the larger presets, the lines on why wrong picks fail, a page of them at a time (each in full at the preset's size). */
export const WHY_WRONG_PER_PAGE = 1;

/** What a reveal's page shows beside the answer: the options' list, the explanation, why wrong picks fail, or quotes. */
export type RevealPage =
  { kind: 'list' } | { kind: 'explain'; quotes: QuoteView[] } | { kind: 'why'; from: number; to: number } | { kind: 'quotes'; quotes: QuoteView[] };

/** A reveal's pages, in order (at least one). */
export function revealPages(screen: Extract<Screen, { kind: 'reveal' }>): RevealPage[] {
  const pages: RevealPage[] = [];
  const why = screen.allTeams?.whyWrong.length ?? 0;
  const per = spacious ? 1 : QUOTES_PER_PAGE;
  let rest = screen.evidence;
  if (spacious) {
    if (screen.multi && !screen.allTeams) pages.push({ kind: 'list' });
    pages.push({ kind: 'explain', quotes: [] });
    for (let i = 0; i < why; i += WHY_WRONG_PER_PAGE) pages.push({ kind: 'why', from: i, to: Math.min(why, i + WHY_WRONG_PER_PAGE) });
  } else if (why > 0) pages.push({ kind: 'why', from: 0, to: why });
  // A pick-all list sits on the left, so its explanation shares the first page with one quote.
  else if (screen.multi) {
    pages.push({ kind: 'explain', quotes: rest.slice(0, 1) });
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i += per) pages.push({ kind: 'quotes', quotes: rest.slice(i, i + per) });
  if (pages.length === 0) pages.push({ kind: 'quotes', quotes: [] });
  return pages;
}

/** A debate's scorecard keeps its breakdown and the experts' view on screen, so its quotes come one a page. */
export const DEBATE_QUOTES_PER_PAGE = 1;

export function pageCount(screen: Screen): number {
  if (screen.kind === 'reveal') {
    return revealPages(screen).length;
  }
  // The final results: the standings (teams), each level's recap (more pages than one where it must), the discernment, the misconceptions.
  if (screen.kind === 'final') return finalPages(screen).count;
  // Between levels in team play: the standings, then the level's recap (a few rounds a page at the larger presets).
  if (screen.kind === 'levelSummary') return (screen.board ? 1 : 0) + recapPages(screen);
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

/** At the larger presets a level's recap shows this many rounds a page, each at the preset's size. */
export const RECAP_PER_PAGE_SPACIOUS = 2;
function recapPages(screen: Extract<Screen, { kind: 'levelSummary' }>): number {
  return Math.max(1, Math.ceil(screen.recap.length / recapPerPage(screen)));
}

/**
 * How many rounds a level summary's recap page holds: all of them (two at the larger presets),
 * fewer where long prompts and answers would not stand clear of the footer at the small size.
 * Estimated from the text as the final results' pages are (finalPaging.ts), so every view counts the same pages.
 */
function recapPerPage(screen: Extract<Screen, { kind: 'levelSummary' }>): number {
  const width = DESIGN.width - DESIGN.margin * 2;
  // Under the header strip, the heading, the question and the recap's label, as LevelSummary lays them out.
  const top = 120 + SIZE.heading * 1.22 + 12 + textHeight(screen.question, width, SIZE.body, false) + 20 + SIZE.small * 1.22 + 16;
  const room = DESIGN.height - 150 - top;
  const most = spacious ? RECAP_PER_PAGE_SPACIOUS : screen.recap.length;
  for (let per = most; per > 1; per--) {
    let fits = true;
    for (let i = 0; i < screen.recap.length && fits; i += per) {
      fits = screen.recap.slice(i, i + per).reduce((h, item) => h + recapItemHeight(item, SIZE.small, width), 0) <= room;
    }
    if (fits) return per;
  }
  return 1;
}

/** A level summary's page: the standings (team play, first), or which of the recap's rounds, and the recap page's number. */
export function summaryPage(
  screen: Extract<Screen, { kind: 'levelSummary' }>,
  page: number,
): { kind: 'standings' } | { kind: 'recap'; items: Extract<Screen, { kind: 'levelSummary' }>['recap']; page: number; pages: number } {
  const lead = screen.board ? 1 : 0;
  const p = Math.max(0, Math.min(page, lead + recapPages(screen) - 1));
  if (p < lead) return { kind: 'standings' };
  const pages = recapPages(screen);
  const per = recapPerPage(screen);
  return { kind: 'recap', items: screen.recap.slice((p - lead) * per, (p - lead + 1) * per), page: p - lead, pages };
}

/**
 * What Space or Enter does on a level summary's page, as the catalogue key of its Next
 * button's label: from the standings on to the recap, then the recap's next page, then the
 * next question or the final results. The canvas and the DOM layer both label it from here.
 */
export function summaryNext(screen: Extract<Screen, { kind: 'levelSummary' }>, page: number): 'recap' | 'nextRecap' | 'nextLevel' | 'seeResults' {
  const shown = summaryPage(screen, page);
  if (shown.kind === 'standings') return 'recap';
  if (shown.page + 1 < shown.pages) return 'nextRecap';
  return screen.isLast ? 'seeResults' : 'nextLevel';
}

export function evidenceOnPage(screen: Screen, page: number): QuoteView[] {
  if (screen.kind === 'debateReveal') {
    const p = debateRevealPage(screen, page);
    return p.kind === 'experts' ? p.quotes.map((q) => q.view) : [];
  }
  if (screen.kind !== 'reveal') return [];
  const pages = revealPages(screen);
  const p = pages[Math.max(0, Math.min(page, pages.length - 1))]!;
  return p.kind === 'quotes' || p.kind === 'explain' ? p.quotes : [];
}
