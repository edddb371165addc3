import { locateInSource } from '../core/sourceText';
import { quoteView, type Screen } from '../core/screen';
import { attribution } from '../ui/QuoteCard';
import { panel } from '../ui/shapes';
import { t } from '../ui/strings';
import { addText } from '../ui/text';
import { COLOR, DESIGN, SIZE, hex } from '../ui/theme';
import { ScreenScene } from './ScreenScene';

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
    const overlay = this.state.game.overlay;
    if (overlay?.kind !== 'source') return;
    const { pack } = this.state;
    const view = quoteView(pack, overlay.quote);
    const found = view && locateInSource(pack.sourceText, view.quote.text);
    this.dimBehind(0.9);
    const m = DESIGN.margin;
    const x = m + 40;
    const w = DESIGN.width - x * 2;
    panel(this, m, 40, DESIGN.width - m * 2, DESIGN.height - 200, COLOR.paper).setDepth(-2);
    const src = pack.manifest.source;
    addText(this, x, 70, `${t.article}: “${src.title}” · ${src.outlet}, ${src.date}`, { size: SIZE.small, bold: true, color: COLOR.paperInk, width: w });
    if (!view || !found) return;
    let y = 190;
    const before = found.paragraph.slice(0, found.start).trim();
    const after = found.paragraph.slice(found.end).trim();
    if (before) {
      const b = addText(this, x, y, trimStart(before), { size: SIZE.small, color: '#33415c', width: w });
      y += b.height + 16;
    }
    const q = addText(this, x + 24, y + 16, found.paragraph.slice(found.start, found.end), { size: SIZE.body, bold: true, color: COLOR.paperInk, width: w - 48 });
    const hl = this.add.graphics().setDepth(-1);
    hl.fillStyle(hex(COLOR.highlightFill), 1).fillRoundedRect(x, y, w, q.height + 32, 12);
    hl.lineStyle(4, hex(COLOR.paperInk), 1).strokeRoundedRect(x, y, w, q.height + 32, 12);
    y += q.height + 48;
    if (after) {
      const a = addText(this, x, y, trimEnd(after), { size: SIZE.small, color: '#33415c', width: w });
      y += a.height + 16;
    }
    addText(this, x, Math.max(y + 8, DESIGN.height - 260), `— ${attribution(view)}`, { size: SIZE.small, bold: true, color: COLOR.paperInk, width: w });
    this.footerNext(t.closeArticle, 'Esc', () => this.state.dispatch({ type: 'closeSource' }), 'action:close-source');
  }
}
