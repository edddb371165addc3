/**
 * The studio's questions step: a form per question and, inside it, a form per round, one for
 * every kind the game has (each in its own module under rounds/), then the pack's class poll.
 * Each field is bound to its path in the draft; each problem the game's checks find is shown
 * under the field it names, and whatever no field names is shown at the end of its round or
 * question, so none is only in the checks' list.
 */
import type { PackIssue } from '../core/pack/issues';
import type { Level, Round, RoundOf } from '../core/pack/schema';
import { LIMITS } from '../core/pack/lint';
import { STUDIO_ROUNDS, type Path, type StudioRound } from '../core/studio/rounds';
import { h, type Child } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import { domId, leftOver, listOf, problemLines, problemsAt, textField, type Ctx } from './fields';
import type { StudioState, StudioStore } from './store';
import type { StudioActions } from './view';
import { caseForm } from './rounds/caseForm';
import { choiceForm } from './rounds/choiceForm';
import { claimForm } from './rounds/claimForm';
import { multiForm } from './rounds/multiForm';
import { pollForm } from './rounds/pollForm';
import { rebuttalForm } from './rounds/rebuttalForm';
import { strongerForm } from './rounds/strongerForm';
import { verdictForm } from './rounds/verdictForm';
import { whoForm } from './rounds/whoForm';
import { whoswhoForm } from './rounds/whoswhoForm';

/** Each kind's own fields, below the prompt every round has; a kind missing here fails to compile. */
const ROUND_FORMS: { readonly [K in StudioRound]: (c: Ctx, path: Path, at: string, round: RoundOf<K>) => Child[] } = {
  choice: choiceForm,
  claim: claimForm,
  who: whoForm,
  multi: multiForm,
  stronger: strongerForm,
  verdict: verdictForm,
  whoswho: whoswhoForm,
  case: caseForm,
  rebuttal: rebuttalForm,
};

const kindName = (t: StudioStrings, kind: StudioRound): string => ({ ...t.roundKind, ...t.kindForm })[kind];

function roundForm(c: Ctx, level: number, index: number, round: Round): HTMLElement {
  const path: Path = ['levels', level, 'rounds', index];
  const at = `rounds[${index}]`;
  const kind = round.type as StudioRound;
  const form = ROUND_FORMS[kind] as ((c: Ctx, path: Path, at: string, round: Round) => Child[]) | undefined;
  return h(
    'section',
    { class: 'round', 'data-round': `${level}-${index}`, 'data-kind': round.type, 'aria-labelledby': `${domId(path)}-title` },
    h('h4', { id: `${domId(path)}-title` }, c.t.round(index + 1, form ? kindName(c.t, kind) : round.type)),
    textField(c, c.t.prompt, [...path, 'prompt'], `${at}.prompt`, round.prompt, LIMITS.prompt),
    ...(form ? form(c, path, at, round) : []),
    ...leftOver(c, at),
    h('button', { type: 'button', class: 'remove', onclick: () => c.st.removeAt(path) }, c.t.removeRound),
  );
}

function levelForm(c: Ctx, s: StudioState, level: Level, i: number, act: StudioActions): HTMLElement {
  const { t, st } = c;
  const path: Path = ['levels', i];
  return h(
    'section',
    { class: 'level', 'data-level': String(i), 'aria-labelledby': `level-${i}-title` },
    h('h3', { id: `level-${i}-title` }, t.level(i + 1, level.title)),
    textField(c, t.levelTitle, [...path, 'title'], 'title', level.title),
    textField(c, t.levelQuestion, [...path, 'question'], 'question', level.question, LIMITS.prompt),
    textField(c, t.levelContext, [...path, 'context'], 'context', level.context, LIMITS.explanation, true),
    ...problemLines(c, problemsAt(c, 'rounds')).lines,
    ...listOf(level.rounds).map((r, ri) => roundForm(c, i, ri, r)),
    // What no field of the question claims (its id, the file itself), at its end.
    ...problemLines(
      c,
      s.check.errors.filter((e) => e.file === c.file && !c.shown.has(e)),
    ).lines,
    h(
      'p',
      { class: 'add-round' },
      ...STUDIO_ROUNDS.map((k) => h('button', { type: 'button', 'data-add-round': `${i}-${k}`, onclick: () => st.addRound(i, k) }, t.addRound(kindName(t, k)))),
    ),
    h(
      'button',
      {
        type: 'button',
        'data-play-level': String(i),
        'aria-disabled': String(s.check.errors.length > 0),
        'aria-describedby': s.check.errors.length > 0 ? 'play-blocked' : false,
        onclick: () => act.playLevel(i),
      },
      t.playNow,
    ),
  );
}

export function levelsStep(t: StudioStrings, s: StudioState, store: StudioStore, act: StudioActions): Child[] {
  const st = store.getState();
  // One record of the problems shown, for the whole step: each is shown once, each line's id is its own.
  const shown = new Set<PackIssue>();
  const ids = new Set<string>();
  const ctx = (file: string): Ctx => ({ t, s, st, file, shown, ids });
  return [
    s.check.errors.length > 0 && s.draft.levels.length > 0 ? h('p', { id: 'play-blocked' }, t.playBlocked) : null,
    ...s.draft.levels.map((l, i) => levelForm(ctx(`${l.id}.json`), s, l, i, act)),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'new-level' }, t.levelTitle),
      h('input', {
        type: 'text',
        id: 'new-level',
        value: s.form.levelTitle,
        oninput: (e: Event) => st.setForm({ levelTitle: (e.target as HTMLInputElement).value }),
      }),
    ),
    h('button', { type: 'button', 'data-action': 'add-level', onclick: () => st.addLevelFromForm() }, t.addLevel),
    pollForm(ctx('pack.json')),
  ];
}
