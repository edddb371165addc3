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
      (s) => [s.settings, s.menuPage, s.confirmErase, s.confirmRestart, s.game.timerSeconds, s.game.scoreboard, s.game.discuss, s.game.discussSeconds],
      () => this.draw(),
    );
  }

  protected render(_screen: Screen): void {
    this.dimBehind(0.88);
    // One column, one entry per row: each label has the full width, so long ones (Spanish, the
    // larger presets) fit on their button.
    const items = menuItems(this.state);
    const w = 1400;
    const x = (DESIGN.width - w) / 2;
    const y = Math.max(20, (DESIGN.height - (150 + items.length * 96)) / 2);
    const heading = addText(this, x + 48, y + 36, this.state.menuPage === 'settings' ? t.menuSettingsTitle : t.menu, { size: SIZE.heading, bold: true });
    // The entries start under the heading, however tall the preset makes it.
    let by = Math.max(y + 130, heading.y + heading.height + 12);
    // Nine settings at Extra large only fit with the rows a little closer.
    const gap = items.length > 8 ? 6 : 12;
    items.forEach((item, i) => {
      by +=
        addButton(this, {
          x: x + 48,
          y: by,
          width: w - 96,
          height: 84,
          label: item.label,
          hint: MENU_KEYS[i],
          primary: i === 0,
          name: `menu:${i}`,
          onClick: item.run,
        }).height + gap;
    });
    panel(this, x, y, w, by - y + 24, COLOR.panel, COLOR.accent).setDepth(-1);
  }
}
