import type { Screen } from '../core/screen';
import { addButton } from '../ui/Button';
import { panel } from '../ui/shapes';
import { t } from '../ui/strings';
import { addText } from '../ui/text';
import { COLOR, DESIGN, SIZE, hex } from '../ui/theme';
import { ScreenScene } from './ScreenScene';

export class Title extends ScreenScene {
  constructor() {
    super('Title');
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'title') return;
    const cx = DESIGN.width / 2;
    // A press stamp: the game's mark.
    const stamp = this.add.graphics();
    stamp.lineStyle(10, hex(COLOR.accent), 1).strokeRoundedRect(cx - 560, 110, 1120, 200, 24);
    addText(this, cx, 210, t.gameTitle.toUpperCase(), { size: SIZE.hero, bold: true, color: COLOR.accent }).setOrigin(0.5).setLetterSpacing(8);
    addText(this, cx, 380, t.tagline, { size: SIZE.body, color: COLOR.ink, align: 'center', width: 1600 }).setOrigin(0.5, 0);

    const px = 200;
    const pw = DESIGN.width - px * 2;
    const src = screen.source;
    let y = 490;
    const title = addText(this, px + 48, y, screen.packTitle, { size: SIZE.question, bold: true, width: pw - 96 });
    y += title.height + 12;
    const article = addText(this, px + 48, y, `“${src.title}”`, { size: SIZE.small, italic: true, width: pw - 96 });
    y += article.height + 8;
    const from = addText(this, px + 48, y, t.fromArticle(src.outlet, src.author, src.date), { size: SIZE.small, color: COLOR.inkMuted, width: pw - 96 });
    y += from.height;
    panel(this, px, 460, pw, y - 460 + 32, COLOR.panel, COLOR.inkMuted).setDepth(-1);

    const start = (mode: 'solo' | 'teams') => () => {
      this.state.dispatch({ type: 'setMode', mode });
      this.state.dispatch({ type: 'next' });
    };
    addButton(this, { x: cx - 20, y: 880, anchor: 'right', label: t.playSolo, hint: 'Enter', primary: true, name: 'action:next', onClick: start('solo') });
    addButton(this, { x: cx + 20, y: 880, label: t.playTeams, hint: 'T', name: 'action:teams', onClick: start('teams') });
    addText(this, cx, 1010, t.keysTitle, { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(0.5, 0);
  }
}
