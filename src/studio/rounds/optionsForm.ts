/** The answers of a round scored by its options' verdicts (choice, claim, pick-all): each one's words, verdict, evidence and why. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import { blankOption, type Path } from '../../core/studio/rounds';
import { h, type Child } from '../../services/dom';
import type { StudioStrings } from '../../i18n/studioStrings';
import { addButton, evidencePicker, leftOver, listOf, problemLines, problemsAt, removeButton, textField, verdictSelect, type Ctx } from '../fields';

type Scored = RoundOf<'choice' | 'claim' | 'multi'>;

/** `size` lets the author add and remove answers within it; a claim round's three answers are fixed. */
export function optionsForm(c: Ctx, path: Path, at: string, round: Scored, size?: { min: number; max: number }): Child[] {
  const list = [...path, 'options'];
  const options = listOf(round.options as readonly Scored['options'][number][]);
  return [
    // Problems of the answers together ("no option is supported"), where the answers begin.
    ...problemLines(c, problemsAt(c, `${at}.options`)).lines,
    ...options.map((o, i) => {
      const op = [...list, i];
      const oat = `${at}.options[${i}]`;
      const claimLabel = round.type === 'claim' ? c.t.claimAnswer[o.id as keyof StudioStrings['claimAnswer']] : null;
      return h(
        'fieldset',
        { class: 'option', 'data-option': String(i) },
        h('legend', {}, claimLabel ?? c.t.option(i + 1)),
        'text' in o ? textField(c, c.t.optionText, [...op, 'text'], `${oat}.text`, o.text, LIMITS.option) : null,
        verdictSelect(c, [...op, 'verdict'], o.verdict, `${oat}.verdict`),
        evidencePicker(c, [...op, 'evidence'], o.evidence, `${oat}.evidence`),
        textField(c, c.t.explanation, [...op, 'explanation'], `${oat}.explanation`, o.explanation, LIMITS.explanation, true),
        ...leftOver(c, oat),
        size ? removeButton(c, c.t.optionRemove(i + 1), op, options.length, size.min) : null,
      );
    }),
    size ? addButton(c, c.t.optionAdd, list, options.length, size.max, () => blankOption(options.map((o) => o.id))) : null,
  ];
}
