import type { Screen } from '../core/screens/screen';
import { revealPages, spaciousReveal } from '../state/view';
import { firstThatFits } from '../platform/fitting';
import { addQuoteCard } from '../widgets/QuoteCard';
import { drawVerdictIcon, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, lineWidth, oneLine } from '../widgets/text';
import { COLOR, DESIGN, SIZE, VERDICT_STYLE, hex, MIN_TEXT } from '../platform/theme';
import { optionLabel } from '../i18n/optionLabel';
import { callWord, headlineText } from '../i18n/outcomeText';
import { CALL_OUTCOME } from '../core/screens/views';
import { OUTCOME_MARK, recordOutcome } from '../core/rules/scoring';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { addTeamsAnswers, addWhyWrong, type Counter } from '../widgets/TeamsAnswers';
import { addSureNote } from '../widgets/SureToggle';
import { addRevealBeat, slideIn } from '../widgets/RevealBeat';
import { MOTION_MS, countUp } from '../platform/motion';
import { beatAt, headerBeforeScoring, type RevealBeat } from '../core/screens/revealBeats';
import type Phaser from 'phaser';

type RevealScreen = Extract<Screen, { kind: 'reveal' }>;

/**
 * The experts' answer, in the beats the teacher steps (core/screens/revealBeats.ts): the class's
 * picks and "what did the sources say?"; the verdict stamp with the best answer marked; then the
 * whole reveal: the verdict as a word and an icon, what was picked, why, and the evidence quoted
 * word for word as press clippings with who said it, their role and where, the points counting up.
 */
export class Reveal extends ScreenScene {
  constructor() {
    super('Reveal');
  }

  /** The beat and page last drawn: an entrance plays when they change (or the screen is new), never on a plain redraw. */
  private shown: string | null = null;

  override create(): void {
    super.create();
    this.watch(
      (s) => [s.page, s.beat],
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'reveal') return;
    const beat = beatAt(screen, this.state.beat) ?? 'evidence';
    const key = `${screen.header.levelIndex}|${screen.header.roundIndex}|${beat}|${this.state.page}`;
    const fresh = this.entering || key !== this.shown;
    const newBeat = this.entering || this.shown?.split('|').slice(0, 3).join('|') !== key.split('|').slice(0, 3).join('|');
    this.shown = key;
    if (beat !== 'evidence') return this.renderBeat(screen, beat, fresh);
    const counters: Counter[] = [];
    this.renderWhole(screen, counters, fresh, newBeat);
    // The points count up once the clippings are in (a skip or reduced motion shows them at once).
    if (newBeat) for (const c of counters) countUp(this, c.text, 0, c.to, c.format, { delay: MOTION_MS.medium });
  }

  /** The beats before the whole reveal; nothing of the points shows yet: the header has the score as it stood before this answer. */
  private renderBeat(screen: RevealScreen, beat: Exclude<RevealBeat, 'evidence'>, fresh: boolean): void {
    const top = this.drawHeader(headerBeforeScoring(screen), screen.header.roundIndex + 1) + 16;
    addRevealBeat(this, screen, beat, top, FOOTER_Y - 24, fresh);
    this.footerNext(beat === 'verdict' ? t.showEvidence : t.showVerdict, 'Space');
  }

  /** Today's whole reveal: the call, the answers, the explanation, the evidence a page at a time. */
  private renderWhole(screen: RevealScreen, counters: Counter[], fresh: boolean, pointsComing: boolean): void {
    const m = DESIGN.margin;
    // The points come in: the header's score counts up with the banner's (not when a page turns).
    const top = this.drawHeader(screen.header, screen.header.roundIndex + 1, true, pointsComing ? headerBeforeScoring(screen).score : undefined) + 10;
    // With every team answering, the left column holds a row per team: it takes more of the width.
    const teams = screen.allTeams;
    // The evidence column, a page at a time (state/view.ts). At the larger presets the explanation
    // has a page's evidence column to itself, and a pick-all list takes the whole width of its own page.
    const spacious = spaciousReveal();
    const plan = revealPages(screen);
    const pages = plan.length;
    const page = Math.min(this.state.page, pages - 1);
    const shown = plan[page]!;
    const leftW = teams ? 900 : 760;
    const listPage = screen.multi && (!spacious || shown.kind === 'list');
    // One answer's call as a banner; with every team answering, the best answer and a row per team instead.
    const y = teams ? top : top + this.banner(screen, top, leftW, counters) + 26;
    if (teams) {
      const names = this.state.game.teams;
      firstThatFits(
        this,
        FOOTER_Y - 24 - top,
        [SIZE.body, SIZE.small, MIN_TEXT].map((size) => () => {
          counters.length = 0;
          return addTeamsAnswers(this, m, top, leftW, teams, names, size, !spacious, counters);
        }),
      );
    } else if (screen.multi) {
      const from = y;
      const list = (width: number, size: number) => () => {
        let ly = from;
        ly += addText(this, m, ly, t.yourAnswers, { size: SIZE.small, color: COLOR.accent, bold: true }).height + 4;
        const mid = Math.round(size * 0.62);
        for (const o of screen.options) {
          // What the answer did with it: found, missed, picked wrongly, or (left out rightly) nothing.
          if (o.call) drawVerdictIcon(this, m + 24, ly + mid, OUTCOME_MARK[CALL_OUTCOME[o.call]], 44);
          const box = this.add
            .graphics()
            .lineStyle(4, hex(COLOR.ink), 1)
            .strokeRect(m + 64, ly + mid - 15, 30, 30);
          if (o.picked) box.fillStyle(hex(COLOR.ink), 1).fillRect(m + 70, ly + mid - 9, 18, 18);
          const line = addText(this, m + 108, ly, o.call ? `${optionLabel(o)} · ${callWord(o.call)}` : optionLabel(o), { size, width: width - 108 });
          ly += line.height + 10;
        }
        return ly - 10 - from;
      };
      const width = spacious ? DESIGN.width - m * 2 : leftW;
      if (listPage) firstThatFits(this, FOOTER_Y - 24 - from, [list(width, SIZE.small), list(width, MIN_TEXT)]);
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
        if (!spacious) ay += addText(this, m, ay, screen.explanation, { size: explainSize, color: COLOR.inkMuted, width: leftW, lineSpacing: 8 }).height;
        else ay -= 24;
        return ay - from;
      };
      firstThatFits(this, FOOTER_Y - 24 - from, [
        answers(SIZE.body, SIZE.body),
        answers(SIZE.body, SIZE.small),
        answers(SIZE.small, SIZE.small),
        answers(MIN_TEXT, MIN_TEXT),
      ]);
    }

    const rightX = m + leftW + 40;
    const rightW = DESIGN.width - m - rightX;
    // Every team answering: a page gives the right column to why the wrong picks fail.
    const whyPage = teams !== null && shown.kind === 'why';
    const full = pages > 1 ? `${whyPage ? t.whyNot : t.theEvidence} · ${t.evidencePage(page + 1, pages)}` : t.theEvidence;
    // At the larger presets the page number alone when the whole label would not fit.
    const label = pages > 1 && !whyPage && lineWidth(full, { size: SIZE.small, bold: true }) > rightW ? t.evidencePage(page + 1, pages) : full;
    // (No evidence column while the options take the whole width.)
    const heading =
      shown.kind !== 'list'
        ? addText(this, rightX, top, oneLine(label, rightW, { size: SIZE.small, bold: true }), { size: SIZE.small, color: COLOR.accent, bold: true })
        : null;
    // Under the column's heading, however tall the preset makes it.
    let ey = top + Math.max(56, heading ? heading.height + 8 : 0);
    if (whyPage && shown.kind === 'why') {
      const names = this.state.game.teams;
      const items = teams.whyWrong.slice(shown.from, shown.to);
      ey += firstThatFits(
        this,
        FOOTER_Y - 16 - ey,
        [SIZE.body, SIZE.small, MIN_TEXT].map((size) => () => addWhyWrong(this, rightX, ey, rightW, items, names, size)),
      );
    } else if (shown.kind === 'explain') {
      const text = teams ? teams.bestExplanation : screen.explanation;
      const explain = (size: number) => () => addText(this, rightX, ey, text, { size, color: COLOR.inkMuted, width: rightW, lineSpacing: 8 }).height;
      // Alone on the page at the larger presets; above one quote otherwise.
      const room = spacious ? FOOTER_Y - 16 - ey : 380;
      ey += firstThatFits(this, room, [explain(SIZE.body), explain(SIZE.small), ...(spacious ? [explain(MIN_TEXT)] : [])]) + 28;
    }
    const quotes = shown.kind === 'quotes' || shown.kind === 'explain' ? shown.quotes : [];
    // The quotes at body size when they fit above the footer (at the larger text presets two
    // long quotes may not), otherwise at the smaller size.
    const from = ey;
    const clippings: Phaser.GameObjects.GameObject[][] = [];
    const cards = (quoteSize: number) => () => {
      let cy = from;
      clippings.length = 0;
      for (const q of quotes) {
        const card = addQuoteCard(this, { x: rightX, y: cy, width: rightW, view: q, reported: screen.reported, quoteSize });
        clippings.push(card.parts);
        cy += card.height + 24;
      }
      return cy - from - 24;
    };
    firstThatFits(this, FOOTER_Y - 16 - from, [cards(SIZE.body), cards(SIZE.small), cards(MIN_TEXT)]);
    // Each clipping slides in with its speaker, one after the other.
    if (fresh) clippings.forEach((parts, i) => slideIn(this, parts, i * 120));

    const first = quotes[0];
    if (first) {
      this.footerBack(t.showInArticle, () => this.state.dispatch({ type: 'showSource', quote: first.quote.id }), 'action:source', 'S');
    }
    const more = page + 1 < pages;
    this.footerNext(more ? t.moreEvidence : t.continue, 'Space');
  }
  /** The call on the answer: its word and mark, and the points. Returns its height. */
  private banner(screen: RevealScreen, top: number, leftW: number, counters: Counter[]): number {
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
    if (points) counters.push({ text: points, to: screen.record.score, format: t.plusPoints });
    const sure = addSureNote(this, m + 156, top + 38 + word.height + (points?.height ?? 0), screen.sure, leftW - 180);
    const bannerH = Math.max(150, 22 + word.height + (points ? 8 + points.height : 0) + (sure ? 8 + sure.height : 0) + 22);
    panel(this, m, top, leftW, bannerH, COLOR.panel, VERDICT_STYLE[v].color).setDepth(-1);
    drawVerdictIcon(this, m + 80, top + bannerH / 2, v, 100);
    return bannerH;
  }
}
