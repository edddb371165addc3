import type { Screen } from '../core/screen';
import { optionLabel } from '../ui/optionLabel';
import { addAnswerCard, type AnswerCard } from '../ui/AnswerCard';
import { addButton } from '../ui/Button';
import { panel } from '../ui/shapes';
import { t } from '../ui/strings';
import { addText } from '../ui/text';
import { COLOR, DESIGN, SIZE } from '../ui/theme';
import { ScreenScene } from './ScreenScene';

export const KEY_LETTERS = 'ABCDEF';


export class Round extends ScreenScene {
  private cards = new Map<string, AnswerCard>();

  constructor() {
    super('Round');
  }

  override create(): void {
    super.create();
    this.watch((s) => s.game.selection, () => this.showSelection());
  }

  private showSelection(): void {
    const selection = this.state.game.selection;
    for (const [id, card] of this.cards) card.setSelected(selection.includes(id));
  }

  protected render(screen: Screen): void {
    this.cards.clear();
    if (screen.kind !== 'round') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = this.drawHeader(screen.header, screen.header.roundIndex) + 10;
    const prompt = addText(this, m, y, screen.prompt, { size: SIZE.question, bold: true, width });
    y += prompt.height + 24;

    const quoted = screen.claim ?? screen.quote?.quote.text;
    if (quoted) {
      const label = screen.claim ? t.claimLabel : t.whoSaid;
      const text = addText(this, m + 40, y + 76, `“${quoted}”`, { size: SIZE.question - 4, bold: true, color: COLOR.paperInk, width: width - 80 });
      addText(this, m + 40, y + 20, label.toUpperCase(), { size: SIZE.small, bold: true, color: '#5c3d00' }).setLetterSpacing(3);
      panel(this, m, y, width, text.height + 108, COLOR.paper).setDepth(-1);
      y += text.height + 108 + 28;
    }

    const columns = screen.options.length > 4 ? 2 : 1;
    const gap = 18;
    const colWidth = (width - gap * (columns - 1)) / columns;
    let rowY = y;
    let rowHeight = 0;
    screen.options.forEach((o, i) => {
      const col = i % columns;
      if (col === 0 && i > 0) {
        rowY += rowHeight + gap;
        rowHeight = 0;
      }
      const card = addAnswerCard(this, {
        x: m + col * (colWidth + gap),
        y: rowY,
        width: colWidth,
        keyLabel: KEY_LETTERS[i] ?? String(o.n),
        text: optionLabel(o),
        speaker: o.speakerView,
        multi: screen.multi,
        name: `option:${o.id}`,
        minHeight: 104,
        onClick: () => this.state.dispatch({ type: 'choose', option: o.id }),
      });
      rowHeight = Math.max(rowHeight, card.height);
      this.cards.set(o.id, card);
    });

    const barY = DESIGN.height - 124;
    addText(this, m, barY + 24, screen.multi ? t.pickMany : t.pickOne, { size: SIZE.small, color: COLOR.inkMuted });
    addButton(this, { x: DESIGN.width - m, y: barY, anchor: 'right', primary: true, label: t.lockIn, hint: 'Enter', name: 'action:confirm', onClick: () => this.state.dispatch({ type: 'confirm' }) });
    this.showSelection();
  }
}
