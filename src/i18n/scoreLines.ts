import type { LineView } from '../core/screens/debateScreen';
import { t } from './strings';

/** "+15" / "0": the points of a scorecard line, signed so the column reads at a glance. */
export function pointsLabel(points: number): string {
  return points > 0 ? `+${points}` : '0';
}

/** Short name of the card or quote a line is about. */
export function cardLabel(lv: LineView): string {
  if (!lv.card) return '';
  const who = lv.card.quote ? lv.card.quote.speaker.name : t.narration;
  const words = lv.card.text.length > 60 ? `${lv.card.text.slice(0, 57).replace(/\s+\S*$/, '')}…` : lv.card.text;
  return `“${words}” (${who})`;
}

/** A breakdown row's words (see scorecardBreakdown): the card it is about, or the line's own reason. */
export function breakdownLabel(lines: readonly LineView[]): string {
  const first = lines[0];
  if (!first) return '';
  const aboutCard = first.card && first.line.rule !== 'concession' && first.line.rule !== 'match';
  if (!aboutCard) return lineReason(first);
  const c = first.card!;
  return t.breakdownCard(c.quote ? c.quote.speaker.name : t.narration, c.text);
}

/** The one-line reason for a line's points, in the catalog's words. */
export function lineReason(lv: LineView): string {
  const l = lv.line;
  switch (l.rule) {
    case 'relevance':
      return t.scoreLine.relevance[l.value];
    case 'stance':
      return t.scoreLine.stance[l.value];
    case 'strength':
      return l.value === 'wrong-side' ? t.scoreLine.strength['wrong-side'] : `${t.scoreLine.strength[l.value]}: ${lv.reason ?? ''}`;
    case 'concession':
      return t.scoreLine.concession[l.value];
    case 'closing':
      return `${t.scoreLine.closing[l.value]}${lv.reason ? `. ${lv.reason}` : ''}`;
    case 'match':
      return t.matchLine(lv.speakerName, lv.rightName, l.speaker === l.right);
    case 'sort':
      return t.sortLine(lv.speakerName, t.groups[l.right], l.group === l.right);
    case 'position':
      return t.positionLine(l.position ? (lv.positionLabel ?? l.position) : '—');
  }
}
