/** "Who's who?": three or four quotes to match to their speakers, the speakers to sort into experts and officials, and why. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import type { Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import { checkList, listOf, quoteWords, speakerItems, textField, type Ctx } from '../fields';

export function whoswhoForm(c: Ctx, path: Path, at: string, round: RoundOf<'whoswho'>): Child[] {
  const quotes = c.s.draft.manifest.quotes.map((q) => [q.id, quoteWords(c, q)] as const);
  const people = speakerItems(c).filter(
    ([id]) => c.s.draft.manifest.speakers.find((s) => s.id === id)?.kind !== 'outlet' || listOf(round.speakers).includes(id),
  );
  return [
    checkList(c, c.t.whoswhoQuotes, [...path, 'quotes'], `${at}.quotes`, round.quotes, quotes),
    checkList(c, c.t.whoswhoSpeakers, [...path, 'speakers'], `${at}.speakers`, round.speakers, people),
    textField(c, c.t.explanation, [...path, 'explanation'], `${at}.explanation`, round.explanation, LIMITS.explanation, true),
  ];
}
