/** "Answer an opponent": a made-up opponent's name and claim, and three or four quotes offered as the answer, each with its verdict and why. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import { blankRebuttalOption, LIST_SIZES, type Path } from '../../core/studio/rounds';
import { h, type Child } from '../../services/dom';
import { addButton, leftOver, listOf, problemLines, problemsAt, quoteSelect, removeButton, textField, verdictSelect, type Ctx } from '../fields';

export function rebuttalForm(c: Ctx, path: Path, at: string, round: RoundOf<'rebuttal'>): Child[] {
  const list = [...path, 'options'];
  const { min, max } = LIST_SIZES.rebuttal;
  const options = listOf(round.options);
  return [
    h(
      'fieldset',
      { class: 'opponent' },
      h('legend', {}, c.t.rebuttalOpponent),
      textField(c, c.t.rebuttalName, [...path, 'opponent', 'name'], `${at}.opponent.name`, round.opponent?.name),
      textField(c, c.t.rebuttalLine, [...path, 'opponent', 'line'], `${at}.opponent.line`, round.opponent?.line, LIMITS.prompt, true),
      ...leftOver(c, `${at}.opponent`),
    ),
    ...problemLines(c, problemsAt(c, `${at}.options`)).lines,
    ...options.map((o, i) => {
      const op = [...list, i];
      const oat = `${at}.options[${i}]`;
      return h(
        'fieldset',
        { class: 'option', 'data-option': String(i) },
        h('legend', {}, c.t.option(i + 1)),
        quoteSelect(c, c.t.rebuttalQuote, [...op, 'quote'], `${oat}.quote`, o.quote),
        verdictSelect(c, [...op, 'verdict'], o.verdict, `${oat}.verdict`),
        textField(c, c.t.explanation, [...op, 'explanation'], `${oat}.explanation`, o.explanation, LIMITS.explanation, true),
        ...leftOver(c, oat),
        removeButton(c, c.t.optionRemove(i + 1), op, options.length, min),
      );
    }),
    addButton(c, c.t.optionAdd, list, options.length, max, () => blankRebuttalOption(options.map((o) => o.id))),
  ];
}
