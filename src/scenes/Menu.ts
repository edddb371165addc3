import type { Screen } from '../core/screens/screen';
import { addButton } from '../widgets/Button';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE } from '../platform/theme';
import { MENU_KEYS, menuItems } from '../input/menuItems';
import { ScreenScene } from './ScreenScene';

/** Esc menu, drawn over whatever screen is underneath. */
export class Menu extends ScreenScene {
  constructor() {
    super('Menu');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
    this.watch(
      (s) => [s.settings, s.confirmRestart, s.game.timerSeconds, s.game.scoreboard, s.game.discuss, s.game.discussSeconds],
      () => this.draw(),
    );
  }

  protected render(_screen: Screen): void {
    this.dimBehind(0.88);
    // Two columns of five: ten entries at 84 px each would not fit one column at 1080p.
    const items = menuItems(this.state);
    const rows = Math.ceil(items.length / 2);
    const colW = 820;
    const w = colW * 2 + 48 * 3;
    const x = (DESIGN.width - w) / 2;
    const h = 150 + rows * 96;
    const y = (DESIGN.height - h) / 2;
    panel(this, x, y, w, h, COLOR.panel, COLOR.accent);
    addText(this, x + 48, y + 36, t.menu, { size: SIZE.heading, bold: true });
    items.forEach((item, i) => {
      const bx = x + 48 + Math.floor(i / rows) * (colW + 48);
      const by = y + 130 + (i % rows) * 96;
      addButton(this, { x: bx, y: by, width: colW, height: 84, label: item.label, hint: MENU_KEYS[i], primary: i === 0, name: `menu:${i}`, onClick: item.run });
    });
  }
}
