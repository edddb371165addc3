import type { Screen } from '../core/screens/screen';
import { drawCursor, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addButton, buttonWidth } from '../widgets/Button';
import { LEVEL_SELECT, levelSelectPerPage, levelCursorAt, listPage, type ListPage } from '../state/listPages';
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

    // A long pack a page at a time: the page of the card under the cursor (state/listPages.ts).
    const per = levelSelectPerPage();
    const shown = listPage(screen.levels.length, per, levelCursorAt(this.state.levelCursor, screen.levels));
    const cols = LEVEL_SELECT.columns;
    const gap = screen.levels.length > 10 ? LEVEL_SELECT.gap : 24;
    const top = LEVEL_SELECT.top;
    const bottom = LEVEL_SELECT.bottom;
    const onPage = screen.levels.slice(shown.from, shown.to);
    const rows = Math.ceil((shown.pages > 1 ? per : onPage.length) / cols);
    const w = (DESIGN.width - m * 2 - gap) / cols;
    const h = Math.min(150, (bottom - top - gap * (rows - 1)) / rows);
    onPage.forEach((level, k) => {
      const i = shown.from + k;
      const x = m + (k % cols) * (w + gap);
      const y = top + Math.floor(k / cols) * (h + gap);
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
    const nextLabel = screen.next === 'results' ? t.results : t.levelAction[screen.next];
    this.footerNext(nextLabel, 'Enter');
    if (shown.pages > 1) this.drawPager(shown, per, nextLabel);
  }

  /** Which page of the questions shows, and buttons to the pages either side, between Back and Next (the arrow keys cross pages too). */
  private drawPager(shown: ListPage, per: number, nextLabel: string): void {
    const m = DESIGN.margin;
    const left = m + buttonWidth(t.back) + 24;
    const right = DESIGN.width - m - buttonWidth(nextLabel, 'Enter') - 24;
    const statusText = t.pageOf(shown.page + 1, shown.pages);
    const statusW = lineWidth(statusText, { size: SIZE.small, bold: true });
    // In words where they fit between the footer's buttons, else as arrows.
    const worded = buttonWidth(t.pagePrevious) + buttonWidth(t.pageNext) + statusW + 48 <= right - left;
    const [prev, next] = worded ? [t.pagePrevious, t.pageNext] : ['←', '→'];
    const cx = (left + right) / 2;
    const status = addText(this, cx, FOOTER_Y + 48, statusText, { size: SIZE.small, bold: true }).setOrigin(0.5);
    const move = (by: number) => () => this.state.moveLevelCursor(by);
    if (shown.page > 0)
      addButton(this, { x: status.x - statusW / 2 - 24, y: FOOTER_Y, anchor: 'right', label: prev, name: 'levels:previous', onClick: move(-per) });
    if (shown.page + 1 < shown.pages) addButton(this, { x: status.x + statusW / 2 + 24, y: FOOTER_Y, label: next, name: 'levels:next', onClick: move(per) });
  }
}
