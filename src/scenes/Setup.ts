import type { Mode } from '../core/rules/debate';
import type { Screen } from '../core/screens/screen';
import { SCOREBOARD_SHOWS } from '../core/rules/choices';
import { addButton, buttonWidth } from '../widgets/Button';
import { openRenameDialog } from '../services/renameDialog';
import { printAnswerCards } from '../services/answerCards';
import { drawCursor, drawTeamBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { teamName } from '../i18n/teamName';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { SETUP_PER_PAGE, SETUP_ROWS } from '../input/setupLayout';
import { levelCursorAt, listPage, type ListPage } from '../state/listPages';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addSureSetting } from '../widgets/SureToggle';

/**
 * Class setup, after the title: how the class plays, the teams (each renamable), which
 * questions this session covers, auto-advance and what the scoreboard shows.
 */
export class Setup extends ScreenScene {
  constructor() {
    super('Setup');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => [s.levelCursor, s.game.autoAdvance, s.game.scoreboardShows, s.game.teams, s.game.skipped, s.game.mode, s.game.confidence],
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'setup') return;
    const m = DESIGN.margin;
    const g = this.state.game;
    const title = addText(this, m, 36, t.setupTitle, { size: SIZE.heading, bold: true });
    addSureSetting(this, title.x + title.width + 40, title, g.confidence, () => this.state.dispatch({ type: 'setConfidence', on: !g.confidence }));
    // At Extra large the heading is taller than the room above the mode buttons: they move down.
    const modeY = Math.max(130, Math.ceil(title.y + title.height) + 8);

    // How the class plays: the chosen mode is the highlighted button.
    const modes: { mode: Mode; label: string; hint: string }[] = [
      { mode: 'solo', label: t.playSolo, hint: 'S' },
      { mode: 'teams', label: t.playTeams, hint: 'T' },
      { mode: 'all', label: t.playAll, hint: 'A' },
    ];
    // Once a round is scored the way of playing stays: only the chosen way is shown, and beside
    // it why the others are gone (the DOM layer still lists all three, marked as locked).
    const shown = screen.modeLock ? modes.filter((md) => md.mode === screen.mode) : modes;
    let x = m;
    let modeBottom = modeY;
    // At the larger presets the three share the width (a label shrinks, then wraps, never off the
    // screen); shown alone, the chosen one takes its own width.
    const modeShare = Math.floor((DESIGN.width - m * 2 - 20 * (shown.length - 1)) / shown.length);
    for (const md of shown) {
      const w = Math.min(modeShare, buttonWidth(md.label, md.hint));
      modeBottom = Math.max(
        modeBottom,
        modeY +
          addButton(this, {
            x,
            y: modeY,
            width: w,
            label: md.label,
            hint: md.hint,
            primary: screen.mode === md.mode,
            name: `mode:${md.mode}`,
            onClick: () => this.state.dispatch({ type: 'setMode', mode: md.mode }),
          }).height,
      );
      x += w + 20;
    }
    let y = Math.max(250, modeBottom + 24);
    if (screen.modeLock) {
      const lock = addText(this, x + 12, modeY, t.modeLock[screen.modeLock], { size: SIZE.small, color: COLOR.inkMuted, width: DESIGN.width - m - x - 12 });
      y = Math.max(y, lock.getBounds().bottom + 24);
    }
    if (screen.mode === 'solo') {
      const note = addText(this, m, y, t.soloNote, { size: SIZE.body, color: COLOR.inkMuted, width: DESIGN.width - m * 2 });
      y += note.height + 24;
    } else {
      y = this.drawTeams(screen, y);
    }
    const levelsTop = y + 8;

    this.footerBack();
    // Class options share the room between Back and Start, each button as wide as its share
    // (a long label shrinks, then wraps, rather than running into the next).
    const shows = SCOREBOARD_SHOWS[(SCOREBOARD_SHOWS.indexOf(g.scoreboardShows) + 1) % SCOREBOARD_SHOWS.length]!;
    const options = [
      { label: t.autoAdvance(g.autoAdvance), hint: 'V', name: 'setup:auto', run: () => this.state.dispatch({ type: 'setAutoAdvance', on: !g.autoAdvance }) },
      ...(screen.mode === 'solo'
        ? []
        : [
            {
              label: t.scoreboardShows[g.scoreboardShows],
              hint: 'W',
              name: 'setup:shows',
              run: () => this.state.dispatch({ type: 'setScoreboardShows', shows }),
            },
            // Cards for each team to hold up, so every team shows its answer at once.
            { label: t.answerCardsShort, hint: 'P', name: 'setup:answer-cards', run: () => printAnswerCards(this.state) },
          ]),
    ];
    const left = m + buttonWidth(t.back) + 24;
    const right = DESIGN.width - m - (screen.canStart ? buttonWidth(t.startSession, 'Enter') : lineWidth(t.noLevels, { size: SIZE.small, bold: true })) - 24;
    const share = Math.floor((right - left - 16 * (options.length - 1)) / options.length);
    let footerTop = FOOTER_Y;
    options.forEach((o, i) => {
      const w = Math.min(share, buttonWidth(o.label, o.hint));
      const b = addButton(this, { x: left + i * (share + 16), y: FOOTER_Y, width: w, label: o.label, hint: o.hint, name: o.name, grow: 'up', onClick: o.run });
      footerTop = Math.min(footerTop, FOOTER_Y + 96 - b.height);
    });
    // The questions fill what the footer leaves (an option that wraps grows the footer upwards).
    this.drawLevels(screen, levelsTop, footerTop);
    if (screen.canStart) this.footerNext(t.startSession, 'Enter');
    else addText(this, DESIGN.width - m, FOOTER_Y + 24, t.noLevels, { size: SIZE.small, bold: true, color: COLOR.highlight }).setOrigin(1, 0);
  }

  /** The teams in two rows of up to three chips: badge, name, and the number that renames it. */
  private drawTeams(screen: Extract<Screen, { kind: 'setup' }>, top: number): number {
    const m = DESIGN.margin;
    const names = screen.teams;
    const count = screen.teamCount;
    // Add and remove where the count may change that way; once it is fixed, why, in their place.
    let right = DESIGN.width - m;
    if (count.lock) {
      const why = addText(this, right, top + 14, t.teamLock[count.lock], { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);
      right -= why.width + 24;
    }
    if (count.canAdd) {
      right -=
        addButton(this, {
          x: right,
          y: top,
          height: 72,
          anchor: 'right',
          label: t.addTeam,
          hint: '+',
          name: 'setup:add-team',
          onClick: () => this.state.dispatch({ type: 'setTeamCount', count: names.length + 1 }),
        }).width + 20;
    }
    if (count.canRemove) {
      right -=
        addButton(this, {
          x: right,
          y: top,
          height: 72,
          anchor: 'right',
          label: t.removeTeam,
          hint: '-',
          name: 'setup:remove-team',
          onClick: () => this.state.dispatch({ type: 'setTeamCount', count: names.length - 1 }),
        }).width + 20;
    }
    const labelRight = right - 4;
    const teamsStyle = { size: SIZE.small, bold: true, color: COLOR.accent };
    // The rename hint goes when there is no room for it (the DOM layer and the help still say it).
    const withHint = `${t.setupTeams(names.length)} · ${t.renameHint}`;
    const heading = lineWidth(withHint, teamsStyle) <= labelRight - m ? withHint : t.setupTeams(names.length);
    addText(this, m, top + 14, oneLine(heading, labelRight - m, teamsStyle), teamsStyle);
    const cols = 3;
    const gap = 20;
    const w = (DESIGN.width - m * 2 - gap * (cols - 1)) / cols;
    // A chip is as tall as its name needs at the preset's size.
    const h = Math.max(72, Math.round(SIZE.small * 1.25) + 16);
    const y0 = top + 84;
    names.forEach((_, team) => {
      const x = m + (team % cols) * (w + gap);
      const y = y0 + Math.floor(team / cols) * (h + 10);
      panel(this, x, y, w, h, COLOR.panel, COLOR.inkMuted);
      drawTeamBadge(this, x + 48, y + h / 2, team, 52);
      const nameStyle = { size: SIZE.small, bold: true };
      addText(this, x + 92, y + (h - SIZE.small * 1.25) / 2, oneLine(`${team + 1}. ${teamName(names, team)}`, w - 110, nameStyle), nameStyle);
      const zone = this.add.zone(x, y, w, h).setOrigin(0).setName(`team-name:${team}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => openRenameDialog(this.store, team));
    });
    return y0 + Math.ceil(names.length / cols) * (h + 10);
  }

  /** Every question of the pack, ticked when it is in this session; arrows move, Space ticks. */
  private drawLevels(screen: Extract<Screen, { kind: 'setup' }>, top: number, bottom: number = FOOTER_Y): void {
    const m = DESIGN.margin;
    const included = screen.levels.filter((l) => l.included).length;
    const heading = addText(this, m, top, t.setupLevels(included, screen.levels.length), { size: SIZE.small, bold: true, color: COLOR.accent });
    // A long pack a page at a time: the page of the question under the cursor (state/listPages.ts).
    const shown = listPage(screen.levels.length, SETUP_PER_PAGE, levelCursorAt(this.state.levelCursor, screen.levels));
    const onPage = screen.levels.slice(shown.from, shown.to);
    let y0 = top + 56;
    if (shown.pages > 1) y0 = Math.max(y0, this.drawPager(shown, heading.x + heading.width + 32, top - 12) + 8);
    const cols = Math.ceil((shown.pages > 1 ? SETUP_PER_PAGE : onPage.length) / SETUP_ROWS);
    const gap = 16;
    const w = (DESIGN.width - m * 2 - gap * (cols - 1)) / cols;
    const h = Math.min(84, Math.floor((bottom - 24 - y0) / SETUP_ROWS) - 8);
    const rowSize = Math.max(MIN_TEXT, Math.min(SIZE.small, Math.floor((h - 8) / 1.25)));
    onPage.forEach((level, k) => {
      const i = shown.from + k;
      const x = m + Math.floor(k / SETUP_ROWS) * (w + gap);
      const y = y0 + (k % SETUP_ROWS) * (h + 8);
      const atCursor = this.state.levelCursor === i;
      const fill = atCursor ? COLOR.selected : level.included ? COLOR.panelRaised : COLOR.background;
      const g = panel(this, x, y, w, h, fill, level.included ? COLOR.accent : COLOR.inkMuted);
      if (atCursor) drawCursor(g, x, y, w, h);
      // A drawn tick box: ticked, or empty with the words "left out", never colour alone.
      const bx = x + 24;
      const by = y + (h - 36) / 2;
      g.lineStyle(4, hex(COLOR.ink), 1).strokeRect(bx, by, 36, 36);
      if (level.included)
        g.lineStyle(7, hex(COLOR.accent), 1)
          .lineBetween(bx + 7, by + 19, bx + 15, by + 28)
          .lineBetween(bx + 15, by + 28, bx + 30, by + 8);
      const label = `${i + 1}. ${level.title}${level.included ? '' : ` (${t.levelOut})`}`;
      // The row's words take the row's height, never more (rows get shorter as the setup fills up).
      const rowStyle = { size: rowSize, color: level.included ? COLOR.ink : COLOR.inkMuted };
      addText(this, x + 72, y + (h - rowSize * 1.25) / 2, oneLine(label, w - 90, rowStyle), rowStyle);
      const zone = this.add.zone(x, y, w, h).setOrigin(0).setName(`setup-level:${i}`).setInteractive({ useHandCursor: true });
      onTap(zone, () => this.state.dispatch({ type: 'toggleLevel', level: i }));
    });
  }

  /** Which page of the questions shows, with buttons to the pages either side, from `left` on the heading's row; returns the bottom. */
  private drawPager(shown: ListPage, left: number, y: number): number {
    const move = (by: number) => () => this.state.moveLevelCursor(by);
    const status = addText(this, left, y + 12, t.pageOf(shown.page + 1, shown.pages), { size: SIZE.small, bold: true });
    let x = status.x + status.width + 24;
    let bottom = status.y + status.height;
    if (shown.page > 0) {
      const b = addButton(this, { x, y, height: 64, label: t.pagePrevious, name: 'setup:levels-previous', onClick: move(-SETUP_PER_PAGE) });
      x += b.width + 16;
      bottom = Math.max(bottom, y + b.height);
    }
    if (shown.page + 1 < shown.pages) {
      const b = addButton(this, { x, y, height: 64, label: t.pageNext, name: 'setup:levels-next', onClick: move(SETUP_PER_PAGE) });
      bottom = Math.max(bottom, y + b.height);
    }
    return bottom;
  }
}
