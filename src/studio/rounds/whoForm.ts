/** "Who said it?": the quote, the speakers offered (its own among them) and why. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import type { Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import { checkList, selectField, textField, type Ctx } from '../fields';

export function whoForm(c: Ctx, path: Path, at: string, round: RoundOf<'who'>): Child[] {
  const quotes = c.s.draft.manifest.quotes.map((q) => [q.id, `“${q.text}”`] as const);
  const speakers = c.s.draft.manifest.speakers.map((sp) => [sp.id, sp.name] as const);
  return [
    selectField(c, c.t.whoQuote, [...path, 'quote'], `${at}.quote`, round.quote, quotes, { blank: c.t.chooseQuote }),
    checkList(c, c.t.whoSpeakers, [...path, 'speakers'], `${at}.speakers`, round.speakers, speakers),
    textField(c, c.t.explanation, [...path, 'explanation'], `${at}.explanation`, round.explanation, LIMITS.explanation, true),
  ];
}
