import type { LevelCard } from '../core/screens/screen';
import { t } from './strings';

/** A level's line in the results: its score out of what was played, or that it was not played or left out. */
export function levelResult(l: LevelCard): string {
  if (l.status === 'notPlayed') return t.notPlayed;
  if (l.status === 'leftOut') return t.leftOut;
  return `${l.score}/${l.playedMax}${l.status === 'partial' ? ` · ${t.progress(l.answered, l.rounds)}` : ''}`;
}
