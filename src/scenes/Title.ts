import type { Screen } from '../core/screen';
import { addButton, buttonWidth } from '../ui/Button';
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

    const start = (mode: 'solo' | 'teams' | 'all') => () => {
      this.state.dispatch({ type: 'setMode', mode });
      this.state.dispatch({ type: 'next' });
    };
    // Three ways to play, centred as one row.
    const choices = [
      { label: t.playSolo, hint: 'Enter', name: 'action:next', mode: 'solo' as const },
      { label: t.playTeams, hint: 'T', name: 'action:teams', mode: 'teams' as const },
      { label: t.playAll, hint: 'A', name: 'action:all', mode: 'all' as const },
    ];
    const widths = choices.map((c) => buttonWidth(this, c.label, c.hint));
    let x = cx - (widths.reduce((n, w) => n + w, 0) + 24 * (choices.length - 1)) / 2;
    choices.forEach((c, i) => {
      addButton(this, { x, y: 880, width: widths[i], label: c.label, hint: c.hint, primary: i === 0, name: c.name, onClick: start(c.mode) });
      x += widths[i]! + 24;
    });
    addText(this, cx, 1010, t.keysTitle, { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(0.5, 0);
  }
}
