import type { Screen } from '../core/screens/screen';
import { addCardGrid } from '../widgets/CardGrid';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';

/** The closing verdict: place the claim on the pack's four-stop scale and close with the strongest cards. */
export class VerdictRound extends ScreenScene {
  constructor() {
    super('VerdictRound');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.game.draft,
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'verdictRound') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = this.drawHeader(screen.header, screen.header.roundIndex);
    // The pack's own question for the scale, then what is placed on it.
    const ask = addText(this, m, y, screen.scalePrompt, { size: SIZE.small, bold: true, color: COLOR.accent, width });
    y += ask.height + 4;
    const claim = addText(this, m, y, `“${screen.claim}”`, { size: SIZE.body, bold: true, width });
    y += claim.height + 8;
    // The keys sit in the footer, beside the button, to leave the hand room.
    addText(this, m, FOOTER_Y + 4, t.scaleHelp(screen.positions.length, screen.closingCards), {
      size: SIZE.small,
      color: COLOR.inkMuted,
      width: width - 480,
    });
    y += 8;

    // The scale: its stops from one end to the other, in the pack's words, joined by a rule.
    const gap = 16;
    const stops = screen.positions.length;
    const stopW = (width - gap * (stops - 1)) / stops;
    const rule = this.add.graphics().setDepth(-2);
    rule.fillStyle(hex(COLOR.accent), 1).fillRect(m, y + 42, width, 8);
    screen.positions.forEach((p, i) => {
      const x = m + i * (stopW + gap);
      panel(this, x, y, stopW, 92, p.selected ? COLOR.selected : COLOR.panel, p.selected ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
      if (p.selected) this.add.graphics().lineStyle(8, hex(COLOR.focus), 1).strokeRoundedRect(x, y, stopW, 92, 18);
      addText(this, x + 20, y + 4, String(i + 1), { size: SIZE.small, bold: true, color: COLOR.accent });
      addText(this, x + 60, y + 4, p.label, { size: SIZE.small, bold: p.selected, width: stopW - 76 });
      const zone = this.add.zone(x, y, stopW, 92).setOrigin(0).setName(`scale:${p.id}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => this.state.dispatch({ type: 'debate', move: { kind: 'place', position: p.id } }));
    });
    y += 108;

    addCardGrid(this, {
      x: m,
      y,
      width,
      maxHeight: FOOTER_Y - 16 - y,
      cards: screen.cards,
      cardMarks: screen.cardMarks,
      onClick: (card) => this.state.dispatch({ type: 'debate', move: { kind: 'play', card: card.id } }),
    });
    this.footerNext(t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }
}
