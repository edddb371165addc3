import type { Screen } from '../core/screens/screen';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE } from '../platform/theme';
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
    const heading = addText(this, m + 48, 64, t.helpTitle, { size: SIZE.heading, bold: true });
    // Every row at the preset's size, or smaller and closer (never under the floor) until the
    // map ends above the closing line.
    for (let size = SIZE.small; ; size = Math.max(MIN_TEXT, size - 3)) {
      const before = new Set(this.children.list);
      const tight = size === MIN_TEXT;
      let y = Math.max(160, heading.y + heading.height + 16);
      for (const [keys, what] of t.keyMap) {
        const key = addText(this, m + 48, y, keys, { size, bold: true, color: COLOR.accent, width: 520 });
        const line = addText(this, m + 600, y, what, { size, width: DESIGN.width - m * 2 - 648 });
        y += Math.max(tight ? size + 6 : 52, key.height + (tight ? 2 : 10), line.height + (tight ? 2 : 10));
      }
      if (y <= DESIGN.height - 116 || tight) break;
      for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    }
    addText(this, DESIGN.width - m - 48, DESIGN.height - 110, t.helpClose, { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);
  }
}
