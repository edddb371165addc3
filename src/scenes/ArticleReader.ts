import type { Screen } from '../core/screens/screen';
import { ARTICLE_LAYOUT, articleBudget, articleScreen, segmentsOf, type ArticleBlock, type ArticleScreen } from '../core/screens/articleScreen';
import type { Speaker } from '../core/pack/schema';
import { addButton, buttonWidth } from '../widgets/Button';
import { drawSpeakerBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, hex, readerBody, readerSmall } from '../platform/theme';
import { printArticle } from '../services/printArticle';
import { FOOTER_Y, ScreenScene } from './ScreenScene';

/** The muted ink of paragraph numbers and the source line, on paper (as the source view's context). */
const MUTED_INK = '#33415c';
/** An editorial note's box and lettering, as in the source view. */
const NOTE_FILL = '#e4dccb';
const NOTE_INK = '#5c3d00';
const BADGE = 80;

interface Piece {
  text: string;
  marked: boolean;
}

/**
 * The reading screen: the article's body a page at a time, in large type, the pack's quotes
 * highlighted and each speaker's badge beside the line their words start on. The page split comes
 * from the screen model; this scene lays out the page it is given.
 */

export class ArticleReader extends ScreenScene {
  constructor() {
    super('ArticleReader');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
    this.watch(
      (s) => [s.game.overlay, s.settings.textSize, s.settings.language],
      () => this.draw(),
    );
  }

  protected render(_screen: Screen): void {
    const view = articleScreen(this.state.pack, this.state.game, articleBudget(readerBody()));
    if (!view) return;
    this.dimBehind(0.94);
    const L = ARTICLE_LAYOUT;
    panel(this, 40, 24, DESIGN.width - 80, FOOTER_Y - 48, COLOR.paper).setDepth(-2);
    const pageLabel = addText(this, L.textRight + 72, 44, t.articlePage(view.page + 1, view.pageCount), {
      size: readerSmall(),
      bold: true,
      color: COLOR.paperInk,
    }).setOrigin(1, 0);
    const headStyle = { size: readerSmall(), bold: true, color: COLOR.paperInk };
    const head = `${t.article}: “${view.article.title}”`;
    addText(this, L.textLeft - 72, 44, oneLine(head, pageLabel.x - pageLabel.width - 48 - (L.textLeft - 72), headStyle), headStyle);
    let y: number = L.textTop;
    if (view.page === 0) y = this.drawTitle(view, y);
    const badges: { y: number; speaker: Speaker }[] = [];
    for (const block of view.pages[view.page]!.blocks) y = this.drawBlock(block, y, badges);
    this.drawBadges(badges);
    if (y > L.textBottom + 8) console.warn(`ArticleReader: page ${view.page + 1} runs ${Math.round(y - L.textBottom)} px past its room`);
    this.drawFooter(view);
  }

  private drawTitle(view: ArticleScreen, y: number): number {
    const L = ARTICLE_LAYOUT;
    const width = L.textRight - L.textLeft;
    const title = addText(this, L.textLeft, y, view.article.title, { size: Math.round(readerBody() * L.titleScale), bold: true, color: COLOR.paperInk, width });
    y += title.height + 8;
    const src = view.article;
    const from = addText(this, L.textLeft, y, t.fromArticle(src.outlet, src.author, src.date), { size: readerSmall(), color: MUTED_INK, width });
    y += from.height + 4;
    const legend = addText(this, L.textLeft, y, t.articleLegend, { size: readerSmall(), italic: true, color: MUTED_INK, width });
    return y + legend.height + Math.round(readerBody() * 0.5);
  }

  /** One paragraph (or part of one) on the page; returns the y below it. */
  private drawBlock(block: ArticleBlock, y: number, badges: { y: number; speaker: Speaker }[]): number {
    const L = ARTICLE_LAYOUT;
    const p = block.paragraph;
    const size = readerBody();
    const pitch = Math.round(size * L.lineHeight);
    const gap = Math.round(size * 0.5);
    if (p.kind === 'heading') {
      const h = addText(this, L.textLeft, y, p.text.slice(block.start, block.end).trim(), {
        size,
        bold: true,
        color: COLOR.paperInk,
        width: L.textRight - L.textLeft,
      });
      return y + h.height + gap + Math.round(size * 0.3);
    }
    if (!block.part || block.part.n === 1) for (const note of p.notes) y = this.drawNote(note, y) + Math.round(size * 0.3);
    // The paragraph's number in the left gutter, so the class can find it on the handout.
    addText(this, L.textLeft - 24, y + Math.round((size - readerSmall()) * 0.8), String(p.n), { size: readerSmall(), bold: true, color: MUTED_INK }).setOrigin(
      1,
      0,
    );
    const lines = this.wrap(this.piecesOf(block), L.textRight - L.textLeft, size);
    const starts = new Set(block.marks.map((m) => m.start));
    let at = 0;
    lines.forEach((line, i) => {
      const ly = y + i * pitch;
      let x = L.textLeft;
      for (const run of line) {
        const style = { size, bold: run.marked, color: COLOR.paperInk };
        const w = lineWidth(run.text, style);
        if (run.marked && run.text.trim()) {
          const hl = this.add.graphics().setDepth(-1);
          hl.fillStyle(hex(COLOR.highlightFill), 1).fillRect(x - 4, ly - 4, w + 8, Math.round(size * 1.3));
          // Underlined too, so the mark does not rest on colour alone.
          hl.fillStyle(hex(COLOR.paperInk), 1).fillRect(x, ly + Math.round(size * 1.22), w, 4);
        }
        addText(this, x, ly, run.text, style);
        x += w;
      }
      // A badge beside the line where each quote starts.
      const end = at + line.reduce((n, r) => n + r.text.length, 0);
      for (const m of block.marks) if (starts.has(m.start) && m.start >= at && m.start < end) badges.push({ y: ly + size * 0.62, speaker: m.quote.speaker });
      at = end;
    });
    return y + lines.length * pitch - (pitch - Math.round(size * 1.3)) + gap;
  }

  /** The block's text in pieces, marked or not, at the marks' edges. */
  private piecesOf(block: ArticleBlock): Piece[] {
    return segmentsOf(block.paragraph.text.slice(block.start, block.end), block.marks).map((g) => ({ text: g.text, marked: g.marks.length > 0 }));
  }

  /**
   * Word wrap over marked and plain pieces: each line is a list of runs, one per change of style.
   * Offsets are kept (a line's runs add up to its share of the text, spaces included), so the
   * badges can find the line a quote starts on.
   */
  private wrap(pieces: Piece[], width: number, size: number): Piece[][] {
    // Words, each a list of pieces (a quote mark outside a mark and a word inside it make one word).
    const words: Piece[][] = [[]];
    for (const p of pieces) {
      const parts = p.text.split(/(\s+)/);
      for (const part of parts) {
        if (!part) continue;
        if (/^\s+$/.test(part)) {
          words[words.length - 1]!.push({ text: part, marked: p.marked });
          words.push([]);
        } else words[words.length - 1]!.push({ text: part, marked: p.marked });
      }
    }
    const widthOf = (w: Piece[]) => w.reduce((n, p) => n + lineWidth(p.text.trimEnd(), { size, bold: p.marked }), 0);
    const spaceOf = (w: Piece[]) => w.reduce((n, p) => n + (p.text.trim() ? 0 : lineWidth(' ', { size, bold: p.marked })), 0);
    const lines: Piece[][][] = [[]];
    let used = 0;
    for (const word of words.filter((w) => w.length > 0)) {
      const line = lines[lines.length - 1]!;
      const w = widthOf(word);
      if (line.length > 0 && used + w > width) {
        lines.push([word]);
        used = w + spaceOf(word);
      } else {
        line.push(word);
        used += w + spaceOf(word);
      }
    }
    return lines.map((line) => {
      const runs: Piece[] = [];
      for (const p of line.flat()) {
        const last = runs[runs.length - 1];
        if (last && last.marked === p.marked) last.text += p.text;
        else runs.push({ ...p });
      }
      return runs;
    });
  }

  /** An editorial note: boxed and labelled apart from the article's words, as in the source view. */
  private drawNote(text: string, y: number): number {
    const L = ARTICLE_LAYOUT;
    const pad = 16;
    const x = L.textLeft;
    const w = L.textRight - L.textLeft;
    const body = addText(this, x + pad + 12, y + pad, `${t.editorialNote}: ${text}`, {
      size: readerSmall(),
      italic: true,
      color: NOTE_INK,
      width: w - pad * 2 - 12,
    });
    const h = body.height + pad * 2;
    const g = this.add.graphics().setDepth(-1);
    g.fillStyle(hex(NOTE_FILL), 1).fillRoundedRect(x, y, w, h, 12);
    g.fillStyle(hex(NOTE_INK), 1).fillRect(x, y, 8, h);
    return y + h;
  }

  /** Badges in the right gutter, each level with its quote's first line; one a little lower when two would touch. */
  private drawBadges(badges: { y: number; speaker: Speaker }[]): void {
    const cx = ARTICLE_LAYOUT.textRight + 16 + BADGE / 2;
    let last: { y: number; speaker: Speaker } | null = null;
    for (const b of badges) {
      if (last && b.y - last.y < BADGE + 6) {
        // The same speaker again on a touching line: the badge already there says it.
        if (last.speaker.id === b.speaker.id) continue;
        b.y = last.y + BADGE + 6;
      }
      drawSpeakerBadge(this, cx, b.y, b.speaker, BADGE);
      last = b;
    }
  }

  private drawFooter(view: ArticleScreen): void {
    const close = () => this.state.dispatch({ type: 'closeArticle' });
    const turn = (by: number) => () => this.state.dispatch({ type: 'turnArticle', page: view.page + by });
    const first = view.page === 0;
    const last = view.page + 1 >= view.pageCount;
    // The labels with their keys when the row fits, without them when it does not (the larger presets).
    const rows = [
      [
        [t.back, 'Esc'],
        [t.printShort, 'P'],
        [t.articlePrevious, ''],
        [t.articleNext, ''],
      ],
      [
        [t.back, ''],
        [t.printShort, ''],
        [t.articlePrevious, ''],
        [t.articleNext, ''],
      ],
      [
        [t.back, ''],
        [t.printShort, ''],
        ['←', ''],
        ['→', ''],
      ],
    ] as const;
    const room = DESIGN.width - DESIGN.margin * 2 - 24 * 3;
    const row = rows.find((r) => r.reduce((n, [label, hint]) => n + buttonWidth(label, hint || undefined), 0) <= room) ?? rows[rows.length - 1]!;
    const [back, print, prev, next] = row;
    const m = DESIGN.margin;
    const b = addButton(this, { x: m, y: FOOTER_Y, label: back[0], hint: back[1] || undefined, name: 'action:close-article', onClick: close });
    addButton(this, {
      x: m + b.width + 24,
      y: FOOTER_Y,
      label: print[0],
      hint: print[1] || undefined,
      name: 'action:print-article',
      onClick: () => printArticle(this.state.pack),
    });
    const right = DESIGN.width - m;
    const n = addButton(this, {
      x: right,
      y: FOOTER_Y,
      anchor: 'right',
      primary: !last,
      label: next[0],
      name: 'action:article-next',
      onClick: last ? close : turn(1),
    });
    if (!first) addButton(this, { x: right - n.width - 24, y: FOOTER_Y, anchor: 'right', label: prev[0], name: 'action:article-previous', onClick: turn(-1) });
  }
}
