import type { Screen } from '../core/screens/screen';
import { drawCursor, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { ScreenScene } from './ScreenScene';
import { onTap } from '../widgets/tap';

/** The article's questions as a board of cards, with progress and score on each. */
export class LevelSelect extends ScreenScene {
  constructor() {
    super('LevelSelect');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.levelCursor,
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'levelSelect') return;
    const m = DESIGN.margin;
    addText(this, m, 40, t.chooseQuestion, { size: SIZE.heading, bold: true });
    addText(this, DESIGN.width - m, 56, t.points(screen.total, screen.max), { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);

    const cols = 2;
    const gap = screen.levels.length > 10 ? 14 : 24;
    const top = 150;
    const bottom = DESIGN.height - 150;
    const rows = Math.ceil(screen.levels.length / cols);
    const w = (DESIGN.width - m * 2 - gap) / cols;
    const h = Math.min(150, (bottom - top - gap * (rows - 1)) / rows);
    screen.levels.forEach((level, i) => {
      const x = m + (i % cols) * (w + gap);
      const y = top + Math.floor(i / cols) * (h + gap);
      const atCursor = this.state.levelCursor === i;
      const g = panel(
        this,
        x,
        y,
        w,
        h,
        atCursor ? COLOR.selected : level.complete ? COLOR.panelRaised : COLOR.panel,
        level.complete ? COLOR.accent : COLOR.inkMuted,
      );
      // The keyboard cursor: a thick ring, a tab and a fill, so arrow keys show from the back where Enter will go.
      if (atCursor) drawCursor(g, x, y, w, h);
      // Two lines per card when there is room; one line (title, then status) when the pack is long.
      const compact = h < 130;
      const num = addText(this, x + 56, y + h / 2, String(i + 1), { size: compact ? SIZE.body : SIZE.question, bold: true, color: COLOR.accent });
      num.setOrigin(0.5);
      // A roomy card also says what tapping it does beyond starting: a finished level is played again from scratch.
      const status = {
        replay: compact ? `${level.score}/${level.max}` : `${t.done} · ${t.points(level.score, level.max)} · ${t.levelAction.replay}`,
        continue: compact ? `${level.answered}/${level.rounds}` : `${t.progress(level.answered, level.rounds)} · ${t.levelAction.continue}`,
        start: compact ? '' : t.notStarted,
      }[level.action];
      // An empty status (a long pack's card not yet started) is not drawn at all.
      const statusStyle = { size: SIZE.small, color: level.complete ? COLOR.accent : COLOR.inkMuted };
      if (status) addText(this, compact ? x + w - 24 : x + 112, compact ? y + (h - 44) / 2 : y + h - 58, status, statusStyle).setOrigin(compact ? 1 : 0, 0);
      const statusRoom = compact ? (status ? lineWidth(status, statusStyle) : 0) + 24 : 0;
      const titleStyle = { size: SIZE.body, bold: true };
      const title = addText(this, x + 112, y + 14, oneLine(level.title, w - 130 - statusRoom, titleStyle), titleStyle);
      if (compact) title.setY(Math.round(y + (h - title.height) / 2));
      if (level.complete) g.lineStyle(6, hex(COLOR.accent), 1).strokeCircle(x + 56, y + h / 2, Math.min(40, h / 2 - 6));
      const zone = this.add.zone(x, y, w, h).setOrigin(0).setName(`level:${i}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => this.state.dispatch({ type: 'openLevel', level: i }));
    });
    this.footerBack();
    this.footerNext(screen.next === 'results' ? t.results : t.levelAction[screen.next], 'Enter');
  }
}
