import type { CardMark } from '../core/screens/views';
import { t } from './strings';
import { teamName } from './teamName';

/** A card's mark in words: "Played by Hawks", "Conceded by Owls"; in solo play just "Played" or "Conceded". */
export function markLabel(mark: CardMark, names: readonly string[]): string {
  if (mark.team === null) return mark.kind === 'played' ? t.played : t.concededSolo;
  const name = teamName(names, mark.team);
  return mark.kind === 'played' ? t.playedBy(name) : t.conceded(name);
}
