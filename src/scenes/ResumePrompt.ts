import type { Screen } from '../core/screens/screen';
import { addButton } from '../widgets/Button';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE } from '../platform/theme';
import { ScreenScene } from './ScreenScene';

/** On reopening: resume the class session where it stopped, or start a new one (asked twice). */
export class ResumePrompt extends ScreenScene {
  constructor() {
    super('ResumePrompt');
  }

  override create(): void {
    super.create();
    this.cameras.main.transparent = true;
    this.watch(
      (s) => s.confirmRestart,
      () => this.draw(),
    );
  }

  protected render(_screen: Screen): void {
    this.dimBehind(0.9);
    const w = 1100;
    const x = (DESIGN.width - w) / 2;
    const y = 260;
    panel(this, x, y, w, 520, COLOR.panel, COLOR.accent).setDepth(-2);
    addText(this, x + 56, y + 48, t.resumeTitle, { size: SIZE.heading, bold: true });
    addText(this, x + 56, y + 140, t.resumeText, { size: SIZE.body, width: w - 112 });
    addButton(this, {
      x: x + 56,
      y: y + 260,
      width: w - 112,
      label: t.resumeButton,
      hint: 'Enter',
      primary: true,
      name: 'action:resume',
      onClick: () => this.state.resumeSession(),
    });
    const again = this.state.confirmRestart;
    addButton(this, {
      x: x + 56,
      y: y + 380,
      width: w - 112,
      label: again ? t.newSessionConfirm : t.newSessionButton,
      hint: 'N',
      name: 'action:new-session',
      onClick: () => this.state.newSession(),
    });
  }
}
