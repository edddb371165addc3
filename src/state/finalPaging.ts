/**
 * The final results' pages: the standings (teams), each level's recap, the discernment, then the
 * misconceptions. At the larger presets a level's recap or a page of misconceptions would not fit
 * at the preset's size, so it takes more pages instead of shrinking towards the floor. The split
 * is decided here, from a budget of characters per line and lines per column worked out from the
 * sizes in use (platform/theme `SIZE`, set with the preset before anything redraws), so the
 * store, the keyboard and the canvas count the same pages. The scene only lays a page out.
 */
import type { MisconceptionView, RecapItem, Screen } from '../core/screens/screen';
import { wrappedLines } from '../core/screens/articleScreen';
import { DESIGN, SIZE } from '../platform/theme';
import { optionLabel, recapAnswer } from '../i18n/optionLabel';
import { outcomeWord } from '../i18n/outcomeText';
import { sureRecapShort } from '../i18n/sureText';
import { pollCounts } from '../i18n/pollText';
import { t } from '../i18n/strings';

type Final = Extract<Screen, { kind: 'final' }>;

/** The final results' geometry at 1920×1080, shared by the budget and the scene so the estimate and the layout agree. */
export const FINAL_LAYOUT = {
  /** The list of levels on the left. */
  listWidth: 700,
  /** The recap column: from the list's right (plus a gap) to the right margin, down to above the footer. */
  columnX: DESIGN.margin + 700 + 40,
  columnRight: DESIGN.width - DESIGN.margin,
  columnBottom: DESIGN.height - 150,
  /** A recap round's text is indented past its outcome icon. */
  itemIndent: 76,
  headingGap: 30,
  promptGap: 6,
  itemGap: 28,
  missGap: 24,
  /** Line pitch as a multiple of the size (a line's box plus the spacing text.ts sets), a little over what the canvas draws. */
  lineHeight: 1.22,
  /** Average character widths as a multiple of the size (Atkinson Hyperlegible measures 0.48 bold, 0.44 regular), rounded up. */
  boldWidth: 0.5,
  plainWidth: 0.46,
} as const;

const L = FINAL_LAYOUT;
const columnWidth = () => L.columnRight - L.columnX;

/** Height of a text wrapped at `width` design pixels. */
export function textHeight(text: string, width: number, size: number, bold: boolean): number {
  const chars = Math.max(8, Math.floor(width / (size * (bold ? L.boldWidth : L.plainWidth))));
  const lines = text.split('\n').reduce((n, line) => n + wrappedLines(line, chars), 0);
  return lines * size * L.lineHeight;
}

/** "How the class view moved: …", the line under the title (a poll not taken says so, never 0). */
export function pollLine(poll: NonNullable<Final['poll']>): string {
  const moved = poll.taken.before || poll.taken.after ? poll.options.map((o) => `${o.text}: ${pollCounts(poll, o)}`).join(' · ') : t.pollNotTaken;
  return `${t.pollMoved}: ${moved}`;
}

/** Where the columns start: under the title and the poll line. */
export function finalTop(screen: Final): number {
  const titleBottom = Math.max(122, 36 + SIZE.heading * L.lineHeight + 8);
  const poll = screen.poll ? textHeight(pollLine(screen.poll), DESIGN.width - DESIGN.margin * 2, SIZE.small, false) + 8 : 0;
  return Math.max(140, titleBottom + poll + 12);
}

/** A level recap page's heading: the level's question, and which of its pages this is when there are several. */
export function recapHeading(question: string, part: number, parts: number): string {
  return parts > 1 ? `${question} (${part + 1}/${parts})` : question;
}

/** A recap round, as the list draws it without its quote (the quote shows only when it fits), in a column `width` wide. */
export function recapItemHeight(item: RecapItem, size: number, width: number = columnWidth()): number {
  const w = width - L.itemIndent;
  const prompt = item.claim ? `${item.prompt} “${item.claim}”` : item.prompt;
  const answer = item.outcome ? `${outcomeWord(item.outcome)}${sureRecapShort(item.sure)}. ${recapAnswer(item)}` : recapAnswer(item);
  return textHeight(prompt, w, size, true) + L.promptGap + textHeight(answer, w, size, false) + L.itemGap;
}

/** A misconception, as the scene draws it: its prompt (and quote), then where, how many and the best answer. */
export function misconceptionLines(m: MisconceptionView): { prompt: string; detail: string } {
  return {
    prompt: m.quote ? `${m.prompt} “${m.quote.quote.text}”` : m.prompt,
    detail: `${m.levelTitle} · ${t.wrongOf(m.wrong, m.of)} · ${t.bestAnswer}: ${m.best.map(optionLabel).join('; ')}`,
  };
}
function misconceptionHeight(m: MisconceptionView, size: number): number {
  const { prompt, detail } = misconceptionLines(m);
  return textHeight(prompt, columnWidth(), size, true) + 4 + textHeight(detail, columnWidth(), size, false) + L.missGap;
}

/** Splits items into runs that fit `room` (a run holds at least one item, and at most `most`). */
function split<T>(items: readonly T[], room: number, height: (item: T) => number, most = Infinity): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let from = 0;
  let used = 0;
  items.forEach((item, i) => {
    const h = height(item);
    if (i > from && (used + h > room || i - from >= most)) {
      runs.push({ from, to: i });
      from = i;
      used = 0;
    }
    used += h;
  });
  if (items.length > from || runs.length === 0) runs.push({ from, to: items.length });
  return runs;
}

/** The rounds most picks got wrong: at most this many a page, fewer when they would not fit at the preset's size. */
export const MISCONCEPTIONS_PER_PAGE = 3;

/** A level's recap page: which level, which of its rounds, and which of the level's pages. */
export interface RecapPage {
  level: number;
  from: number;
  to: number;
  part: number;
  parts: number;
}

export interface FinalPages {
  /** The opening page: the podium or the gains (teams), the total (solo); -1 when the teacher never shows team scores. */
  standings: number;
  /** The first level's first page. */
  levels: number;
  /** Each recap page in order, from page `levels` on. */
  recap: RecapPage[];
  /** The discernment page, with the sure answers' calibration (-1 when no claim round was answered and no answer took a sure mark). */
  discernment: number;
  /** The first misconceptions page. */
  misconceptions: number;
  /** Each misconceptions page's slice of the list, in order. */
  misconceptionPages: { from: number; to: number }[];
  /** How many pages in all. */
  count: number;
}

const memo = new WeakMap<Final, { key: string; pages: FinalPages }>();

/**
 * Where each part of the final results starts, and how a level's recap and the misconceptions
 * are split into pages that fit the recap column at the preset's sizes.
 */
export function finalPages(screen: Final): FinalPages {
  const key = `${SIZE.small}/${SIZE.body}/${SIZE.heading}/${t.bestAnswer}`;
  const known = memo.get(screen);
  if (known?.key === key) return known.pages;
  const top = finalTop(screen);
  const room = L.columnBottom - top;
  // The opening page (the podium, the gains, or a solo total) comes first when there is one.
  const levels = screen.opening ? 1 : 0;
  const recap: RecapPage[] = screen.recap.flatMap((r, level) => {
    // The heading, with room for its "(1/2)"; then the rounds, each whole on one page.
    const heading = textHeight(`${r.level.question} (0/0)`, columnWidth(), SIZE.body, true) + L.headingGap;
    const runs = split(r.items, room - heading, (item) => recapItemHeight(item, SIZE.small));
    return runs.map((run, part) => ({ level, ...run, part, parts: runs.length }));
  });
  const after = levels + recap.length;
  // Telling apart and the sure answers' calibration share the page after the recaps.
  const discernment = screen.discernment.length || screen.calibration.length ? after : -1;
  const misconceptions = after + (discernment >= 0 ? 1 : 0);
  const misconceptionPages = screen.misconceptions.length
    ? split(screen.misconceptions, room + L.missGap, (m) => misconceptionHeight(m, SIZE.small), MISCONCEPTIONS_PER_PAGE)
    : [];
  const pages: FinalPages = {
    standings: screen.opening ? 0 : -1,
    levels,
    recap,
    discernment,
    misconceptions,
    misconceptionPages,
    count: Math.max(1, misconceptions + misconceptionPages.length),
  };
  memo.set(screen, { key, pages });
  return pages;
}

/** The first recap page of a level. */
export function levelFirstPage(pages: FinalPages, level: number): number {
  const i = pages.recap.findIndex((p) => p.level === level);
  return pages.levels + Math.max(0, i);
}

/**
 * The arrow keys move along the list of rows (the standings, each level, the discernment, the
 * misconceptions), not page by page: from `page`, the first page of the row `step` rows on.
 */
export function finalRowPage(screen: Final, page: number, step: number): number {
  const p = finalPages(screen);
  const starts = [
    ...(p.standings >= 0 ? [p.standings] : []),
    ...p.recap.flatMap((r, i) => (r.part === 0 ? [p.levels + i] : [])),
    ...(p.discernment >= 0 ? [p.discernment] : []),
    ...(p.misconceptionPages.length ? [p.misconceptions] : []),
  ];
  if (starts.length === 0) return 0;
  const row = starts.reduce((at, start, i) => (start <= page ? i : at), 0);
  return starts[Math.max(0, Math.min(starts.length - 1, row + step))]!;
}
