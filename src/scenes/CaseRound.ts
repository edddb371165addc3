import type { Screen } from '../core/screens/screen';
import { addButton } from '../widgets/Button';
import { addCardGrid } from '../widgets/CardGrid';
import { drawTeamBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { teamName } from '../i18n/teamName';

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

  protected render(screen: Screen): void {
    if (screen.kind !== 'case') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = this.drawHeader(screen.header, screen.header.roundIndex);

    // The claim on paper, with the side(s) taken.
    const claim = addText(this, m + 32, y + 20, `“${screen.claim}”`, { size: SIZE.body, bold: true, color: COLOR.paperInk, width: width - 64 });
    panel(this, m, y, width, claim.height + 40, COLOR.paper).setDepth(-1);
    this.add
      .graphics()
      .setDepth(-1)
      .fillStyle(hex(COLOR.accent), 1)
      .fillRect(m, y + 12, 12, claim.height + 16);
    y += claim.height + 56;

    // Whose move, and what to do.
    const help = screen.step === 'stance' ? t.chooseSide : screen.step === 'play' ? t.playCards(screen.cardsPerSide) : t.concedeCard;
    let hx = m;
    if (screen.teams && screen.turnStance) {
      drawTeamBadge(this, m + 26, y + 26, screen.turn, 52);
      hx = m + 66;
      addText(this, hx, y, t.teamTurn(teamName(this.state.game.teams, screen.turn), t.stance[screen.turnStance]), {
        size: SIZE.small,
        bold: true,
        color: COLOR.accent,
      });
    } else if (screen.stance) {
      addText(this, hx, y, t.yourSide(t.stance[screen.stance]), { size: SIZE.small, bold: true, color: COLOR.accent });
    }
    const helpText = addText(this, m, y + (screen.stance ? 52 : 0), help, { size: SIZE.small, color: COLOR.inkMuted, width });
    y = helpText.y + helpText.height + 18;

    const pick = (id: string) =>
      this.state.dispatch(
        screen.step === 'concede' ? { type: 'debate', move: { kind: 'concede', card: id } } : { type: 'debate', move: { kind: 'play', card: id } },
      );
    addCardGrid(this, {
      x: m,
      y,
      width,
      maxHeight: FOOTER_Y - 16 - y,
      cards: screen.cards,
      cardMarks: screen.cardMarks,
      teamNames: this.state.game.teams,
      onClick: screen.step !== 'stance' ? (card) => pick(card.id) : undefined,
    });

    if (screen.step === 'stance') {
      for (const [i, side] of (['for', 'against'] as const).entries()) {
        addButton(this, {
          x: m + i * 360,
          y: FOOTER_Y,
          width: 340,
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
