import type { Screen } from '../core/screens/screen';
import { addButton } from '../widgets/Button';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { ScreenScene } from './ScreenScene';

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
    const q = addText(this, m, 100, screen.poll.question, { size: SIZE.heading, bold: true, width });
    const help = addText(this, m, 120 + q.height, t.pollHelp(screen.poll.options.length), { size: SIZE.small, color: COLOR.inkMuted, width });
    let y = 150 + q.height + help.height;
    const max = Math.max(1, ...screen.poll.options.flatMap((o) => [o.before, o.after]));
    screen.poll.options.forEach((o, i) => {
      const selected = this.state.pollRow === i;
      const count = screen.when === 'before' ? o.before : o.after;
      panel(this, m, y, width, 120, selected ? COLOR.selected : COLOR.panel, selected ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
      addText(this, m + 24, y + 34, `${i + 1}`, { size: SIZE.body, bold: true, color: COLOR.accent });
      addText(this, m + 80, y + 14, o.text, { size: SIZE.body, bold: true });
      if (screen.when === 'after')
        addText(this, m + 80, y + 66, t.pollBeforeAfter(screen.poll.taken.before ? o.before : null, o.after), { size: SIZE.small, color: COLOR.inkMuted });
      // A bar for the count, and for the earlier count on the after screen.
      const barX = m + 720;
      const barW = width - 720 - 420;
      const bars = this.add.graphics();
      if (screen.when === 'after') bars.fillStyle(hex(COLOR.inkMuted), 1).fillRect(barX, y + 78, (barW * o.before) / max, 14);
      bars.fillStyle(hex(COLOR.accent), 1).fillRect(barX, y + 34, (barW * count) / max, 36);
      addText(this, m + width - 330, y + 30, String(count), { size: SIZE.question, bold: true }).setOrigin(1, 0);
      const delta = (d: 1 | -1) => () => {
        this.state.setPollRow(i);
        this.state.dispatch({ type: 'poll', option: o.id, delta: d });
      };
      addButton(this, { x: m + width - 300, y: y + 12, width: 130, height: 96, label: '-', name: `poll:${o.id}:-`, onClick: delta(-1) });
      addButton(this, { x: m + width - 150, y: y + 12, width: 130, height: 96, label: '+', name: `poll:${o.id}:+`, primary: true, onClick: delta(1) });
      y += 136;
    });
    if (screen.when === 'before') this.footerBack();
    this.footerNext(t.continue, 'Enter');
  }
}
