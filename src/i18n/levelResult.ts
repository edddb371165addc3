import type { LevelCard, Screen } from '../core/screens/screen';
import { summaryNext } from '../state/view';
import { t } from './strings';

/** A level's line in the results: its score out of what was played, or that it was not played or left out. */
export function levelResult(l: LevelCard): string {
  if (l.status === 'notPlayed') return t.notPlayed;
  if (l.status === 'leftOut') return t.leftOut;
  return `${l.score}/${l.playedMax}${l.status === 'partial' ? ` · ${t.progress(l.answered, l.rounds)}` : ''}`;
}

/** A level summary's Next button in words: what Space/Enter does on the page showing (state/view.ts summaryNext), for the canvas and the DOM layer alike. */
export function summaryNextLabel(screen: Extract<Screen, { kind: 'levelSummary' }>, page: number): string {
  const next = summaryNext(screen, page);
  if (next === 'recap') return t.recap;
  if (next === 'nextRecap') return t.nextRecap;
  return next === 'seeResults' ? t.seeResults : t.nextLevel;
}
