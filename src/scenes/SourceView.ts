import type { Screen } from '../core/screens/screen';
import { sourceView } from '../core/screens/sourceScreen';
import { attribution } from '../i18n/attribution';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addButton, buttonWidth } from '../widgets/Button';

/** An editorial note's box and lettering: the muted paper and brown of the game's narration cards. */
const NOTE_FILL = '#e4dccb';
const NOTE_INK = '#5c3d00';

/** Context kept either side of a quote, so the passage fits the screen at a readable size. */
const CONTEXT_CHARS = 260;

function trimStart(s: string): string {
  return s.length <= CONTEXT_CHARS ? s : `…${s.slice(s.length - CONTEXT_CHARS).replace(/^\S*\s/, '')}`;
}
function trimEnd(s: string): string {
  return s.length <= CONTEXT_CHARS ? s : `${s.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, '')}…`;
}

/** "Show in article": the passage of the source with the quote highlighted. */
export class SourceView extends ScreenScene {
  constructor() {
    super('SourceView');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
  }

  protected render(_screen: Screen): void {
    const view = sourceView(this.state.pack, this.state.game);
    if (!view) return;
    this.dimBehind(0.9);
    const m = DESIGN.margin;
    const x = m + 40;
    const w = DESIGN.width - x * 2;
    panel(this, m, 40, DESIGN.width - m * 2, DESIGN.height - 200, COLOR.paper).setDepth(-2);
    const src = view.article;
    let top = 70;
    // A reveal with several quotes: which one this is, and the keys to the others.
    const many = view.quotes.length > 1 && view.index >= 0;
    if (many) {
      const which = `${t.quoteOf(view.index + 1, view.quotes.length)} · ${t.otherQuotes(view.quotes.length)}`;
      top += addText(this, x, top, which, { size: SIZE.small, bold: true, color: NOTE_INK, width: w }).height + 8;
    }
    top += addText(this, x, top, `${t.article}: “${src.title}” · ${src.outlet}, ${src.date}`, {
      size: SIZE.small,
      bold: true,
      color: COLOR.paperInk,
      width: w,
    }).height;
    this.quoteButtons(view.quotes, many ? view.index : -1);
    const { passage, quote } = view;
    if (!passage || !quote) return;
    let y = Math.max(190, top + 28);
    // Notes describe the page (an embedded post, a photo): shown first, boxed and labelled
    // apart from the article's words, in italics, so nobody reads them as a quote.
    for (const note of view.notes) y = this.note(note, x, y, w) + 20;
    const before = passage.before.trim();
    const after = passage.after.trim();
    if (before) {
      const b = addText(this, x, y, trimStart(before), { size: SIZE.small, color: '#33415c', width: w });
      y += b.height + 16;
    }
    const q = addText(this, x + 24, y + 16, passage.highlight, { size: SIZE.body, bold: true, color: COLOR.paperInk, width: w - 48 });
    const hl = this.add.graphics().setDepth(-1);
    hl.fillStyle(hex(COLOR.highlightFill), 1).fillRoundedRect(x, y, w, q.height + 32, 12);
    hl.lineStyle(4, hex(COLOR.paperInk), 1).strokeRoundedRect(x, y, w, q.height + 32, 12);
    y += q.height + 48;
    if (after) {
      const a = addText(this, x, y, trimEnd(after), { size: SIZE.small, color: '#33415c', width: w });
      y += a.height + 16;
    }
    addText(this, x, Math.max(y + 8, DESIGN.height - 260), `— ${attribution(quote)}`, { size: SIZE.small, bold: true, color: COLOR.paperInk, width: w });
  }

  /**
   * Closing is always offered (S, the key that opened it, or Esc), even when the quote cannot be
   * shown in the article; with several quotes, buttons to the one before and after.
   */
  private quoteButtons(quotes: readonly string[], index: number): void {
    const show = (i: number) => () => this.state.dispatch({ type: 'showSource', quote: quotes[i]! });
    const prev = index > 0;
    const next = index >= 0 && index + 1 < quotes.length;
    // Full labels when the row fits; arrows alone at the larger presets when it does not.
    const room = DESIGN.width - DESIGN.margin * 2 - 48;
    const full = buttonWidth(t.closeArticle, 'S · Esc') + (index >= 0 ? buttonWidth(t.previousQuote) + buttonWidth(t.nextQuote) : 0);
    const [pl, nl] = full <= room ? [t.previousQuote, t.nextQuote] : ['←', '→'];
    this.footerNext(t.closeArticle, full <= room || index < 0 ? 'S · Esc' : 'S', () => this.state.dispatch({ type: 'closeSource' }), 'action:close-source');
    if (index < 0) return;
    const px = DESIGN.margin;
    if (prev) addButton(this, { x: px, y: FOOTER_Y, label: pl, name: 'action:previous-quote', onClick: show(index - 1) });
    if (next) addButton(this, { x: px + buttonWidth(pl) + 24, y: FOOTER_Y, label: nl, name: 'action:next-quote', onClick: show(index + 1) });
  }

  /** One editorial note in its box; returns the y below it. */
  private note(text: string, x: number, y: number, w: number): number {
    const pad = 16;
    const label = addText(this, x + pad + 12, y + pad, t.editorialNote, { size: SIZE.small, bold: true, color: NOTE_INK, width: w - pad * 2 - 12 });
    const body = addText(this, x + pad + 12, y + pad + label.height + 4, trimEnd(text), {
      size: SIZE.small,
      italic: true,
      color: NOTE_INK,
      width: w - pad * 2 - 12,
    });
    const h = label.height + body.height + pad * 2 + 4;
    const g = this.add.graphics().setDepth(-1);
    g.fillStyle(hex(NOTE_FILL), 1).fillRoundedRect(x, y, w, h, 12);
    // A bar down the left, like a margin note, so the box differs in shape as well as colour.
    g.fillStyle(hex(NOTE_INK), 1).fillRect(x, y, 8, h);
    return y + h;
  }
}
