import type { Screen } from '../core/screens/screen';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { addAnswerCard, tileKeyBox, type AnswerCard } from '../widgets/AnswerCard';
import { drawTeamBadge, panel } from '../widgets/shapes';
import { onTap } from '../widgets/tap';
import { t } from '../i18n/strings';
import { addText, clipName, lineWidth, shrinkToFit, type TextObject } from '../widgets/text';
import { buttonWidth } from '../widgets/Button';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { firstThatFits } from '../platform/fitting';
import { layoutGrid } from '../widgets/grid';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { teamName } from '../i18n/teamName';
import { LAST_SECONDS, TIMER_RING, TimerRing } from '../widgets/TimerRing';
import { addRoundSure } from '../widgets/SureToggle';

export class Round extends ScreenScene {
  private cards = new Map<string, AnswerCard>();

  constructor() {
    super('Round');
  }

  private clock: TextObject | null = null;
  private ring: TimerRing | null = null;
  /** Where the clock's room starts (its ring and its digits at their widest), for what shares the footer with it. */
  private clockLeft = Infinity;

  override create(): void {
    super.create();
    this.watch(
      (s) => s.game.selection,
      () => this.showSelection(),
    );
    this.watch(
      (s) => s.game.discussing,
      () => this.draw(),
    );
    // Every team answering: redraw the team marks on the cards as picks come in; and a sure mark made or taken back (confidence on).
    this.watch(
      (s) => [s.game.teamPicks, s.game.activeTeam, s.game.sure],
      () => this.draw(),
    );
    // The countdown updates its own text once a second; nothing else is redrawn.
    const seconds = (t: { remainingMs: number; running: boolean } | null) => t && [Math.ceil(t.remainingMs / 1000), t.running];
    this.watch(
      (s) => [seconds(s.game.timer), seconds(s.game.discussTimer), s.game.locked],
      () => this.showClock(true),
    );
  }

  /** The answer countdown, or during the discussion the discussion's own countdown: its digits and its ring (`tick`: the second changed). */
  private showClock(tick = false): void {
    const screen = this.screen();
    if (screen.kind !== 'round' || !this.clock) return;
    const clock = screen.discussing ? screen.discussClock : screen.clock;
    if (!clock) return void this.clock.setText('');
    const over = screen.discussing ? clock.seconds === 0 : screen.locked;
    const label = over ? t.timeUpShort : `${clock.running ? '' : `${t.timerPaused} `}${t.timeLeft(clock.seconds * 1000)}`;
    this.clock.setText(label).setColor(over || clock.seconds <= LAST_SECONDS ? COLOR.highlight : COLOR.ink);
    // The ring sits just left of the digits, level with their middle.
    const textLeft = this.clock.x - this.clock.originX * this.clock.width;
    this.ring?.show(textLeft - TIMER_RING.gap - TIMER_RING.size / 2, this.clock.y + this.clock.height / 2, { ...clock, over }, tick);
  }

  /**
   * The discussion prompt: in the footer, left of the clock and the button as they are drawn in
   * this language (the clock at its widest), on at most two lines, smaller type first, never
   * under 36 px. Where that room is too narrow (the larger presets in Spanish), in a band of its
   * own just above the footer, full width. Returns the height that band takes from the options.
   */
  private addDiscussPrompt(clock: boolean): number {
    const m = DESIGN.margin;
    const clockStyle = { size: SIZE.question, bold: true };
    const clockW = clock
      ? Math.max(lineWidth(`${t.timerPaused} ${t.timeLeft(599_000)}`, clockStyle), lineWidth(t.timeUpShort, clockStyle)) + TIMER_RING.size + TIMER_RING.gap
      : 0;
    const room = DESIGN.width - m - buttonWidth(t.openAnswers, 'Space') - 32 - clockW - 40 - m;
    const style = { size: SIZE.small, bold: true };
    const beside = room >= 360 ? shrinkToFit(t.discussPrompt, room, 2, style, MIN_TEXT) : null;
    if (beside && beside.lines <= 2) {
      const text = addText(this, m, FOOTER_Y, beside.text, { size: beside.size, bold: true, color: COLOR.accent });
      text.setY(Math.round(Math.min(FOOTER_Y + (96 - text.height) / 2, DESIGN.height - 20 - text.height)));
      return 0;
    }
    // One line where it fits at any size down to the floor, so the band takes as little as it can from the answers.
    const oneLine = shrinkToFit(t.discussPrompt, DESIGN.width - m * 2, 1, style, MIN_TEXT);
    const above = oneLine.lines <= 1 ? oneLine : shrinkToFit(t.discussPrompt, DESIGN.width - m * 2, 2, style, MIN_TEXT);
    const text = addText(this, m, FOOTER_Y, above.text, { size: above.size, bold: true, color: COLOR.accent });
    text.setY(FOOTER_Y - 12 - text.height);
    return text.height + 12;
  }

  /** Marks the picks on the cards as the screen model has them (the team being entered for, when every team answers). */
  private showSelection(animate = true): void {
    const screen = this.screen();
    if (screen.kind !== 'round') return;
    for (const o of screen.options) this.cards.get(o.id)?.setSelected(o.selected, animate);
  }

  protected render(screen: Screen): void {
    this.cards.clear();
    if (screen.kind !== 'round') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    const top = this.drawHeader(screen.header, screen.header.roundIndex) + 10;
    let y = top;
    /**
     * The question and what it quotes, at a prompt size (the quote 4 px under it, the
     * opponent's line at most the small size). Returns where the options start.
     */
    const drawHead = (promptSize: number): number => {
      let at = top;
      // A rebuttal's prompt only restates the opponent's claim (it stays in the DOM layer); the claim leads.
      if (!screen.opponent) {
        const prompt = addText(this, m, at, screen.prompt, { size: promptSize, bold: true, width });
        at += prompt.height + 24;
      }
      const quoted = screen.claim ?? screen.quote?.quote.text ?? screen.opponent?.line;
      if (quoted) {
        // A rebuttal's opponent is a made-up character, and says so, so nobody mistakes them for a source.
        const who = screen.opponent
          ? addText(this, m + 40, at + 20, `${t.opponentSays(screen.opponent.name)} (${t.madeUp}):`, {
              size: Math.min(SIZE.small, promptSize),
              bold: true,
              color: '#5c3d00',
            })
          : null;
        const lead = who ? who.height + 28 : 28;
        const quoteSize = Math.max(MIN_TEXT, promptSize - 4);
        const text = addText(this, m + 40, at + lead, `“${quoted}”`, { size: quoteSize, bold: true, color: COLOR.paperInk, width: width - 80 });
        panel(this, m, at, width, lead + text.height + 28, COLOR.paper).setDepth(-1);
        this.add
          .graphics()
          .setDepth(-1)
          .fillStyle(hex(COLOR.accent), 1)
          .fillRect(m, at + 14, 12, lead + text.height);
        at += lead + text.height + 28 + 24;
      }
      return at;
    };

    const layout =
      (columns: number, textSize: number = SIZE.body, minHeight = 104) =>
      () => {
        this.cards.clear();
        return layoutGrid(screen.options, columns, { x: m, y, width, gap: textSize < SIZE.body ? 12 : 18 }, (o, _i, x, cy, w) => {
          const card = addAnswerCard(this, {
            x,
            y: cy,
            width: w,
            n: o.n,
            keyLabel: optionLetter(o.n),
            text: o.quoteView ? `“${o.quoteView.quote.text}”` : optionLabel(o),
            quoted: !!o.quoteView,
            textSize,
            pad: textSize < SIZE.body ? 14 : 22,
            speaker: o.speakerView,
            kindHidden: o.kindHidden,
            multi: screen.multi,
            name: `option:${o.id}`,
            minHeight,
            onClick: () => this.state.dispatch({ type: 'choose', option: o.id }),
          });
          this.cards.set(o.id, card);
          return card.height;
        });
      };
    // Every team answering: a line above the footer says whose answer is being entered (two lines when the larger presets need them).
    let enteringLine: TextObject | null = null;
    if (screen.allAnswer && !screen.discussing) {
      const all = screen.allAnswer;
      const activeName = teamName(this.state.game.teams, all.active);
      const line = screen.multi ? t.enteringForMany(activeName, all.activeCount) : t.enteringFor(activeName, all.picked[all.active] ?? false);
      enteringLine = addText(this, m, FOOTER_Y, line, { size: SIZE.small, bold: true, color: COLOR.accent, maxLines: 2, width });
      enteringLine.setY(FOOTER_Y - 12 - enteringLine.height);
    }
    // While discussing, the prompt is drawn first: when it needs a band above the footer, the options leave it that room.
    const above = enteringLine ? enteringLine.height + 12 : 0;
    // Confidence on: the sure row above the footer (and above the line of whose answer is entered).
    const sure = addRoundSure(this, screen, FOOTER_Y - above, this.state.dispatch);
    const entering = above + (screen.discussing ? this.addDiscussPrompt(!!screen.discussClock) : 0) + sure;
    // Larger presets first try fewer columns at the smaller size, then a step or two between it and the floor, before the floor.
    const between = (columns: number) =>
      [2 / 3, 1 / 3]
        .map((k) => Math.round(MIN_TEXT + (SIZE.small - MIN_TEXT) * k))
        .filter((z) => z > MIN_TEXT && z < SIZE.small)
        .map((z) => layout(columns, z));
    // Up to four answers whose texts are short (two lines at most in half the width) stand as a 2×2 of tiles, as tall as the room allows.
    const textOf = (o: (typeof screen.options)[number]) => (o.quoteView ? `“${o.quoteView.quote.text}”` : optionLabel(o));
    const tileText = (width - 18) / 2 - 44 - tileKeyBox() - 24;
    const short =
      screen.options.length <= 4 &&
      screen.options.every((o) => lineWidth(textOf(o), { size: SIZE.body, bold: true }) <= (tileText - (o.speakerView ? 108 : 0)) * 1.85);
    const layouts = (room: number) =>
      screen.options.length > 4
        ? [layout(2), layout(3), layout(2, SIZE.small), layout(3, SIZE.small), ...between(3), layout(3, MIN_TEXT)]
        : [
            ...(short ? [layout(2, SIZE.body, Math.max(104, Math.min(250, Math.floor((room - 18) / 2))))] : []),
            layout(1),
            layout(2),
            layout(1, SIZE.small),
            layout(2, SIZE.small),
            ...between(2),
            layout(2, MIN_TEXT),
          ];
    // Where even the floor's two (or three) columns run into the footer, the question and its quote
    // shrink first, a step at a time to the floor, so every option keeps its whole text.
    const headSizes = [SIZE.question, SIZE.body, SIZE.small, MIN_TEXT].filter((z, i, all) => z >= MIN_TEXT && all.indexOf(z) === i);
    for (const [n, promptSize] of headSizes.entries()) {
      const before = this.children.list.length;
      y = drawHead(promptSize);
      const room = FOOTER_Y - 16 - entering - y;
      const height = firstThatFits(this, room, layouts(room));
      if (height <= room || n === headSizes.length - 1) break;
      for (const o of this.children.list.slice(before)) o.destroy();
    }

    this.clock = null;
    this.ring = null;
    this.clockLeft = Infinity;
    const teamCount = screen.allAnswer?.picked.length ?? 0;
    if (screen.discussing ? screen.discussClock : screen.clock) {
      // The countdown, centred in the footer where the whole room can see it (beside the
      // button on the right when team chips or the discussion prompt need the middle).
      const crowded = screen.discussing || teamCount > 3;
      // While discussing, the clock sits just left of the "open answers" button, however wide it is in this language.
      const clockRight = screen.discussing ? DESIGN.width - m - buttonWidth(t.openAnswers, 'Space') - 32 : DESIGN.width - m - 420;
      // Its room: the ring, then the digits at their widest; centred, the pair is centred.
      const ringW = TIMER_RING.size + TIMER_RING.gap;
      const clockStyle = { size: SIZE.question, bold: true };
      const widest = Math.max(lineWidth(`${t.timerPaused} ${t.timeLeft(599_000)}`, clockStyle), lineWidth(t.timeUpShort, clockStyle));
      this.clockLeft = crowded ? clockRight - widest - ringW : DESIGN.width / 2 - (widest + ringW) / 2;
      this.clock = addText(this, crowded ? clockRight : DESIGN.width / 2 + ringW / 2, FOOTER_Y + 20, '', { size: SIZE.question, bold: true });
      this.clock.setOrigin(crowded ? 1 : 0.5, 0);
      this.ring = new TimerRing(this);
      this.showClock();
      // At Extra large the clock's line is taller than the footer's band below it: it rises to stay inside the bottom margin.
      this.clock.setY(Math.floor(Math.min(FOOTER_Y + 20, DESIGN.height - 22 - this.clock.height)));
      this.showClock();
    }
    if (screen.review) {
      // The question looked at again after its reveal: the team that answered (team play), and how to get back to the reveal.
      const left = screen.team !== null ? m + 66 : m;
      if (screen.team !== null) drawTeamBadge(this, m + 26, FOOTER_Y + 48, screen.team, 52);
      const room = DESIGN.width - m - buttonWidth(t.showReveal, 'Enter') - 32 - left;
      const words = screen.team !== null ? `${teamName(this.state.game.teams, screen.team)}: ${t.reviewLine}` : t.reviewLine;
      // One line in the footer's band, smaller type first; two lines only at the floor, where they still fit the band (never over the cards).
      const line = shrinkToFit(words, room, 1, { size: SIZE.small, bold: true }, MIN_TEXT);
      const text = addText(this, left, FOOTER_Y, line.text, { size: line.size, bold: true, color: COLOR.accent });
      text.setName('review-line').setY(Math.floor(Math.min(FOOTER_Y + (96 - text.height) / 2, DESIGN.height - 22 - text.height)));
    } else if (screen.allAnswer && !screen.discussing) {
      // Which teams have answered (never what), and whose answer is being entered: tap a team to switch.
      const all = screen.allAnswer;
      const names = this.state.game.teams;
      // The chips share the room left of the clock and the lock-in button; names shorten only when they must.
      const room = Math.min(this.clockLeft, DESIGN.width - m - buttonWidth(t.lockIn, 'Enter')) - 32 - m;
      const chipW = Math.min(480, Math.floor((room - 14 * (teamCount - 1)) / teamCount));
      const style = { size: SIZE.small, bold: true };
      all.picked.forEach((done, team) => {
        const bx = m + team * (chipW + 14);
        const active = all.active === team;
        const g = this.add.graphics();
        g.fillStyle(hex(active ? COLOR.selected : COLOR.panel), 1).fillRoundedRect(bx, FOOTER_Y, chipW, 96, 18);
        g.lineStyle(active ? 8 : 3, hex(active ? COLOR.focus : COLOR.inkMuted), 1).strokeRoundedRect(bx, FOOTER_Y, chipW, 96, 18);
        drawTeamBadge(this, bx + 40, FOOTER_Y + 48, team, 52);
        const mark = done ? ' ✓' : '';
        const nameRoom = chipW - 80 - 12 - lineWidth(mark, style);
        const shown = nameRoom >= SIZE.small * 1.5 ? clipName(teamName(names, team), nameRoom, style) : '';
        addText(this, bx + 76, FOOTER_Y + 48, `${shown}${mark}`, style).setOrigin(0, 0.5);
        const zone = this.add.zone(bx, FOOTER_Y, chipW, 96).setOrigin(0).setName(`team:${team}`).setInteractive({ useHandCursor: true });
        onTap(zone, () => this.state.dispatch({ type: 'setActiveTeam', team }));
      });
    } else if (screen.team !== null && !screen.discussing) {
      drawTeamBadge(this, m + 26, FOOTER_Y + 48, screen.team, 52);
      // In the footer's band left of the clock (or of the button), smaller type first, two lines at most.
      const right = this.clock ? this.clockLeft : DESIGN.width - m - buttonWidth(t.lockIn, 'Enter');
      const words = t.teamAnswers(teamName(this.state.game.teams, screen.team));
      const line = shrinkToFit(words, right - 32 - (m + 66), 2, { size: SIZE.small, bold: true }, MIN_TEXT);
      const text = addText(this, m + 66, FOOTER_Y, line.text, { size: line.size, bold: true, color: COLOR.accent });
      text.setY(Math.floor(Math.min(FOOTER_Y + (96 - text.height) / 2, DESIGN.height - 22 - text.height)));
    } else {
      const hint = screen.discussing ? t.discussPrompt : screen.opponent ? t.bestRebuttal : screen.multi ? t.pickMany : t.pickOne;
      if (screen.discussing) {
        // The discussion prompt is already drawn (see addDiscussPrompt).
      } else {
        addText(this, m, FOOTER_Y + 24, hint, { size: SIZE.small, color: COLOR.inkMuted, width: DESIGN.width - m * 2 - 520 });
      }
    }
    if (screen.review) this.footerNext(t.showReveal, 'Enter', () => this.state.advance(), 'action:next');
    else if (screen.discussing) this.footerNext(t.openAnswers, 'Space', () => this.state.dispatch({ type: 'next' }), 'action:open-answers');
    else this.footerNext(t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
    this.showSelection(false);
  }
}
