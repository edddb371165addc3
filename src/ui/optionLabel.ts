import type { OptionView } from '../core/screen';
import { t } from './strings';

/** The label of an option in any round type: its text, the claim answer, or the speaker. */
export function optionLabel(o: OptionView): string {
  if (o.claimAnswer) return t.claimAnswer[o.claimAnswer];
  if (o.speakerView) return o.speakerView.name;
  return o.text ?? o.id;
}
