import type { Screen } from '../core/screens/screen';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addReadArticleButton } from '../widgets/ReadArticleButton';
import { buttonWidth } from '../widgets/Button';

export class LevelIntro extends ScreenScene {
  constructor() {
    super('LevelIntro');
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'levelIntro') return;
    const m = DESIGN.margin;
    const h = screen.header;
    this.drawHeader(h, 0);
    const width = DESIGN.width - m * 2 - 200;
    addText(this, m + 100, 220, h.levelTitle.toUpperCase(), { size: SIZE.body, bold: true, color: COLOR.accent, letterSpacing: 4 });
    const q = addText(this, m + 100, 300, screen.question, { size: 72, bold: true, width });
    this.add
      .graphics()
      .fillStyle(hex(COLOR.accent), 1)
      .fillRect(m + 100, 330 + q.height, 160, 8);
    addText(this, m + 100, 380 + q.height, screen.context, { size: SIZE.body, color: COLOR.inkMuted, width });
    this.footerBack();
    // The whole article, read together before the questions.
    addReadArticleButton(this, {
      right: DESIGN.width - m - buttonWidth(screen.resumed ? t.resume : t.start, 'Enter') - 24,
      left: DESIGN.margin + buttonWidth(t.back) + 24,
      y: FOOTER_Y,
      onClick: () => this.state.dispatch({ type: 'readArticle' }),
    });
    this.footerNext(screen.resumed ? t.resume : t.start, 'Enter');
  }
}
