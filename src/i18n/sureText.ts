/**
 * Confidence ("sure") in words, shared by the canvas, the DOM layer and the CSV so they all say
 * the same: a reveal's line per mark, a recap's note, and the results' calibration line.
 */
import type { Calibration } from '../core/rules/calibration';
import type { SureMark } from '../core/screens/sureView';
import { t } from './strings';
import { teamName } from './teamName';

/** The reveal's lines: one per sure mark (with the team's name when every team answered); none for unmarked answers. */
export function sureRevealLines(marks: readonly SureMark[] | null, teams: readonly string[], perTeam: boolean): string[] {
  return (marks ?? []).flatMap((m, i) => (m.marked ? [perTeam ? `${teamName(teams, i)}: ${t.sure.reveal(m.bonus)}` : t.sure.reveal(m.bonus)] : []));
}

/** A recap line's note: " (sure)", or with every team answering the teams that were sure; '' when none was. */
export function sureRecapNote(sure: readonly boolean[] | null, teams: readonly string[]): string {
  const marked = (sure ?? []).flatMap((m, i) => (m ? [i] : []));
  if (!marked.length) return '';
  // One mark per team when every team answered; one for the answer otherwise.
  return (sure?.length ?? 0) > 1 ? ` (${t.sure.recap}: ${marked.map((i) => teamName(teams, i)).join(', ')})` : ` (${t.sure.recap})`;
}

/** The calibration sentence without the team: sure answers right x of y and what they did to the points, unmarked right x of y (a tally of none is left out). */
export function calibrationBody(c: Calibration): string {
  const parts = [
    c.sure.of ? `${t.sure.sureTally(c.sure.right, c.sure.of)} (${t.sure.points(c.bonus)})` : null,
    c.unmarked.of ? t.sure.unmarkedTally(c.unmarked.right, c.unmarked.of) : null,
  ];
  return parts.filter((p) => p !== null).join(' · ');
}

/** One entry under the "Sure answers" heading: the team's name and its line, or just the line for the class. */
export function calibrationItem(c: Calibration, teams: readonly string[]): string {
  return c.team === null ? calibrationBody(c) : `${teamName(teams, c.team)}: ${calibrationBody(c)}`;
}

/** The canvas recap's short note, the same in its height as drawn: " (sure)", with every team answering " (sure ×2)"; '' when none was. */
export function sureRecapShort(sure: readonly boolean[] | null): string {
  const n = (sure ?? []).filter(Boolean).length;
  if (!n) return '';
  return (sure?.length ?? 0) > 1 ? ` (${t.sure.recap} ×${n})` : ` (${t.sure.recap})`;
}

/** A team's row on the all-teams reveal: " · sure +50" (or −50, +0) after its points; '' when it was not marked. */
export function sureRowNote(mark: { marked: boolean; bonus: number } | undefined): string {
  return mark?.marked ? ` · ${t.sure.recap} ${mark.bonus < 0 ? '−' : '+'}${Math.abs(mark.bonus)}` : '';
}
