/** "The final verdict": the claim, a four-stop scale in the article's words (each stop's name, verdict, evidence and why), closing cards and the strongest counter-quote. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import { LIST_SIZES, type Path } from '../../core/studio/rounds';
import { h, type Child } from '../../services/dom';
import { evidencePicker, leftOver, listOf, problemLines, problemsAt, quoteSelect, textField, verdictSelect, type Ctx } from '../fields';
import { cardsForm } from './cardsForm';

export function verdictForm(c: Ctx, path: Path, at: string, round: RoundOf<'verdict'>): Child[] {
  return [
    textField(c, c.t.claimText, [...path, 'claim'], `${at}.claim`, round.claim, LIMITS.prompt),
    textField(c, c.t.scalePrompt, [...path, 'scalePrompt'], `${at}.scalePrompt`, round.scalePrompt, LIMITS.prompt),
    h('p', { class: 'help' }, c.t.scaleHelp),
    ...problemLines(c, problemsAt(c, `${at}.scale`)).lines,
    ...listOf(round.scale).map((stop, i) => {
      const sp = [...path, 'scale', i];
      const sat = `${at}.scale[${i}]`;
      return h(
        'fieldset',
        { class: 'option stop', 'data-stop': String(i) },
        h('legend', {}, c.t.scaleStop(i + 1)),
        textField(c, c.t.scaleLabel, [...sp, 'label'], `${sat}.label`, stop.label, LIMITS.option),
        verdictSelect(c, [...sp, 'verdict'], stop.verdict, `${sat}.verdict`),
        evidencePicker(c, [...sp, 'evidence'], stop.evidence, `${sat}.evidence`),
        textField(c, c.t.explanation, [...sp, 'explanation'], `${sat}.explanation`, stop.explanation, LIMITS.explanation, true),
        ...leftOver(c, sat),
      );
    }),
    cardsForm(c, path, at, listOf(round.cards), LIST_SIZES.verdictCards, c.t.cardBearingsVerdict),
    quoteSelect(c, c.t.verdictCounter, [...path, 'counter'], `${at}.counter`, round.counter),
  ];
}
