import type { Screen } from '../core/screens/screen';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE } from '../platform/theme';
import { ScreenScene } from './ScreenScene';

/** The "?" card: every key the teacher (or a clicker) can use. */
export class Help extends ScreenScene {
  constructor() {
    super('Help');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
  }

  protected render(_screen: Screen): void {
    this.dimBehind(0.92, () => this.state.setHelp(false));
    const m = DESIGN.margin;
    panel(this, m, 40, DESIGN.width - m * 2, DESIGN.height - 80, COLOR.panel, COLOR.accent).setDepth(-2);
    addText(this, m + 48, 70, t.helpTitle, { size: SIZE.heading, bold: true });
    let y = 170;
    for (const [keys, what] of t.keyMap) {
      addText(this, m + 48, y, keys, { size: SIZE.small, bold: true, color: COLOR.accent, width: 560 });
      const line = addText(this, m + 640, y, what, { size: SIZE.small, width: DESIGN.width - m * 2 - 700 });
      y += Math.max(52, line.height + 10);
    }
    addText(this, DESIGN.width - m - 48, DESIGN.height - 110, t.helpClose, { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);
  }
}
