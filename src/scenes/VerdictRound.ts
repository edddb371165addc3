import type { Screen } from '../core/screens/screen';
import { addEvidenceCard } from '../widgets/EvidenceCard';
import { firstThatFits } from '../platform/fitting';
import { layoutGrid } from '../widgets/grid';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { optionLetter } from '../i18n/optionLabel';
import { FOOTER_Y, ScreenScene } from './ScreenScene';

/** The closing verdict: place the offer on the feasible–fantasy scale and close with the strongest cards. */
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
    const claim = addText(this, m, y, `“${screen.claim}”`, { size: SIZE.body, bold: true, width });
    y += claim.height + 8;
    // The instructions sit in the footer, beside the button, to leave the hand room.
    addText(this, m, FOOTER_Y + 4, t.placeOnScale(screen.positions.length, screen.closingCards), {
      size: SIZE.small,
      color: COLOR.inkMuted,
      width: width - 480,
    });
    y += 8;

    // The scale: its stops from feasible to fantasy, joined by a rule.
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
      addText(this, x + 60, y + 4, t.scale[p.id], { size: SIZE.small, bold: p.selected, width: stopW - 76 });
      const zone = this.add.zone(x, y, stopW, 92).setOrigin(0).setName(`scale:${p.id}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => this.state.dispatch({ type: 'debate', move: { kind: 'place', position: p.id } }));
    });
    y += 108;

    const layout =
      (columns: number, row = false) =>
      () =>
        layoutGrid(
          screen.cards,
          columns,
          { x: m, y, width, gap: row ? 6 : 16 },
          (card, i, x, cy, w) =>
            addEvidenceCard(this, {
              x,
              y: cy,
              width: w,
              keyLabel: optionLetter(i + 1),
              card,
              row,
              onClick: () => this.state.dispatch({ type: 'debate', move: { kind: 'play', card: card.id } }),
            }).height,
        );
    firstThatFits(this, FOOTER_Y - 16 - y, [layout(2), layout(3), layout(1, true)]);
    this.footerNext(t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }
}
