import type { Screen } from '../core/screens/screen';
import { addRecapList } from '../widgets/RecapList';
import { panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, SIZE, MIN_TEXT, hex } from '../platform/theme';
import { firstThatFits } from '../platform/fitting';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addButton, buttonWidth } from '../widgets/Button';
import { downloadCsv, printSummary } from '../services/exportResults';
import { onTap } from '../widgets/tap';
import { addScoreStrip } from '../widgets/ScoreStrip';
import { addReflectionPage, reflectionTitle } from '../widgets/ReflectionPage';
import { finalPages, pageCount } from '../state/view';
import { FINAL_LAYOUT, finalTop, levelFirstPage, misconceptionLines, pollLine, recapHeading } from '../state/finalPaging';
import { addStandings } from '../widgets/Standings';
import { addPodium } from '../widgets/Podium';
import { countUp } from '../platform/motion';
import { levelResult } from '../i18n/levelResult';
import type { MisconceptionView } from '../core/screens/screen';

/** Score per level on the left; the recap of the selected level on the right. */
export class FinalResults extends ScreenScene {
  constructor() {
    super('FinalResults');
  }

  /** True while a page turn redraws: the podium rises again when the page turned to it. */
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
    if (screen.kind !== 'final') return;
    const m = DESIGN.margin;
    const title = addText(this, m, 36, t.finalTitle, { size: SIZE.heading, bold: true });
    let y = Math.max(122, 36 + title.height + 8);
    if (screen.poll) {
      // How the class's view moved between the two polls (a show of hands not taken says so, never 0).
      y += addText(this, m, y, pollLine(screen.poll), { size: SIZE.small, color: COLOR.inkMuted, width: DESIGN.width - m * 2 }).height + 8;
    }
    // Where the pages were worked out to start (state/finalPaging), or lower if the title took more room.
    const top = Math.max(140, y + 12, finalTop(screen));
    // The strip (or the total) takes what the title leaves on its line; the opening page (the podium, the board
    // or the big total) shows the same, larger, so it leaves it out.
    const onOpening = finalPages(screen).standings === Math.min(this.state.page, pageCount(screen) - 1);
    if (screen.teams && !onOpening) {
      addScoreStrip(this, DESIGN.width - m, 48, screen.teams, this.state.game.teams, SIZE.body, Math.min(1300, DESIGN.width - 2 * m - title.width - 40));
    } else if (!screen.teams && !onOpening) {
      // The total beside the heading, at the largest size that leaves the heading clear.
      const total = t.totalScore(screen.total, screen.max);
      const room = DESIGN.width - m - (title.x + title.width + 40);
      const size = [SIZE.question, SIZE.body, SIZE.small, MIN_TEXT].find((z) => lineWidth(total, { size: z, bold: true }) <= room) ?? MIN_TEXT;
      addText(this, DESIGN.width - m, 44, total, { size, bold: true, color: COLOR.accent }).setOrigin(1, 0);
    }
    // Pages: each level's recap, then "Telling apart" when a claim round was answered. It gets a
    // page of its own because a line per team, in full, does not fit above the list with three
    // teams at the larger text sizes; its row stays in view below the list, so it is one tap away.
    const pages = pageCount(screen);
    const page = Math.min(this.state.page, pages - 1);
    // The standings first (teams), then a page per level, the discernment, and the rounds most
    // picks got wrong, a few a page: a row above or below the list opens each.
    const parts = finalPages(screen);
    const standPage = parts.standings;
    const discernPage = parts.discernment;
    const misPage = screen.misconceptions.length ? parts.misconceptions : -1;
    const extraRows = (standPage >= 0 ? 1 : 0) + (discernPage >= 0 ? 1 : 0) + (misPage >= 0 ? 1 : 0);
    // A level's recap takes a page or more; the list selects its level on each of them.
    const recapPage = page >= parts.levels ? parts.recap[page - parts.levels] : undefined;
    const selected = recapPage?.level ?? (page < parts.levels ? 0 : screen.levels.length - 1);
    const listW = FINAL_LAYOUT.listWidth;
    // Rows stay 64 px tall for touch: a long pack shows a window of them around the selected
    // level, which moves as the selection does (arrows, Next recap, or tapping an edge row).
    const rowH = Math.max(72, Math.round(SIZE.small * 1.25) + 16);
    const listTop = top + (standPage >= 0 ? rowH : 0);
    const count = screen.levels.length;
    const visible = Math.min(count, Math.floor((FOOTER_Y - 24 - top) / rowH) - extraRows);
    const first = Math.max(0, Math.min(count - visible, selected - Math.floor(visible / 2)));
    const listRow = (y: number, label: string, right: string, on: boolean, name: string, go: number) => {
      const textY = y + (rowH - 8 - SIZE.small * 1.2) / 2;
      panel(this, m, y, listW, rowH - 8, on ? COLOR.selected : COLOR.panel, on ? COLOR.focus : undefined);
      const style = { size: SIZE.small, bold: on };
      // The label takes what the right-hand words leave (they are wider at the larger presets).
      const rightW = right ? lineWidth(right, { size: SIZE.small }) + 24 : 0;
      addText(this, m + 20, textY, oneLine(label, Math.min(listW - 200, listW - 40 - rightW), style), style);
      if (right) addText(this, m + listW - 20, textY, right, { size: SIZE.small, color: COLOR.ink }).setOrigin(1, 0);
      const row = this.add
        .zone(m, y, listW, rowH - 8)
        .setOrigin(0)
        .setName(name)
        .setInteractive({ useHandCursor: true });
      onTap(row, () => this.state.setPage(go));
    };
    const openingLabel = screen.opening === 'podium' ? t.podium : screen.opening === 'total' ? t.finalResult : t.standings;
    if (standPage >= 0) listRow(top, openingLabel, '', page === standPage, 'standings', standPage);
    screen.levels.slice(first, first + visible).forEach((l, k) => {
      const i = first + k;
      listRow(listTop + k * rowH, `${i + 1}. ${l.title}`, levelResult(l), recapPage?.level === i, `level:${i}`, levelFirstPage(parts, i));
    });
    if (discernPage >= 0) listRow(listTop + visible * rowH, reflectionTitle(screen), '', page === discernPage, 'discernment', discernPage);
    // Its row counts them, or on their pages says which page is showing (their heading, to leave the room to them).
    const misPages = parts.misconceptionPages.length;
    const misRight = page >= misPage && misPages > 1 ? `${page - misPage + 1}/${misPages}` : String(screen.misconceptions.length);
    if (misPage >= 0)
      listRow(
        listTop + (visible + extraRows - 1 - (standPage >= 0 ? 1 : 0)) * rowH,
        t.misconceptionsShort,
        misRight,
        page >= misPage,
        'misconceptions',
        misPage,
      );
    // More levels above or below the window: a small arrow at that edge of the list.
    const arrows = this.add.graphics().fillStyle(hex(COLOR.accent), 1);
    if (first > 0) arrows.fillTriangle(m + listW + 12, listTop + 24, m + listW + 32, listTop + 24, m + listW + 22, listTop + 6);
    const end = listTop + visible * rowH - 8;
    if (first + visible < count) arrows.fillTriangle(m + listW + 12, end - 24, m + listW + 32, end - 24, m + listW + 22, end - 6);
    const rx = FINAL_LAYOUT.columnX;
    const rw = FINAL_LAYOUT.columnRight - rx;
    const bottom = FINAL_LAYOUT.columnBottom;
    const recap = recapPage ? screen.recap[recapPage.level] : undefined;
    // The opening page moves only on coming to it (the results opening, or a page turn back to it).
    const arriving = this.entering || this.turning;
    if (page === standPage && screen.opening === 'podium' && screen.podium) {
      const h = addText(this, rx, top, t.podium, { size: SIZE.body, bold: true, width: rw });
      addPodium(this, {
        x: rx,
        y: top + h.height + 24,
        width: rw,
        height: bottom - (top + h.height + 24),
        podium: screen.podium,
        names: this.state.game.teams,
        rise: arriving,
      });
    } else if (page === standPage && screen.opening === 'total') {
      // Solo: the class's total as a big result, counted up as the results open.
      const h = addText(this, rx, top, t.finalResult, { size: SIZE.body, bold: true, width: rw });
      const cy = (top + h.height + bottom) / 2;
      const big = addText(this, rx + rw / 2, cy, String(screen.total), { size: SIZE.hero * 2, bold: true, color: COLOR.accent }).setOrigin(0.5, 1);
      addText(this, rx + rw / 2, cy + 16, t.outOfPoints(screen.max), { size: SIZE.question, bold: true }).setOrigin(0.5, 0);
      if (arriving) countUp(this, big, 0, screen.total, String);
    } else if (page === standPage && screen.board) {
      const h = addText(this, rx, top, t.standings, { size: SIZE.body, bold: true, width: rw });
      addStandings(this, {
        x: rx,
        y: top + h.height + 24,
        width: rw,
        height: bottom - (top + h.height + 24),
        rows: screen.board,
        names: this.state.game.teams,
        withGain: false,
      });
    } else if (misPage >= 0 && page >= misPage) {
      const run = parts.misconceptionPages[Math.min(page - misPage, misPages - 1)]!;
      const shown = screen.misconceptions.slice(run.from, run.to);
      firstThatFits(
        this,
        bottom - top,
        [SIZE.body, SIZE.small, MIN_TEXT].map((size) => () => this.misconceptions(shown, rx, top, rw, size)),
      );
    } else if (page === discernPage) {
      // Telling apart (claim rounds), then the sure answers' calibration (confidence on).
      addReflectionPage(this, screen, this.state.game.teams, rx, top, rw, bottom);
    } else if (recap && recapPage) {
      const heading = recapHeading(recap.level.question, recapPage.part, recapPage.parts);
      const q = addText(this, rx, top, heading, { size: SIZE.body, bold: true, width: rw });
      const items = recap.items.slice(recapPage.from, recapPage.to);
      // The pages were cut to fit at the preset's size without the quotes; the quotes show when they fit too.
      const list =
        (quotes: boolean, size: number = SIZE.small) =>
        () =>
          addRecapList(this, rx, top + FINAL_LAYOUT.headingGap + q.height, rw, items, quotes, size);
      firstThatFits(this, bottom - (top + FINAL_LAYOUT.headingGap + q.height), [list(true), list(false), list(false, MIN_TEXT)]);
    }
    // Results to keep: the CSV and the printable summary, side by side between Back and Next.
    // At the larger text sizes the long "back" label gives way to the short one.
    const hasNext = page + 1 < pages;
    const nextLabel =
      page + 1 === parts.levels && standPage >= 0
        ? t.nextRecap
        : page + 1 === discernPage
          ? reflectionTitle(screen)
          : misPage >= 0 && page + 1 >= misPage
            ? t.misconceptionsShort
            : t.nextRecap;
    const keepW = buttonWidth(t.csvShort, 'C') + buttonWidth(t.printShort, 'P') + 20;
    // At the larger presets in a long language the Next button drops its key name (Space still works) before anything overlaps.
    const roomWith = (nextW: number, label: string) => DESIGN.width - m * 2 - nextW - keepW - buttonWidth(label) - 80;
    const nextHint = !hasNext || roomWith(buttonWidth(nextLabel, 'Space'), t.back) >= 0 ? 'Space' : '';
    const nextW = hasNext ? buttonWidth(nextLabel, nextHint || undefined) : 0;
    const room = (label: string) => roomWith(nextW, label);
    const backLabel = room(t.backToLevels) >= 0 ? t.backToLevels : t.back;
    this.footerBack(backLabel, () => this.state.dispatch({ type: 'back' }));
    const left = m + buttonWidth(backLabel) + 40;
    const right = DESIGN.width - m - nextW - (hasNext ? 40 : 0);
    const { pack, game } = this.state;
    const csv = addButton(this, {
      x: Math.max(left, (left + right - keepW) / 2),
      y: FOOTER_Y,
      label: t.csvShort,
      hint: 'C',
      name: 'action:csv',
      onClick: () => downloadCsv(pack, game),
    });
    addButton(this, {
      x: Math.max(left, (left + right - keepW) / 2) + csv.width + 20,
      y: FOOTER_Y,
      label: t.printShort,
      hint: 'P',
      name: 'action:print',
      onClick: () => printSummary(pack, game),
    });
    if (hasNext) this.footerNext(nextLabel, nextHint);
  }

  /** Rounds most picks got wrong: where and how many, the question, and what the sources supported. Returns the height. */
  private misconceptions(items: readonly MisconceptionView[], x: number, y: number, width: number, size: number): number {
    const start = y;
    for (const m of items) {
      const lines = misconceptionLines(m);
      const prompt = addText(this, x, y, lines.prompt, { size, bold: true, width });
      const best = addText(this, x, y + prompt.height + 4, lines.detail, { size, color: COLOR.inkMuted, width });
      y = best.y + best.height + FINAL_LAYOUT.missGap;
    }
    return y - start - FINAL_LAYOUT.missGap;
  }
}
