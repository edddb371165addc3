/**
 * The discernment line in words, one sentence per team (or for the class), shared by the
 * results screen, its DOM layer, the print summary and the CSV so they all say the same.
 */
import type { Discernment } from '../core/rules/discernment';
import { t } from './strings';
import { teamName } from './teamName';

/** "called 2 supported claims “doesn't say”", or null when every answered claim was called right. */
export function confusionText(d: Discernment): string | null {
  const c = d.confusion;
  return c ? t.discern.confusion(c.count, t.discern.noun[c.truth](c.count), t.discern.short[c.called]) : null;
}

/** The tallies and the mix-up, without the heading; kinds of claim nobody answered are left out. */
export function discernmentBody(d: Discernment): string {
  const tallies = d.tallies.filter((k) => k.answered > 0).map((k) => t.discern.tally[k.kind](k.correct, k.answered));
  const mixUp = confusionText(d);
  return `${tallies.join(' · ')}.${mixUp ? ` ${t.discern.mixUp}: ${mixUp}.` : ''}`;
}

/**
 * One entry under the "Telling apart" heading: the team's name and its tallies, or just the
 * tallies for the class. The heading says what they are, so the entry does not repeat it.
 */
export function discernmentItem(d: Discernment, teams: readonly string[]): string {
  return d.team === null ? discernmentBody(d) : `${teamName(teams, d.team)}: ${discernmentBody(d)}`;
}
