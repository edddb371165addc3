/**
 * The reading screen: the whole article body, paged for the projector, with the pack's quotes
 * marked and their speakers beside them. The page split is decided here, from a budget of
 * characters per line and lines per page that the caller works out from the text size in use
 * (`articleBudget`), so the canvas and the DOM layer show the same paragraphs on the same page.
 * The views only lay the pages out.
 *
 * A paragraph is never split across pages unless it alone is longer than a page; then it is
 * continued on the next page, split between sentences and never inside a quote.
 */
import { normaliseForMatch } from '../pack/normalise';
import { locateInSource, parseSource } from '../pack/sourceText';
import type { Pack } from '../pack/schema';
import type { GameState } from '../rules/stateSchema';
import { quoteView, type QuoteView } from './views';

/** How much text a page holds, in characters of the body's type. */
export interface ArticleBudget {
  charsPerLine: number;
  linesPerPage: number;
}

/**
 * The reading screen's geometry at 1920×1080, shared by the budget and the canvas scene so the
 * estimate and the layout agree: a gutter on the left for paragraph numbers, one on the right for
 * speakers' badges, a header line above and the footer's buttons below.
 */
export const ARTICLE_LAYOUT = {
  textLeft: 64 + 96,
  textRight: 1920 - 64 - 112,
  textTop: 128,
  textBottom: 1080 - 124 - 36,
  /** Line pitch as a multiple of the body size: roomy, for the back row. */
  lineHeight: 1.45,
  /** The title on the first page, as a multiple of the body size. */
  titleScale: 1.2,
  /** The average width of a character of the body, bold quotes included, as a multiple of its size (Atkinson Hyperlegible measures about 0.48). */
  charWidth: 0.47,
} as const;

/** The budget for a body size in design pixels, from the layout above. */
export function articleBudget(bodyPx: number): ArticleBudget {
  const L = ARTICLE_LAYOUT;
  return {
    charsPerLine: Math.max(20, Math.floor((L.textRight - L.textLeft) / (bodyPx * L.charWidth))),
    linesPerPage: Math.max(4, Math.floor((L.textBottom - L.textTop) / (bodyPx * L.lineHeight))),
  };
}

/** A quote of the pack where the article has it: [start, end) in the paragraph's text. */
export interface ArticleMark {
  quote: QuoteView;
  start: number;
  end: number;
}

/** A paragraph of the body, or a subheading ("## What next?"). */
export interface ArticleParagraph {
  kind: 'heading' | 'paragraph';
  /** Paragraphs are numbered from 1 in the order of the body (headings are not); 0 for a heading. */
  n: number;
  text: string;
  /** Editorial notes of the paragraph (what the page showed), shown apart from its words. */
  notes: readonly string[];
  marks: readonly ArticleMark[];
}

/** A paragraph as it sits on a page: all of it, or one part of a long one. */
export interface ArticleBlock {
  paragraph: ArticleParagraph;
  /** The part of the paragraph's text on this page, [start, end). */
  start: number;
  end: number;
  /** Which part this is, when the paragraph runs over more than one page (1-based). */
  part: { n: number; of: number } | null;
  /** The marks within this part, with offsets relative to `start`. */
  marks: readonly ArticleMark[];
}

export interface ArticlePage {
  blocks: readonly ArticleBlock[];
}

export interface ArticleScreen {
  article: Pack['manifest']['source'];
  /** The page shown (0-based), within the page count. */
  page: number;
  pageCount: number;
  pages: readonly ArticlePage[];
  /** The pack's quotes that are nowhere in the body (a valid pack has none). */
  unplaced: readonly QuoteView[];
}

const HEADING = /^#{1,6}\s+/;

/** The body's paragraphs with the pack's quotes located in them; worked out once per pack. */
const paragraphsOf = new WeakMap<Pack, { paragraphs: ArticleParagraph[]; unplaced: QuoteView[] }>();

export function articleParagraphs(pack: Pack): { paragraphs: readonly ArticleParagraph[]; unplaced: readonly QuoteView[] } {
  let known = paragraphsOf.get(pack);
  if (known) return known;
  const parsed = parseSource(pack.sourceText);
  const marks = parsed.paragraphs.map((): ArticleMark[] => []);
  const unplaced: QuoteView[] = [];
  for (const q of pack.manifest.quotes) {
    const view = quoteView(pack, q.id);
    const found = view && locateInSource(pack.sourceText, q.text);
    // The paragraph that holds it: the same one "show in article" highlights (the first match).
    const at = found ? parsed.body.indexOf(normaliseForMatch(q.text)) : -1;
    let i = at < 0 ? -1 : parsed.starts.length - 1;
    while (i > 0 && parsed.starts[i]! > at) i--;
    if (view && found && i >= 0) marks[i]!.push({ quote: view, start: found.start, end: found.end });
    else if (view) unplaced.push(view);
  }
  let n = 0;
  const paragraphs = parsed.paragraphs.map((p, i): ArticleParagraph => {
    const heading = HEADING.test(p.text) && marks[i]!.length === 0;
    return {
      kind: heading ? 'heading' : 'paragraph',
      n: heading ? 0 : ++n,
      text: heading ? p.text.replace(HEADING, '') : p.text,
      notes: p.notes,
      marks: marks[i]!.sort((a, b) => a.start - b.start || b.end - a.end),
    };
  });
  known = { paragraphs, unplaced };
  paragraphsOf.set(pack, known);
  return known;
}

/** Lines a text takes when wrapped at `width` characters, word by word as a browser does. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= width) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

/** Where a paragraph may be split: after a sentence's end, outside every quote. */
function sentenceBreaks(p: ArticleParagraph): number[] {
  const out: number[] = [];
  const re = /[.?!]["')\]]*\s+(?=["'([]?[A-Z0-9])/g;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    const at = m.index + m[0].length;
    if (!p.marks.some((k) => k.start < at && at < k.end)) out.push(at);
  }
  return out;
}

/** Lines a block takes on the page, its notes and the gap after it included. */
function blockLines(p: ArticleParagraph, text: string, b: ArticleBudget, withNotes: boolean): number {
  const gap = 0.5;
  if (p.kind === 'heading') return wrappedLines(text, b.charsPerLine) + gap;
  // A note sits in a box: a line of padding around it.
  const notes = withNotes ? p.notes.reduce((n, note) => n + wrappedLines(note, b.charsPerLine - 4) + 1.5, 0) : 0;
  return notes + wrappedLines(text, b.charsPerLine) + gap;
}

/** Lines the first page gives to the article's title and source line. */
function titleLines(pack: Pack, b: ArticleBudget): number {
  const src = pack.manifest.source;
  return wrappedLines(src.title, Math.floor(b.charsPerLine / ARTICLE_LAYOUT.titleScale)) * ARTICLE_LAYOUT.titleScale + 1 + 0.75;
}

interface Piece {
  paragraph: ArticleParagraph;
  start: number;
  end: number;
  lines: number;
  part: { n: number; of: number } | null;
}

/** A paragraph too long for a page in sentence runs: the first fits `first` lines, each after it a page. */
function split(p: ArticleParagraph, b: ArticleBudget, first: number): Piece[] {
  const cuts = [...sentenceBreaks(p), p.text.length];
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  let last = 0;
  for (const cut of cuts) {
    const room = parts.length === 0 ? first : b.linesPerPage;
    if (last > start && blockLines(p, p.text.slice(start, cut).trim(), b, parts.length === 0) > room) {
      parts.push({ start, end: last });
      start = last;
    }
    last = cut;
  }
  parts.push({ start, end: p.text.length });
  return parts.map((r, i) => ({
    paragraph: p,
    start: r.start,
    end: r.end,
    lines: blockLines(p, p.text.slice(r.start, r.end).trim(), b, i === 0),
    part: parts.length > 1 ? { n: i + 1, of: parts.length } : null,
  }));
}

function blockOf(piece: Piece): ArticleBlock {
  const { paragraph: p, start, end } = piece;
  return {
    paragraph: p,
    start,
    end,
    part: piece.part,
    marks: p.marks.filter((m) => m.start >= start && m.end <= end).map((m) => ({ ...m, start: m.start - start, end: m.end - start })),
  };
}

const pagesOf = new WeakMap<Pack, Map<string, ArticlePage[]>>();

/** The body split into pages for a budget: paragraphs in order, each whole on one page unless it alone is longer than a page. */
export function articlePages(pack: Pack, b: ArticleBudget): readonly ArticlePage[] {
  const key = `${b.charsPerLine}x${b.linesPerPage}`;
  let byBudget = pagesOf.get(pack);
  if (!byBudget) pagesOf.set(pack, (byBudget = new Map()));
  const known = byBudget.get(key);
  if (known) return known;
  const { paragraphs } = articleParagraphs(pack);
  const pages: Piece[][] = [[]];
  // The first page holds the title and source line above the text.
  let used = titleLines(pack, b);
  const fits = (lines: number) => used + lines <= b.linesPerPage + 0.5;
  const place = (piece: Piece) => {
    pages[pages.length - 1]!.push(piece);
    used += piece.lines;
  };
  const turn = () => {
    pages.push([]);
    used = 0;
  };
  paragraphs.forEach((p, i) => {
    const whole: Piece = { paragraph: p, start: 0, end: p.text.length, lines: blockLines(p, p.text, b, true), part: null };
    // A heading keeps with the first lines of the text after it.
    const next = paragraphs[i + 1];
    const keep = p.kind === 'heading' && next ? Math.min(3, blockLines(next, next.text, b, true)) : 0;
    if (fits(whole.lines + keep)) return place(whole);
    if (pages[pages.length - 1]!.length > 0) turn();
    if (fits(whole.lines)) return place(whole);
    // Longer than an empty page: split between sentences, and continued on the pages after.
    split(p, b, b.linesPerPage - used).forEach((piece, k) => {
      if (k > 0) turn();
      place(piece);
    });
  });
  const out = pages.filter((p) => p.length > 0).map((p) => ({ blocks: p.map(blockOf) }));
  byBudget.set(key, out);
  return out;
}

/**
 * The most pages the article can ever take: one per place it may be split. The reducer keeps
 * the page within this, whatever the budget; the screen keeps it within the pages there are.
 */
export function articlePageLimit(pack: Pack): number {
  let limit = limits.get(pack);
  if (limit === undefined) limits.set(pack, (limit = articleParagraphs(pack).paragraphs.reduce((n, p) => n + 1 + sentenceBreaks(p).length, 0)));
  return limit;
}
const limits = new WeakMap<Pack, number>();

/** The reading screen for a state, or null when it is not open. */
export function articleScreen(pack: Pack, s: Pick<GameState, 'overlay'>, b: ArticleBudget): ArticleScreen | null {
  if (s.overlay?.kind !== 'article') return null;
  const pages = articlePages(pack, b);
  return {
    article: pack.manifest.source,
    page: Math.max(0, Math.min(pages.length - 1, s.overlay.page)),
    pageCount: pages.length,
    pages,
    unplaced: articleParagraphs(pack).unplaced,
  };
}

/** A text cut at its marks' edges: each piece with the marks covering it (none for plain words). */
export function segmentsOf(text: string, marks: readonly ArticleMark[]): { text: string; marks: readonly ArticleMark[]; ends: readonly ArticleMark[] }[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].filter((e) => e >= 0 && e <= text.length).sort((a, b) => a - b);
  const out: { text: string; marks: readonly ArticleMark[]; ends: readonly ArticleMark[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    out.push({ text: text.slice(a, b), marks: marks.filter((m) => m.start <= a && b <= m.end), ends: marks.filter((m) => m.end === b) });
  }
  return out;
}
