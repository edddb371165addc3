import { t } from './strings';

/** A team's own name if the class gave it one, otherwise "Team 1", "Team 2", … */
export function teamName(names: readonly string[], team: number): string {
  return names[team]?.trim() || t.team(team);
}
