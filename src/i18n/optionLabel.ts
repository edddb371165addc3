import type { OptionView, RecapItem } from '../core/screens/screen';
import { t } from './strings';
import { isolate } from '../core/pack/textSafety';

/** An option's letter as shown: 1 → A. */
export const optionLetter = (n: number): string => String.fromCharCode(64 + n);

/** The label of an option in any round type: its text, the claim answer, or the speaker. */
export function optionLabel(o: OptionView): string {
  if (o.claimAnswer) return t.claimAnswer[o.claimAnswer];
  if (o.quoteView) return `“${o.quoteView.quote.text}” (${isolate(o.quoteView.speaker.name)})`;
  if (o.speakerView) return isolate(o.speakerView.name);
  return o.text ?? o.id;
}

/** A recap's one line of "what the sources said" for any round type. */
export function recapAnswer(item: RecapItem): string {
  if (item.roundType === 'case' && item.expertsView) return t.expertsView[item.expertsView];
  if (item.roundType === 'verdict' && item.bestPosition) return t.bestPosition(item.bestPosition);
  if (item.note) return item.note;
  return `${t.bestAnswer}: ${item.best.map(optionLabel).join('; ')}`;
}
