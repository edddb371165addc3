/**
 * A team name as the class typed it: the same rule as pack text (src/core/pack/textSafety.ts).
 * Hidden direction controls are taken out, since a name could otherwise show as another
 * ("orokO" read as "Okoro") or turn the game's words after it backwards; runs of spaces become
 * one; a name with nothing visible left (a zero-width space alone) is no name, so the team
 * keeps its default one ("Team 2"), as an empty name does.
 */
import { hasVisible, withoutControls } from '../pack/textSafety';
import { TEAM_NAME_MAX } from './choices';

export function typedTeamName(raw: string): string {
  const name = withoutControls(raw).replace(/\s+/g, ' ').trim().slice(0, TEAM_NAME_MAX);
  return hasVisible(name) ? name : '';
}
