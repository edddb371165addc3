import type { Screen } from '../core/screens/screen';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { firstThatFits } from '../platform/fitting';
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
    const title = addText(this, m + 100, 220, h.levelTitle.toUpperCase(), { size: SIZE.body, bold: true, color: COLOR.accent, letterSpacing: 4, width });
    const top = Math.max(300, Math.ceil(title.y + title.height) + 16);
    // The question and its context at the largest sizes that end above the footer (a long
    // context steps down towards the floor, the question with it, never under 36 px).
    const steps = [
      { question: 72, context: SIZE.body },
      { question: 72, context: SIZE.small },
      { question: SIZE.question, context: SIZE.small },
      { question: SIZE.question, context: MIN_TEXT },
      { question: MIN_TEXT + 8, context: MIN_TEXT },
    ];
    firstThatFits(
      this,
      FOOTER_Y - 24 - top,
      steps.map((size) => () => {
        const q = addText(this, m + 100, top, screen.question, { size: size.question, bold: true, width });
        this.add
          .graphics()
          .fillStyle(hex(COLOR.accent), 1)
          .fillRect(m + 100, top + q.height + 30, 160, 8);
        const c = addText(this, m + 100, top + q.height + 80, screen.context, { size: size.context, color: COLOR.inkMuted, width });
        return q.height + 80 + c.height;
      }),
    );
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
