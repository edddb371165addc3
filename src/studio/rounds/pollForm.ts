/** The pack's class poll (pack.json): added or removed, its question and two to four answers. */
import { blankPoll, blankPollOption, LIST_SIZES, type Path } from '../../core/studio/rounds';
import { h } from '../../services/dom';
import { addButton, leftOver, listOf, problemLines, problemsAt, removeButton, textField, type Ctx } from '../fields';

export function pollForm(c: Ctx): HTMLElement {
  const poll = c.s.draft.manifest.poll;
  const path: Path = ['manifest', 'poll'];
  const { min, max } = LIST_SIZES.poll;
  return h(
    'section',
    { class: 'poll', 'aria-labelledby': 'poll-title' },
    h('h3', { id: 'poll-title' }, c.t.pollTitle),
    h('p', { class: 'help' }, c.t.pollHelp),
    ...(poll
      ? [
          textField(c, c.t.pollQuestion, [...path, 'question'], 'poll.question', poll.question),
          ...problemLines(c, problemsAt(c, 'poll.options')).lines,
          ...listOf(poll.options).map((o, i) =>
            h(
              'div',
              { class: 'poll-option', 'data-poll-option': String(i) },
              textField(c, c.t.pollOption(i + 1), [...path, 'options', i, 'text'], `poll.options[${i}].text`, o.text),
              ...leftOver(c, `poll.options[${i}]`),
              removeButton(c, c.t.pollOptionRemove(i + 1), [...path, 'options', i], listOf(poll.options).length, min),
            ),
          ),
          addButton(c, c.t.pollOptionAdd, [...path, 'options'], listOf(poll.options).length, max, () => blankPollOption(listOf(poll.options).map((o) => o.id))),
          ...leftOver(c, 'poll'),
          h('button', { type: 'button', 'data-action': 'remove-poll', onclick: () => c.st.removeAt(path) }, c.t.pollRemove),
        ]
      : [h('button', { type: 'button', 'data-action': 'add-poll', onclick: () => c.st.editAt(path, blankPoll()) }, c.t.pollAdd)]),
  );
}
