/** "Which is the stronger source?": the claim, whose kind of word weighs more on it, the two or three speakers, their words on it and why. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import type { Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import { checkList, choicesOf, evidencePicker, listOf, selectField, speakerItems, textField, type Ctx } from '../fields';

const FAVOURS = ['expert', 'official'] as const;

export function strongerForm(c: Ctx, path: Path, at: string, round: RoundOf<'stronger'>): Child[] {
  // Outlets are never weighed here: they are left off the list (the checks still name one that is in the file).
  const people = speakerItems(c).filter(
    ([id]) => c.s.draft.manifest.speakers.find((s) => s.id === id)?.kind !== 'outlet' || listOf(round.speakers).includes(id),
  );
  return [
    textField(c, c.t.claimText, [...path, 'claim'], `${at}.claim`, round.claim, LIMITS.prompt),
    selectField(c, c.t.strongerFavours, [...path, 'favours'], `${at}.favours`, round.favours ?? 'expert', choicesOf(FAVOURS, c.t.strongerFavoursKind)),
    checkList(c, c.t.strongerSpeakers, [...path, 'speakers'], `${at}.speakers`, round.speakers, people),
    evidencePicker(c, [...path, 'evidence'], round.evidence, `${at}.evidence`, c.t.strongerEvidence),
    textField(c, c.t.explanation, [...path, 'explanation'], `${at}.explanation`, round.explanation, LIMITS.explanation, true),
  ];
}
