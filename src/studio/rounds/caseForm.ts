/** "Make the case": the claim, the side to argue (or the players' choice), a hand of five or six cards, and what the experts' evidence supports. */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import { LIST_SIZES, type Path } from '../../core/studio/rounds';
import { h, type Child } from '../../services/dom';
import { choicesOf, evidencePicker, leftOver, listOf, selectField, textField, type Ctx } from '../fields';
import { cardsForm } from './cardsForm';

const STANCES = ['for', 'against'] as const;
const VIEWS = ['for', 'against', 'open'] as const;

export function caseForm(c: Ctx, path: Path, at: string, round: RoundOf<'case'>): Child[] {
  const ep = [...path, 'experts'];
  const stance = (v: string) => (v ? c.st.editAt([...path, 'stance'], v) : c.st.removeAt([...path, 'stance']));
  return [
    textField(c, c.t.claimText, [...path, 'claim'], `${at}.claim`, round.claim, LIMITS.prompt),
    selectField(c, c.t.caseStance, [...path, 'stance'], `${at}.stance`, round.stance ?? '', choicesOf(STANCES, c.t.caseStances), {
      blank: c.t.caseStances.choose,
      onChange: stance,
    }),
    cardsForm(c, path, at, listOf(round.cards), LIST_SIZES.caseCards, c.t.cardBearings),
    h(
      'fieldset',
      { class: 'experts' },
      h('legend', {}, c.t.caseExperts),
      selectField(c, c.t.caseExpertsView, [...ep, 'view'], `${at}.experts.view`, round.experts?.view, choicesOf(VIEWS, c.t.caseExpertsViews)),
      evidencePicker(c, [...ep, 'evidence'], round.experts?.evidence, `${at}.experts.evidence`),
      textField(c, c.t.explanation, [...ep, 'explanation'], `${at}.experts.explanation`, round.experts?.explanation, LIMITS.explanation, true),
      ...leftOver(c, `${at}.experts`),
    ),
  ];
}
