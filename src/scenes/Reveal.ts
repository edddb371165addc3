import type { Screen } from '../core/screens/screen';
import { evidenceOnPage, pageCount } from '../state/view';
import { firstThatFits } from '../platform/fitting';
import { addQuoteCard } from '../widgets/QuoteCard';
import { drawVerdictIcon, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, oneLine } from '../widgets/text';
import { COLOR, DESIGN, SIZE, VERDICT_STYLE, hex, MIN_TEXT } from '../platform/theme';
import { optionLabel } from '../i18n/optionLabel';
import { headlineText } from '../i18n/outcomeText';
import { OUTCOME_MARK, recordOutcome } from '../core/rules/scoring';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addTeamsAnswers, addWhyWrong } from '../widgets/TeamsAnswers';

/**
 * The experts' answer: the verdict as a word and an icon, what was picked, why, and the
 * evidence quoted word for word with who said it, their role and where.
 */
export class Reveal extends ScreenScene {
  constructor() {
    super('Reveal');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.page,
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'reveal') return;
    const m = DESIGN.margin;
    const top = this.drawHeader(screen.header, screen.header.roundIndex + 1) + 10;
    // With every team answering, the left column holds a row per team: it takes more of the width.
    const teams = screen.allTeams;
    const leftW = teams ? 900 : 760;
    const rightX = m + leftW + 40;
    const rightW = DESIGN.width - m - rightX;
    // One answer's call as a banner; with every team answering, the best answer and a row per team instead.
    let y = teams ? top : top + this.banner(screen, top, leftW) + 26;
    if (teams) {
      const names = this.state.game.teams;
      firstThatFits(
        this,
        FOOTER_Y - 24 - top,
        [SIZE.body, SIZE.small, MIN_TEXT].map((size) => () => addTeamsAnswers(this, m, top, leftW, teams, names, size)),
      );
    } else if (screen.multi) {
      addText(this, m, y, t.yourAnswers, { size: SIZE.small, color: COLOR.accent, bold: true });
      y += 52;
      for (const o of screen.options) {
        const mark = OUTCOME_MARK[o.judged ?? 'wrong'];
        drawVerdictIcon(this, m + 24, y + 26, mark, 44);
        const box = this.add
          .graphics()
          .lineStyle(4, hex(COLOR.ink), 1)
          .strokeRect(m + 64, y + 8, 30, 30);
        if (o.picked) box.fillStyle(hex(COLOR.ink), 1).fillRect(m + 70, y + 14, 18, 18);
        const line = addText(this, m + 108, y, optionLabel(o), { size: SIZE.small, width: leftW - 108 });
        y += line.height + 14;
      }
    } else {
      // The answers and the explanation, at the largest sizes that fit above the footer.
      const from = y;
      const answers = (answerSize: number, explainSize: number) => () => {
        let ay = from;
        const label = addText(this, m, ay, t.yourAnswer, { size: SIZE.small, color: COLOR.accent, bold: true });
        const picked = addText(this, m, ay + label.height + 4, screen.picked.map(optionLabel).join(', ') || t.noAnswer, {
          size: answerSize,
          bold: true,
          width: leftW,
        });
        ay += label.height + 4 + picked.height + 24;
        if (screen.best.length > 0) {
          const label = addText(this, m, ay, t.bestAnswer, { size: SIZE.small, color: COLOR.verdictText.supported, bold: true });
          const best = addText(this, m, ay + label.height + 4, screen.best.map(optionLabel).join(', '), { size: answerSize, bold: true, width: leftW });
          ay += label.height + 4 + best.height + 24;
        }
        ay += addText(this, m, ay, screen.explanation, { size: explainSize, color: COLOR.inkMuted, width: leftW, lineSpacing: 8 }).height;
        return ay - from;
      };
      firstThatFits(this, FOOTER_Y - 24 - from, [
        answers(SIZE.body, SIZE.body),
        answers(SIZE.body, SIZE.small),
        answers(SIZE.small, SIZE.small),
        answers(MIN_TEXT, MIN_TEXT),
      ]);
    }

    // Evidence, a page at a time.
    const pages = pageCount(screen);
    const page = Math.min(this.state.page, pages - 1);
    // Every team answering: the first page gives the right column to why the wrong picks fail.
    const whyPage = teams !== null && teams.whyWrong.length > 0 && page === 0;
    const label = pages > 1 ? `${whyPage ? t.whyNot : t.theEvidence} · ${t.evidencePage(page + 1, pages)}` : t.theEvidence;
    addText(this, rightX, top, oneLine(label, rightW, { size: SIZE.small, bold: true }), { size: SIZE.small, color: COLOR.accent, bold: true });
    let ey = top + 56;
    if (whyPage) {
      const names = this.state.game.teams;
      ey += firstThatFits(
        this,
        FOOTER_Y - 16 - ey,
        [SIZE.body, SIZE.small, MIN_TEXT].map((size) => () => addWhyWrong(this, rightX, ey, rightW, teams.whyWrong, names, size)),
      );
    } else if (screen.multi && page === 0) {
      const explain = (size: number) => () =>
        addText(this, rightX, ey, screen.explanation, { size, color: COLOR.inkMuted, width: rightW, lineSpacing: 8 }).height;
      ey += firstThatFits(this, 380, [explain(SIZE.body), explain(SIZE.small)]) + 28;
    }
    // The quotes at body size when they fit above the footer (at the larger text presets two
    // long quotes may not), otherwise at the smaller size.
    const from = ey;
    const cards = (quoteSize: number) => () => {
      let cy = from;
      for (const q of evidenceOnPage(screen, page))
        cy += addQuoteCard(this, { x: rightX, y: cy, width: rightW, view: q, reported: screen.reported, quoteSize }).height + 24;
      return cy - from - 24;
    };
    firstThatFits(this, FOOTER_Y - 16 - from, [cards(SIZE.body), cards(SIZE.small), cards(MIN_TEXT)]);

    const first = evidenceOnPage(screen, page)[0];
    if (first) {
      this.footerBack(t.showInArticle, () => this.state.dispatch({ type: 'showSource', quote: first.quote.id }), 'action:source', 'S');
    }
    const more = page + 1 < pages;
    this.footerNext(more ? t.moreEvidence : t.continue, 'Space');
  }
  /** The call on the answer: its word and mark, and the points. Returns its height. */
  private banner(screen: Extract<Screen, { kind: 'reveal' }>, top: number, leftW: number): number {
    const m = DESIGN.margin;
    const v = OUTCOME_MARK[screen.headline.kind === 'outcome' ? screen.headline.outcome : recordOutcome(screen.record)];

    // Verdict banner: as tall as its words need (a long verdict wraps at the larger text sizes).
    // With every team answering, the banner is the round's scoreboard rather than one verdict.
    const hl = screen.headline;
    const headline = headlineText(hl);
    const word = addText(this, m + 156, top + 22, headline, {
      size: SIZE.body,
      bold: true,
      color: COLOR.verdictText[v],
      width: leftW - 180,
    });
    // Each team's points are on its own line below, with its name.
    const points =
      hl.kind === 'teams' ? null : addText(this, m + 156, top + 30 + word.height, t.plusPoints(screen.record.score), { size: SIZE.small, color: COLOR.ink });
    const bannerH = Math.max(150, 22 + word.height + (points ? 8 + points.height : 0) + 22);
    panel(this, m, top, leftW, bannerH, COLOR.panel, VERDICT_STYLE[v].color).setDepth(-1);
    drawVerdictIcon(this, m + 80, top + bannerH / 2, v, 100);
    return bannerH;
  }
}
