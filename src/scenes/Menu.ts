import type { Screen } from '../core/screen';
import { addButton } from '../ui/Button';
import { panel } from '../ui/shapes';
import { t } from '../ui/strings';
import { addText } from '../ui/text';
import { COLOR, DESIGN, SIZE } from '../ui/theme';
import { menuItems } from '../ui/menuItems';
import { ScreenScene } from './ScreenScene';

/** Esc menu, drawn over whatever screen is underneath. */
export class Menu extends ScreenScene {
  constructor() {
    super('Menu');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
    this.watch((s) => [s.settings, s.confirmRestart, s.game.timerSeconds, s.game.scoreboard, s.game.discuss], () => this.draw());
  }

  protected render(_screen: Screen): void {
    this.dimBehind(0.88);
    const w = 900;
    const x = (DESIGN.width - w) / 2;
    const items = menuItems(this.state);
    const h = 150 + items.length * 96;
    const y = (DESIGN.height - h) / 2;
    panel(this, x, y, w, h, COLOR.panel, COLOR.accent);
    addText(this, x + 48, y + 36, t.menu, { size: SIZE.heading, bold: true });
    items.forEach((item, i) => {
      addButton(this, { x: x + 48, y: y + 130 + i * 96, width: w - 96, height: 84, label: item.label, hint: String(i + 1), primary: i === 0, name: `menu:${i}`, onClick: item.run });
    });
  }
}
