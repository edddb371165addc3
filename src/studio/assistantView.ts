/**
 * The studio's assistant step: the instructions to copy into an AI tool, the place to paste its
 * answer, and each item of the answer with what the checks say of it, added only on request.
 */
import { assistantPrompt, type AssistantItem } from '../core/studio/assistant';
import { h, type Child } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import type { StudioState, StudioStore } from './store';
import type { StudioActions } from './view';

export function assistantStep(t: StudioStrings, s: StudioState, store: StudioStore, act: StudioActions): Child[] {
  const st = store.getState();
  const prompt = assistantPrompt(s.draft, t);
  const reading = s.assistant.reading;
  return [
    h('p', {}, t.assistantIntro),
    h('button', { type: 'button', 'data-action': 'copy-instructions', onclick: () => act.copyText(prompt) }, t.copyInstructions),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'assistant-prompt' }, t.instructionsLabel),
      h('textarea', { id: 'assistant-prompt', rows: '6', readonly: true }, prompt),
    ),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'assistant-answer' }, t.answerLabel),
      h(
        'textarea',
        {
          id: 'assistant-answer',
          rows: '8',
          oninput: (e: Event) => st.setAssistantAnswer((e.target as HTMLTextAreaElement).value),
        },
        s.assistant.answer,
      ),
    ),
    h('button', { type: 'button', 'data-action': 'read-answer', onclick: () => st.readAssistantAnswer() }, t.readAnswer),
    reading && !reading.ok ? h('p', { class: 'problem', role: 'alert' }, reading.message) : null,
    reading?.ok ? answerList(t, reading.items, st) : null,
  ];
}

function answerList(t: StudioStrings, items: readonly AssistantItem[], st: ReturnType<StudioStore['getState']>): HTMLElement {
  const addable = items.some((i) => i.problems.length === 0 && !i.known);
  return h(
    'section',
    { 'aria-labelledby': 'answer-items' },
    h('h3', { id: 'answer-items' }, t.answerItems),
    h(
      'ul',
      { class: 'answer-items' },
      ...items.map((item, i) => {
        const state = item.problems.length > 0 ? 'refused' : item.known ? 'known' : 'new';
        const shown = item.kind === 'quote' ? `“${item.label}”` : item.label;
        return h(
          'li',
          { 'data-answer-item': item.kind, 'data-state': state },
          h('strong', {}, `${t.itemKind[item.kind]}: `),
          shown,
          state === 'refused'
            ? h('span', { class: 'problem' }, ` — ${t.refused}: ${item.problems.join('; ')}`)
            : state === 'known'
              ? ` — ${t.alreadyThere}`
              : ` — ${t.canAdd} `,
          state === 'new'
            ? h('button', { type: 'button', 'aria-label': `${t.addItem}: ${item.label}`, onclick: () => st.addFromAssistant([i]) }, t.addItem)
            : null,
        );
      }),
    ),
    addable ? h('button', { type: 'button', 'data-action': 'add-all-answer', onclick: () => st.addFromAssistant() }, t.addAllGood) : null,
  );
}
