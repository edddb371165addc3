import type Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import { addCardGrid } from '../widgets/CardGrid';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { addText, shrinkToFit } from '../widgets/text';
import { buttonWidth } from '../widgets/Button';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';

type VerdictScreen = Extract<Screen, { kind: 'verdictRound' }>;

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

  /** The pack's question, the claim and the scale at one size; returns where the hand starts. */
  private drawTop(screen: VerdictScreen, top: number, size: { claim: number; small: number }): number {
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = top;
    // The pack's own question for the scale, then what is placed on it.
    const ask = addText(this, m, y, screen.scalePrompt, { size: size.small, bold: true, color: COLOR.accent, width });
    y += ask.height + 4;
    const claim = addText(this, m, y, `“${screen.claim}”`, { size: size.claim, bold: true, width });
    y += claim.height + 16;

    // The scale: its stops from one end to the other, in the pack's words, joined by a rule. Each
    // label whole (two lines, smaller type before more lines), every stop as tall as the tallest.
    const gap = 16;
    const stops = screen.positions.length;
    const stopW = (width - gap * (stops - 1)) / stops;
    // Worked out in bold (the chosen stop's face) for every stop, so placing the claim never changes the scale's height.
    const labels = screen.positions.map((p) => shrinkToFit(p.label, stopW - 76, 2, { size: size.small, bold: true }, MIN_TEXT));
    const texts = screen.positions.map((p, i) =>
      addText(this, m + i * (stopW + gap) + 60, y + 8, labels[i]!.text, { size: labels[i]!.size, bold: p.selected }),
    );
    const stopH = Math.max(92, ...texts.map((x) => x.height + 16));
    const rule = this.add.graphics().setDepth(-2);
    rule.fillStyle(hex(COLOR.accent), 1).fillRect(m, y + stopH / 2 - 4, width, 8);
    screen.positions.forEach((p, i) => {
      const x = m + i * (stopW + gap);
      panel(this, x, y, stopW, stopH, p.selected ? COLOR.selected : COLOR.panel, p.selected ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
      if (p.selected) this.add.graphics().lineStyle(8, hex(COLOR.focus), 1).strokeRoundedRect(x, y, stopW, stopH, 18);
      addText(this, x + 20, y + 8, String(i + 1), { size: size.small, bold: true, color: COLOR.accent });
      texts[i]!.setY(y + (stopH - texts[i]!.height) / 2);
      const zone = this.add.zone(x, y, stopW, stopH).setOrigin(0).setName(`scale:${p.id}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => this.state.dispatch({ type: 'debate', move: { kind: 'place', position: p.id } }));
    });
    return y + stopH + 16;
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'verdictRound') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    const top = this.drawHeader(screen.header, screen.header.roundIndex);
    // The keys sit in the footer, beside the button, to leave the hand room: two lines at most,
    // smaller type first (never under the floor).
    const room = width - buttonWidth(t.lockIn, 'Enter') - 32;
    const keys = shrinkToFit(t.scaleHelp(screen.positions.length, screen.closingCards), room, 2, { size: SIZE.small }, MIN_TEXT);
    const help = addText(this, m, FOOTER_Y, keys.text, { size: keys.size, color: COLOR.inkMuted });
    help.setY(Math.round(Math.min(FOOTER_Y + (96 - help.height) / 2, DESIGN.height - 20 - help.height)));

    // The preset's sizes first; when the hand cannot fit under them even in rows at the floor,
    // the question, the claim and the scale give way. The hand is laid out from the whole hand
    // (see addCardGrid), so placing the claim or playing a card never moves the others.
    const sizes = [
      { claim: SIZE.body, small: SIZE.small },
      { claim: SIZE.small, small: SIZE.small },
      { claim: MIN_TEXT, small: MIN_TEXT },
    ].filter((c, i, all) => all.findIndex((o) => o.claim === c.claim && o.small === c.small) === i);
    for (const [i, size] of sizes.entries()) {
      const before = new Set<Phaser.GameObjects.GameObject>(this.children.list);
      const y = this.drawTop(screen, top, size);
      const drawn = addCardGrid(this, {
        x: m,
        y,
        width,
        maxHeight: FOOTER_Y - 16 - y,
        cards: screen.cards,
        cardMarks: screen.cardMarks,
        onClick: (card) => this.state.dispatch({ type: 'debate', move: { kind: 'play', card: card.id } }),
        onlyIfFits: i < sizes.length - 1,
      });
      if (drawn >= 0) break;
      for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    }
    this.footerNext(t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }
}
