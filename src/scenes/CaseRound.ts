import type Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import { addButton, buttonWidth } from '../widgets/Button';
import { addCardGrid } from '../widgets/CardGrid';
import { drawTeamBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, wrapLines } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { teamName } from '../i18n/teamName';

type CaseScreen = Extract<Screen, { kind: 'case' }>;

/** The type above the hand: the claim's size, the turn and help lines' size, and the claim panel's padding. */
interface Chrome {
  claim: number;
  line: number;
  pad: number;
}

const BADGE_ROOM = 66;

/** Make the case: take a side, play the strongest cards, concede the other side's best. */
export class CaseRound extends ScreenScene {
  constructor() {
    super('CaseRound');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.game.draft,
      () => this.draw(),
    );
  }

  /** One line's height at a size (one small text drawn and taken away, once per size). */
  private lineHeights = new Map<string, number>();
  private lineHeight(size: number, bold: boolean): number {
    const key = `${size}${bold}`;
    let h = this.lineHeights.get(key);
    if (h === undefined) {
      const probe = addText(this, 0, 0, 'Ág', { size, bold });
      h = probe.height;
      probe.destroy();
      this.lineHeights.set(key, h);
    }
    return h;
  }

  private linesHeight(lines: number, size: number, bold: boolean): number {
    return lines * this.lineHeight(size, bold) + (lines - 1) * Math.round(size * 0.18);
  }

  /** The turn (or side) line and the step's help: inline when both fit one line, else the help below. */
  private statusBlock(status: string | null, help: string, size: number, teams: boolean, width: number): { height: number; inline: boolean } {
    const sx = teams ? BADGE_ROOM : 0;
    const helpLines = wrapLines(help, width, { size }).length;
    if (!status) return { height: this.linesHeight(helpLines, size, false), inline: false };
    const statusLines = wrapLines(status, width - sx, { size, bold: true }).length;
    const statusH = Math.max(teams ? 52 : 0, this.linesHeight(statusLines, size, true));
    const inline = statusLines === 1 && sx + lineWidth(status, { size, bold: true }) + 24 + lineWidth(help, { size }) <= width;
    return { height: inline ? statusH : statusH + 8 + this.linesHeight(helpLines, size, false), inline };
  }

  /**
   * The room the turn and help lines take at their fullest over the whole round (each side's
   * team and stance, every step's help), so the hand below never moves as turns and steps change.
   */
  private reservedStatus(screen: CaseScreen, size: number, width: number): number {
    const teamsOf = screen.teams ? [0, 1].map((side) => (screen.sides ? screen.sides[side]! : side)) : [];
    const stances = ['for', 'against'] as const;
    const statuses: (string | null)[] = screen.teams
      ? teamsOf.flatMap((team) => stances.map((st) => t.teamTurn(teamName(this.state.game.teams, team), t.stance[st])))
      : [null, ...stances.map((st) => t.yourSide(t.stance[st]))];
    const helps = [...(screen.stanceGiven ? [] : [t.chooseSide]), t.playCards(screen.cardsPerSide), t.concedeCard];
    return Math.max(...statuses.flatMap((st) => helps.map((h) => this.statusBlock(st, h, size, screen.teams, width).height)));
  }

  /** The claim, the turn and the help at one set of sizes; returns where the hand starts. */
  private drawChrome(screen: CaseScreen, top: number, c: Chrome): number {
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = top;
    // The claim on paper, with the side(s) taken.
    const claim = addText(this, m + 32, y + c.pad, `“${screen.claim}”`, { size: c.claim, bold: true, color: COLOR.paperInk, width: width - 64 });
    panel(this, m, y, width, claim.height + c.pad * 2, COLOR.paper).setDepth(-1);
    this.add
      .graphics()
      .setDepth(-1)
      .fillStyle(hex(COLOR.accent), 1)
      .fillRect(m, y + 12, 12, claim.height + c.pad * 2 - 24);
    y += claim.height + c.pad * 2 + 16;

    // Whose move, and what to do.
    const help = screen.step === 'stance' ? t.chooseSide : screen.step === 'play' ? t.playCards(screen.cardsPerSide) : t.concedeCard;
    const teamLine = screen.teams && screen.turnStance;
    const status = teamLine
      ? t.teamTurn(teamName(this.state.game.teams, screen.turn), t.stance[screen.turnStance!])
      : !screen.teams && screen.stance
        ? t.yourSide(t.stance[screen.stance])
        : null;
    const block = this.statusBlock(status, help, c.line, !!teamLine, width);
    let hy = y;
    if (status) {
      const sx = teamLine ? m + BADGE_ROOM : m;
      if (teamLine) drawTeamBadge(this, m + 26, y + 26, screen.turn, 52);
      const s = addText(this, sx, y, status, { size: c.line, bold: true, color: COLOR.accent, width: width - (sx - m) });
      // A one-line status beside the badge sits on the badge's middle.
      if (teamLine && s.height < 52) s.setY(y + (52 - s.height) / 2);
      if (block.inline) addText(this, sx + s.width + 24, s.y, help, { size: c.line, color: COLOR.inkMuted });
      else hy = y + Math.max(teamLine ? 52 : 0, s.height) + 8;
    }
    if (!block.inline) addText(this, m, hy, help, { size: c.line, color: COLOR.inkMuted, width });
    return y + this.reservedStatus(screen, c.line, width) + (c.pad > 16 ? 18 : 12);
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'case') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    const top = this.drawHeader(screen.header, screen.header.roundIndex);

    const pick = (id: string) =>
      this.state.dispatch(
        screen.step === 'concede' ? { type: 'debate', move: { kind: 'concede', card: id } } : { type: 'debate', move: { kind: 'play', card: id } },
      );
    // The preset's sizes first; when the hand cannot fit under them even in rows at the floor,
    // the claim and the lines above it give way (smaller, then at the floor with less padding).
    // Every choice is made from the whole round (see reservedStatus, addCardGrid), never from
    // the move on screen, so nothing jumps as cards are played.
    const chromes: Chrome[] = [
      { claim: SIZE.body, line: SIZE.small, pad: 20 },
      { claim: SIZE.small, line: SIZE.small, pad: 20 },
      { claim: MIN_TEXT, line: MIN_TEXT, pad: 12 },
    ].filter((c, i, all) => all.findIndex((o) => o.claim === c.claim && o.line === c.line && o.pad === c.pad) === i);
    for (const [i, chrome] of chromes.entries()) {
      const before = new Set<Phaser.GameObjects.GameObject>(this.children.list);
      const y = this.drawChrome(screen, top, chrome);
      const drawn = addCardGrid(this, {
        x: m,
        y,
        width,
        maxHeight: FOOTER_Y - 16 - y,
        cards: screen.cards,
        cardMarks: screen.cardMarks,
        teamNames: this.state.game.teams,
        onClick: screen.step !== 'stance' ? (card) => pick(card.id) : undefined,
        onlyIfFits: i < chromes.length - 1,
      });
      if (drawn >= 0) break;
      for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    }

    if (screen.step === 'stance') {
      // Each side's button as wide as its label in this language and preset (at least 340).
      let bx = m;
      for (const side of ['for', 'against'] as const) {
        const bw = Math.max(340, buttonWidth(t.stanceButton[side], side === 'for' ? 'F' : 'X'));
        const x = bx;
        bx += bw + 20;
        addButton(this, {
          x,
          y: FOOTER_Y,
          width: bw,
          label: t.stanceButton[side],
          hint: side === 'for' ? 'F' : 'X',
          primary: screen.stance === side,
          name: `stance:${side}`,
          onClick: () => this.state.dispatch({ type: 'debate', move: { kind: 'stance', stance: side } }),
        });
      }
    } else if (screen.step === 'concede') {
      this.footerBack(t.concedeNothing, () => this.state.dispatch({ type: 'debate', move: { kind: 'concede', card: null } }), 'action:concede-none', '0');
    } else {
      this.footerBack(t.undo, () => this.state.dispatch({ type: 'debate', move: { kind: 'undo' } }), 'action:undo', 'U');
    }
    this.footerNext(screen.step === 'concede' ? t.lockIn : t.nextStep, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }
}
