import { OUTCOME_MARK, recordOutcome } from '../core/rules/scoring';
import { scorecardSteps, type Scorecard as Card } from '../core/screens/debateScreen';
import type { Screen } from '../core/screens/screen';
import { pageCount } from '../state/view';
import { addQuoteCard } from '../widgets/QuoteCard';
import { cardLabel, lineReason, pointsLabel } from '../i18n/scoreLines';
import { drawTeamBadge, drawVerdictIcon } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE } from '../platform/theme';
import { ScreenScene } from './ScreenScene';
import { teamName } from '../i18n/teamName';

/**
 * A debate round's reveal: the scorecard, stepped through a group of lines at a time with
 * a reason for every point, then what the experts' evidence really supports.
 */
export class Scorecard extends ScreenScene {
  constructor() {
    super('Scorecard');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.page,
      () => this.draw(),
    );
  }

  /** Draws the first `steps` lines of a scorecard, each card's lines under its name. */
  private drawCard(card: Card, x: number, y: number, w: number, steps: number): void {
    let ly = y;
    if (card.team !== null) {
      drawTeamBadge(this, x + 26, ly + 26, card.team, 52);
      addText(this, x + 66, ly + 4, `${teamName(this.state.game.teams, card.team)} · ${card.stance ? t.stance[card.stance] : ''} · ${card.score}`, {
        size: SIZE.small,
        bold: true,
        color: COLOR.accent,
        width: w - 70,
      });
      ly += 68;
    }
    let shown = 0;
    for (const all of scorecardSteps(card)) {
      const group = all.slice(0, Math.max(0, steps - shown));
      shown += all.length;
      if (group.length === 0) break;
      const label = cardLabel(group[0]!);
      if (label && group[0]!.line.rule !== 'match' && group[0]!.line.rule !== 'sort' && group[0]!.line.rule !== 'closing') {
        const l = addText(this, x, ly, label, { size: SIZE.small, bold: true, width: w });
        ly += l.height + 4;
      }
      for (const lv of group) {
        const p = addText(this, x + 100, ly, pointsLabel(lv.line.points), {
          size: SIZE.small,
          bold: true,
          color: lv.line.points > 0 ? COLOR.accent : COLOR.inkMuted,
        });
        p.setOrigin(1, 0);
        const prefix = lv.line.rule === 'closing' ? `${cardLabel(lv)}: ` : '';
        const r = addText(this, x + 120, ly, prefix + lineReason(lv), { size: SIZE.small, color: COLOR.ink, width: w - 120 });
        ly += r.height + 6;
      }
      ly += 14;
    }
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'debateReveal') return;
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    let y = this.drawHeader(screen.header, screen.header.roundIndex + 1);
    const pages = pageCount(screen);
    const page = Math.min(this.state.page, pages - 1);
    const v = OUTCOME_MARK[recordOutcome(screen.record)];
    drawVerdictIcon(this, m + 36, y + 36, v, 72);
    // Team play: each side's points, named by the team that played it.
    const total = screen.record.teamScores
      ? screen.scorecards.map((c) => `${c.team === null ? '' : teamName(this.state.game.teams, c.team)} ${c.score}`).join(' · ')
      : t.plusPoints(screen.record.score);
    addText(this, m + 90, y + 8, `${t.scorecard}: ${total}`, { size: SIZE.body, bold: true });
    addText(this, DESIGN.width - m, y + 14, t.stepLine(page + 1, pages), { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);
    y += 96;

    if (page < pages - 1) {
      const cols = screen.scorecards.length;
      const gap = 40;
      const w = (width - gap * (cols - 1)) / cols;
      screen.scorecards.forEach((card, i) => this.drawCard(card, m + i * (w + gap), y, w, page + 1));
    } else {
      // The experts' view: what the evidence really supports.
      const heading =
        screen.roundType === 'case' && screen.expertsView
          ? t.expertsView[screen.expertsView]
          : screen.roundType === 'verdict' && screen.bestPosition
            ? t.bestPosition(t.scale[screen.bestPosition])
            : t.recap;
      const hx = addText(this, m, y, heading, { size: SIZE.body, bold: true, color: COLOR.accent, width });
      y += hx.height + 12;
      const ex = addText(this, m, y, screen.explanation, { size: SIZE.small, color: COLOR.ink, width });
      y += ex.height + 24;
      // Evidence on the left, the strongest quote the other way (verdict) on the right.
      const quotes = screen.evidence.slice(0, screen.counter ? 1 : 2);
      const cards = [
        ...quotes.map((q, i) => ({ q, label: i === 0 ? t.theEvidence : '' })),
        ...(screen.counter ? [{ q: screen.counter, label: t.counterQuote }] : []),
      ];
      const cardW = cards.length > 1 ? (width - 32) / 2 : width;
      cards.forEach(({ q, label }, i) => {
        const x = m + i * (cardW + 32);
        if (label) addText(this, x, y, label, { size: SIZE.small, bold: true, color: COLOR.accent });
        addQuoteCard(this, { x, y: y + 52, width: cardW, view: q, reported: screen.reported, quoteSize: SIZE.small });
      });
    }
    const first = screen.evidence[0] ?? screen.counter;
    if (first && page === pages - 1) {
      this.footerBack(t.showInArticle, () => this.state.dispatch({ type: 'showSource', quote: first.quote.id }), 'action:source', 'S');
    }
    this.footerNext(page + 1 < pages ? t.nextStep : t.continue, 'Space');
  }
}
