import { OUTCOME_MARK, recordOutcome } from '../core/rules/scoring';
import { scorecardBreakdown, scorecardSteps, type DebateReveal as Reveal, type Scorecard as Card } from '../core/screens/debateScreen';
import type { Screen } from '../core/screens/screen';
import { debateRevealPage, pageCount } from '../state/view';
import { addQuoteCard } from '../widgets/QuoteCard';
import { breakdownLabel, cardLabel, lineReason, pointsLabel } from '../i18n/scoreLines';
import { drawTeamBadge, drawVerdictIcon } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, oneLine } from '../widgets/text';
import { addButton } from '../widgets/Button';
import { firstThatFits } from '../platform/fitting';
import { COLOR, DESIGN, MIN_TEXT, SIZE } from '../platform/theme';
import { FOOTER_Y, ScreenScene } from './ScreenScene';
import { teamName } from '../i18n/teamName';

/** The type size of a scorecard's lines, by scorecard (see drawLines). */
const LINE_SIZES = new Map<string, number>();

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

  /** A team's scorecard heading: its badge, name, side and points. Returns its height. */
  private drawTeamLine(card: Card, x: number, y: number, w: number, size: number): number {
    if (card.team === null) return 0;
    drawTeamBadge(this, x + 26, y + 26, card.team, 52);
    const words = [teamName(this.state.game.teams, card.team), card.stance ? t.stance[card.stance] : '', String(card.score)].filter(Boolean).join(' · ');
    const line = addText(this, x + 66, y + 4, words, {
      size,
      bold: true,
      color: COLOR.accent,
      width: w - 70,
    });
    return Math.max(60, line.height + 12);
  }

  /**
   * The last steps: every scorecard's breakdown (a row per card or point), the experts' view
   * and its explanation, then one page of the quotes with its pager. Returns the bottom.
   */
  private drawExperts(
    screen: Reveal,
    at: Extract<ReturnType<typeof debateRevealPage>, { kind: 'experts' }>,
    top: number,
    size: number,
    cut: boolean,
    dense = false,
  ): number {
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    const gap = 40;
    const cols = screen.scorecards.length;
    const w = (width - gap * (cols - 1)) / cols;
    let y = top;
    let bottom = top;
    screen.scorecards.forEach((card, i) => {
      const x = m + i * (w + gap);
      const rows = scorecardBreakdown(card);
      // One scorecard with many rows (who's who) runs them in two columns; on a crowded page, more than two.
      const sub = cols === 1 && rows.length > (dense ? 2 : 4) ? 2 : 1;
      const rowW = (w - gap * (sub - 1)) / sub;
      const per = Math.ceil(rows.length / sub);
      let cy = top + this.drawTeamLine(card, x, top, w, size);
      const start = cy;
      rows.forEach((row, r) => {
        if (r > 0 && r % per === 0) cy = start;
        const rx = x + Math.floor(r / per) * (rowW + gap);
        const o = { size, bold: true } as const;
        addText(this, rx + 96, cy, pointsLabel(row.points), { ...o, color: row.points > 0 ? COLOR.accent : COLOR.inkMuted }).setOrigin(1, 0);
        // Whole, wrapped, where the room allows; on one line (cut) only as the last resort.
        const words = breakdownLabel(row.lines);
        const label = cut
          ? addText(this, rx + 114, cy, oneLine(words, rowW - 114, { size }), { size, color: COLOR.ink })
          : addText(this, rx + 114, cy, words, { size, color: COLOR.ink, width: rowW - 114 });
        cy += label.height + 6;
        bottom = Math.max(bottom, cy);
      });
    });
    y = bottom + 18;
    // The experts' view: what the evidence really supports.
    const heading =
      screen.roundType === 'case' && screen.expertsView
        ? t.expertsView[screen.expertsView]
        : screen.roundType === 'verdict' && screen.bestPositionLabel
          ? t.bestPosition(screen.bestPositionLabel)
          : t.recap;
    y += addText(this, m, y, heading, { size: dense ? size + 4 : Math.max(size, SIZE.body - 4), bold: true, color: COLOR.accent, width }).height + 8;
    y += addText(this, m, y, screen.explanation, { size, color: COLOR.ink, width }).height + 20;
    if (!at.quotes.length) return y;
    // The quotes, a page at a time: which page, and the way to the others (← and → step too).
    const pager = addText(this, m, y + 8, at.pages > 1 ? `${t.theEvidence} · ${t.pageOf(at.page + 1, at.pages)}` : t.theEvidence, {
      size,
      bold: true,
      color: COLOR.accent,
    });
    let rowH = pager.height + 16;
    if (at.pages > 1) {
      const right = DESIGN.width - m;
      const next =
        at.page + 1 < at.pages
          ? addButton(this, {
              x: right,
              y,
              height: 64,
              anchor: 'right',
              label: t.pageNext,
              hint: '→',
              name: 'action:quotes-next',
              onClick: () => this.state.advance(),
            })
          : null;
      let tallest = next?.height ?? 0;
      if (at.page > 0) {
        tallest = Math.max(
          tallest,
          addButton(this, {
            x: right - (next ? next.width + 20 : 0),
            y,
            height: 64,
            anchor: 'right',
            label: t.pagePrevious,
            hint: '←',
            name: 'action:quotes-previous',
            onClick: () => this.state.retreat(),
          }).height,
        );
      }
      // A button grows with the preset's type: the quotes start below the taller of the two.
      rowH = Math.max(rowH, 76, tallest + 12);
    }
    y += rowH;
    const labelled = at.quotes.some((q) => q.counter);
    const cardW = at.quotes.length > 1 ? (width - 32) / 2 : width;
    let end = y;
    at.quotes.forEach((q, i) => {
      const x = m + i * (cardW + 32);
      let cy = y;
      if (labelled) {
        if (q.counter) addText(this, x, cy, t.counterQuote, { size, bold: true, color: COLOR.accent, width: cardW });
        cy += size + 16;
      }
      end = Math.max(end, cy + addQuoteCard(this, { x, y: cy, width: cardW, view: q.view, reported: screen.reported, quoteSize: size, textSize: size }).height);
    });
    return end;
  }

  /**
   * Draws the first `steps` lines of a scorecard, each card's lines under its name, at `size`;
   * the first `collapse` cards (already shown in full) as one line each with their total.
   * Returns the bottom.
   */
  private drawCard(card: Card, x: number, y: number, w: number, steps: number, size: number, collapse = 0): number {
    let ly = y + this.drawTeamLine(card, x, y, w, size);
    if (card.team !== null) ly += 8;
    const pw = Math.max(100, Math.round(size * 2.5));
    let shown = 0;
    for (const [g, all] of scorecardSteps(card).entries()) {
      const group = all.slice(0, Math.max(0, steps - shown));
      shown += all.length;
      if (group.length === 0) break;
      const label = cardLabel(group[0]!);
      const rule = group[0]!.line.rule;
      if (g < collapse && group.length === all.length) {
        // A card already read line by line: its total, so the newest lines keep their room.
        const sum = all.reduce((n, lv) => n + lv.line.points, 0);
        addText(this, x + pw, ly, pointsLabel(sum), { size, bold: true, color: sum > 0 ? COLOR.accent : COLOR.inkMuted }).setOrigin(1, 0);
        const l = addText(this, x + pw + 20, ly, label || lineReason(all[0]!), { size, color: COLOR.ink, width: w - pw - 20 });
        ly += l.height + 10;
        continue;
      }
      if (label && rule !== 'match' && rule !== 'sort' && rule !== 'closing') {
        const l = addText(this, x, ly, label, { size, bold: true, width: w });
        ly += l.height + 4;
      }
      for (const lv of group) {
        const p = addText(this, x + pw, ly, pointsLabel(lv.line.points), {
          size,
          bold: true,
          color: lv.line.points > 0 ? COLOR.accent : COLOR.inkMuted,
        });
        p.setOrigin(1, 0);
        const prefix = lv.line.rule === 'closing' ? `${cardLabel(lv)}: ` : '';
        const r = addText(this, x + pw + 20, ly, prefix + lineReason(lv), { size, color: COLOR.ink, width: w - pw - 20 });
        ly += r.height + 6;
      }
      ly += 14;
    }
    return ly - 14;
  }

  /**
   * The scorecards' lines, `shown` of them, in columns from `top`. The type size is the largest
   * at which every line of every card fits above the footer (worked out once per scorecard, so
   * the size holds while the lines come in); at the floor, when even that is too tall, the cards
   * read so far fold into their totals, oldest first, to leave the newest lines their room.
   */
  private drawLines(screen: Reveal, top: number, shown: number): void {
    const m = DESIGN.margin;
    const width = DESIGN.width - m * 2;
    const cols = screen.scorecards.length;
    const gap = 40;
    const w = (width - gap * (cols - 1)) / cols;
    const limit = FOOTER_Y - 16;
    const drawAll = (steps: number, size: number, collapse: number) =>
      Math.max(...screen.scorecards.map((card, i) => this.drawCard(card, m + i * (w + gap), top, w, steps, size, collapse)));
    const clear = (before: Set<unknown>) => {
      for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    };
    const key = JSON.stringify([t.language, SIZE.small, screen.scorecards]);
    let size = LINE_SIZES.get(key);
    if (size === undefined) {
      const sizes: number[] = [SIZE.small];
      while (sizes[sizes.length - 1]! - 4 > MIN_TEXT) sizes.push(sizes[sizes.length - 1]! - 4);
      if (sizes[sizes.length - 1] !== MIN_TEXT) sizes.push(MIN_TEXT);
      size = MIN_TEXT;
      for (const z of sizes) {
        const before = new Set<unknown>(this.children.list);
        const bottom = drawAll(Infinity, z, 0);
        clear(before);
        if (bottom <= limit) {
          size = z;
          break;
        }
      }
      if (LINE_SIZES.size > 40) LINE_SIZES.clear();
      LINE_SIZES.set(key, size);
    }
    const groups = Math.max(...screen.scorecards.map((c) => scorecardSteps(c).length));
    for (let collapse = 0; ; collapse++) {
      const before = new Set<unknown>(this.children.list);
      if (drawAll(shown, size, collapse) <= limit || collapse >= groups - 1) return;
      clear(before);
    }
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'debateReveal') return;
    const m = DESIGN.margin;
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

    const at = debateRevealPage(screen, page);
    if (at.kind === 'lines') {
      this.drawLines(screen, y, at.shown);
    } else {
      // The breakdown stays, a row per card or point; below it what the evidence really supports,
      // and its quotes a page at a time. At the larger presets, smaller type before anything is cut.
      const top = y;
      firstThatFits(this, FOOTER_Y - 16 - top, [
        ...[...new Set([SIZE.small, MIN_TEXT])].map((size) => () => this.drawExperts(screen, at, top, size, false) - top),
        // Crowded: a lone scorecard's rows in two columns, then cut to one line each.
        () => this.drawExperts(screen, at, top, MIN_TEXT, false, true) - top,
        () => this.drawExperts(screen, at, top, MIN_TEXT, true, true) - top,
      ]);
    }
    const first = at.kind === 'experts' ? at.quotes[0]?.view : undefined;
    if (first) {
      this.footerBack(t.showInArticle, () => this.state.dispatch({ type: 'showSource', quote: first.quote.id }), 'action:source', 'S');
    }
    const more = page + 1 < pages;
    this.footerNext(more ? (at.kind === 'lines' ? t.nextStep : t.moreEvidence) : t.continue, 'Space');
  }
}
