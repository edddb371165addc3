import type { Screen } from '../core/screens/screen';
import { addButton } from '../widgets/Button';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { firstThatFits } from '../platform/fitting';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { MOTION_MS, countUp, enterFrom } from '../platform/motion';

/** The unscored class poll: the teacher counts the show of hands before and after. */
export class Poll extends ScreenScene {
  constructor() {
    super('Poll');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => [s.game.poll, s.pollRow],
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'poll') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    addText(this, m, 40, `${t.pollTitle[screen.when]} · ${t.unscored}`, { size: SIZE.small, bold: true, color: COLOR.accent });
    // The question at the largest size that leaves room for every row above the footer (the larger presets may need a smaller one).
    const n = screen.poll.options.length;
    const after = screen.when === 'after';
    const rowH = Math.max(108, Math.round(SIZE.body * 1.25) + 28);
    // The bars start right of the longest answer (wider at the larger presets).
    const labelW = Math.max(...screen.poll.options.map((o) => lineWidth(o.text, { size: SIZE.body, bold: true })));
    const barX = Math.max(m + 720, m + 80 + labelW + 32);
    const barW = width - (barX - m) - 420;
    const rowsH = n * rowH + (n - 1) * 16;
    const head = (size: number) => () => {
      const q = addText(this, m, 100, screen.poll.question, { size, bold: true, width });
      const help = addText(this, m, 120 + q.height, t.pollHelp(n), { size: SIZE.small, color: COLOR.inkMuted, width });
      return 150 + q.height + help.height - 100 + rowsH;
    };
    const y0 = 100 + firstThatFits(this, FOOTER_Y - 16 - 100, [head(SIZE.heading), head(SIZE.question), head(SIZE.body), head(MIN_TEXT)]) - rowsH;
    let y = y0;
    const max = Math.max(1, ...screen.poll.options.flatMap((o) => [o.before, o.after]));
    screen.poll.options.forEach((o, i) => {
      const selected = this.state.pollRow === i;
      const count = screen.when === 'before' ? o.before : o.after;
      panel(this, m, y, width, rowH, selected ? COLOR.selected : COLOR.panel, selected ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
      const label = addText(this, m + 80, y + 14, o.text, { size: SIZE.body, bold: true });
      addText(this, m + 24, y + 14 + label.height / 2, `${i + 1}`, { size: SIZE.body, bold: true, color: COLOR.accent }).setOrigin(0, 0.5);
      // A bar for the count; on the after screen, the two counts in words above thinner bars (now, and before).
      const mid = y + rowH / 2;
      const bars = this.add.graphics();
      if (after) {
        const words = t.pollBeforeAfter(screen.poll.taken.before ? o.before : null, o.after);
        addText(this, barX, y + 8, oneLine(words, barW, { size: SIZE.small }), { size: SIZE.small, color: COLOR.inkMuted });
        bars.fillStyle(hex(COLOR.inkMuted), 1).fillRect(barX, y + rowH - 20, (barW * o.before) / max, 10);
        // The count now, as a bar one pixel wide stretched to its length: on opening it moves from the
        // class's view before to after (grows or shrinks, to nothing as well); drawn at its end first.
        const now = this.add
          .graphics({ x: barX, y: y + rowH - 40 })
          .fillStyle(hex(COLOR.accent), 1)
          .fillRect(0, 0, 1, 16);
        now.setScale((barW * count) / max, 1);
        if (this.entering && o.before !== count) enterFrom(this, now, { scaleX: (barW * o.before) / max }, { duration: MOTION_MS.long });
      } else bars.fillStyle(hex(COLOR.accent), 1).fillRect(barX, mid - 18, (barW * count) / max, 36);
      const shown = addText(this, m + width - 330, mid, String(count), { size: SIZE.question, bold: true }).setOrigin(1, 0.5);
      if (after && this.entering) countUp(this, shown, o.before, count, String, { duration: MOTION_MS.long });
      const delta = (d: 1 | -1) => () => {
        this.state.setPollRow(i);
        this.state.dispatch({ type: 'poll', option: o.id, delta: d });
      };
      const bh = rowH - 16;
      addButton(this, { x: m + width - 300, y: mid - bh / 2, width: 130, height: bh, label: '-', name: `poll:${o.id}:-`, onClick: delta(-1) });
      addButton(this, { x: m + width - 150, y: mid - bh / 2, width: 130, height: bh, label: '+', name: `poll:${o.id}:+`, primary: true, onClick: delta(1) });
      y += rowH + 16;
    });
    if (screen.when === 'before') this.footerBack();
    this.footerNext(t.continue, 'Enter');
  }
}
