import type { Screen } from '../core/screens/screen';
import { addRecapList } from '../widgets/RecapList';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, MIN_TEXT } from '../platform/theme';
import { firstThatFits } from '../platform/fitting';
import { addScoreStrip } from '../widgets/ScoreStrip';
import { ScreenScene } from './ScreenScene';
import { summaryPage } from '../state/view';
import { summaryNextLabel } from '../i18n/levelResult';
import { addStandings } from '../widgets/Standings';

export class LevelSummary extends ScreenScene {
  constructor() {
    super('LevelSummary');
  }

  /** True while a page turn redraws: the standings race again when the page turned to them. */
  private turning = false;

  override create(): void {
    super.create();
    this.watch(
      (s) => s.page,
      () => {
        this.turning = true;
        try {
          this.draw();
        } finally {
          this.turning = false;
        }
      },
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'levelSummary') return;
    const m = DESIGN.margin;
    // The summary shows the scoreboard large under its heading, so the strip above leaves it out.
    const top = this.drawHeader(screen.header, screen.header.roundCount, !screen.teams) + 10;
    const shown = summaryPage(screen, this.state.page);
    const onStandings = shown.kind === 'standings';
    const heading = addText(this, m, top, onStandings ? t.standingsAfter : t.levelDone, { size: SIZE.heading, bold: true });
    if (onStandings) {
      // Between levels: who leads, by name, before the recap.
      const y = top + heading.height + 24;
      addStandings(this, {
        x: m,
        y,
        width: DESIGN.width - m * 2,
        height: DESIGN.height - 150 - y,
        rows: screen.board!,
        names: this.state.game.teams,
        withGain: true,
        // Only on coming to this page (the screen opening, or Back from the recap), never on another redraw.
        race: this.entering || this.turning,
      });
      this.footerBack();
      this.footerNext(summaryNextLabel(screen, this.state.page), 'Space');
      return;
    }
    // The strip takes the room beside the heading (names go first when there is too little).
    if (screen.teams)
      addScoreStrip(
        this,
        DESIGN.width - m,
        top + 12,
        screen.teams,
        this.state.game.teams,
        SIZE.body,
        Math.min(1000, DESIGN.width - m * 2 - heading.width - 40),
      );
    else addText(this, DESIGN.width - m, top + 8, t.points(screen.score, screen.max), { size: SIZE.question, bold: true, color: COLOR.accent }).setOrigin(1, 0);
    const q = addText(this, m, top + heading.height + 12, screen.question, { size: SIZE.body, color: COLOR.inkMuted, width: DESIGN.width - m * 2 });
    if (shown.kind !== 'recap') return;
    const recapLabel = shown.pages > 1 ? `${t.recap} · ${t.pageOf(shown.page + 1, shown.pages)}` : t.recap;
    const label = addText(this, m, q.y + q.height + 20, recapLabel, { size: SIZE.small, color: COLOR.accent, bold: true });
    const listY = label.y + label.height + 16;
    const list =
      (quotes: boolean, size: number = SIZE.small) =>
      () =>
        addRecapList(this, m, listY, DESIGN.width - m * 2, shown.items, quotes, size);
    firstThatFits(this, DESIGN.height - 150 - listY, [list(true), list(false), list(false, MIN_TEXT)]);
    this.footerBack();
    this.footerNext(summaryNextLabel(screen, this.state.page), 'Space');
  }
}
