/**
 * The studio's questions step: a form per question and, inside it, a form per round of the
 * kinds the studio writes (choice, claim, who said it). Each field is bound to its path in
 * the draft; each problem the game's checks find is shown under the field it names.
 */
import type { Level, Round, Verdict } from '../core/pack/schema';
import { LIMITS } from '../core/pack/lint';
import { STUDIO_ROUNDS, type Path } from '../core/studio/rounds';
import { h, type Child } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import { problemLine } from './problems';
import type { StudioState, StudioStore } from './store';
import type { StudioActions } from './view';

const VERDICTS: readonly Verdict[] = ['supported', 'partial', 'unsupported', 'contradicted'];

interface Ctx {
  t: StudioStrings;
  s: StudioState;
  st: ReturnType<StudioStore['getState']>;
  /** The level's file: its problems are named by file and path. */
  file: string;
}

const domId = (path: Path) => path.join('-');

/** The problems of `file` at `path` exactly (`rounds[0].prompt`). */
function problemsAt(c: Ctx, path: string) {
  return c.s.check.errors.filter((e) => e.file === c.file && e.path === path);
}

/** A text field bound to `path` in the draft; `at` is the same place as the checks name it; `limit` shows a count as the author types. */
function textField(c: Ctx, label: string, path: Path, at: string, value: string, limit?: number, multiline = false): HTMLElement {
  const id = domId(path);
  const problems = problemsAt(c, at);
  const count = limit ? h('span', { class: 'count', id: `${id}-count`, 'data-over': String(value.length > limit) }, c.t.chars(value.length, limit)) : null;
  const control = h(multiline ? 'textarea' : 'input', {
    id,
    ...(multiline ? { rows: '3' } : { type: 'text', value }),
    'aria-invalid': problems.length > 0 ? 'true' : false,
    'aria-describedby':
      [...problems.map((p) => p.path), limit ? `${id}-count` : '']
        .filter(Boolean)
        .map((p) => (p === `${id}-count` ? p : `problem-${c.file}-${p}`.replace(/[^\w-]+/g, '-')))
        .join(' ') || false,
    oninput: (e: Event) => c.st.editAt(path, (e.target as HTMLInputElement).value),
  });
  if (multiline) control.textContent = value;
  return h('p', { class: 'field' }, h('label', { for: id }, label), control, count, ...problems.map((p) => problemLine(c.t, p)));
}

function verdictSelect(c: Ctx, path: Path, value: Verdict): HTMLElement {
  const id = domId(path);
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, c.t.verdict),
    h(
      'select',
      { id, onchange: (e: Event) => c.st.editAt(path, (e.target as HTMLSelectElement).value) },
      ...VERDICTS.map((v) => h('option', { value: v, selected: v === value }, c.t.verdicts[v])),
    ),
  );
}

/** The quotes as checkboxes: ticking one cites it. */
function evidencePicker(c: Ctx, path: Path, chosen: readonly string[], at: string): HTMLElement {
  const problems = c.s.check.errors.filter((e) => e.file === c.file && e.path.startsWith(at));
  return h(
    'fieldset',
    { class: 'evidence' },
    h('legend', {}, c.t.evidence),
    ...c.s.draft.manifest.quotes.map((q) => {
      const id = `${domId(path)}-${q.id}`;
      const speaker = c.s.draft.manifest.speakers.find((x) => x.id === q.speaker)?.name ?? q.speaker;
      return h(
        'p',
        {},
        h('input', {
          type: 'checkbox',
          id,
          checked: chosen.includes(q.id),
          onchange: (e: Event) => c.st.editAt(path, (e.target as HTMLInputElement).checked ? [...chosen, q.id] : chosen.filter((x) => x !== q.id)),
        }),
        h('label', { for: id }, `“${q.text}” — ${speaker}`),
      );
    }),
    ...problems.map((p) => problemLine(c.t, p)),
  );
}

function optionsForm(c: Ctx, path: Path, at: string, round: Extract<Round, { type: 'choice' | 'claim' }>): Child[] {
  return round.options.map((o, i) => {
    const op = [...path, 'options', i];
    const oat = `${at}.options[${i}]`;
    const claimLabel = round.type === 'claim' ? c.t.claimAnswer[o.id as keyof StudioStrings['claimAnswer']] : null;
    return h(
      'fieldset',
      { class: 'option', 'data-option': String(i) },
      h('legend', {}, claimLabel ?? c.t.option(i + 1)),
      round.type === 'choice' ? textField(c, c.t.optionText, [...op, 'text'], `${oat}.text`, (o as { text: string }).text, LIMITS.option) : null,
      verdictSelect(c, [...op, 'verdict'], o.verdict),
      evidencePicker(c, [...op, 'evidence'], o.evidence, `${oat}.evidence`),
      textField(c, c.t.explanation, [...op, 'explanation'], `${oat}.explanation`, o.explanation, LIMITS.explanation, true),
    );
  });
}

function whoForm(c: Ctx, path: Path, at: string, round: Extract<Round, { type: 'who' }>): Child[] {
  const id = domId([...path, 'quote']);
  const quotes = c.s.draft.manifest.quotes;
  return [
    h(
      'p',
      { class: 'field' },
      h('label', { for: id }, c.t.whoQuote),
      h(
        'select',
        { id, onchange: (e: Event) => c.st.editAt([...path, 'quote'], (e.target as HTMLSelectElement).value) },
        h('option', { value: '', selected: !round.quote }, c.t.chooseQuote),
        ...quotes.map((q) => h('option', { value: q.id, selected: q.id === round.quote }, `“${q.text}”`)),
      ),
      ...problemsAt(c, `${at}.quote`).map((p) => problemLine(c.t, p)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, c.t.whoSpeakers),
      ...c.s.draft.manifest.speakers.map((sp) => {
        const sid = `${domId([...path, 'speakers'])}-${sp.id}`;
        return h(
          'p',
          {},
          h('input', {
            type: 'checkbox',
            id: sid,
            checked: round.speakers.includes(sp.id),
            onchange: (e: Event) =>
              c.st.editAt(
                [...path, 'speakers'],
                (e.target as HTMLInputElement).checked ? [...round.speakers, sp.id] : round.speakers.filter((x) => x !== sp.id),
              ),
          }),
          h('label', { for: sid }, sp.name),
        );
      }),
      ...c.s.check.errors.filter((e) => e.file === c.file && e.path.startsWith(`${at}.speakers`)).map((p) => problemLine(c.t, p)),
    ),
    textField(c, c.t.explanation, [...path, 'explanation'], `${at}.explanation`, round.explanation, LIMITS.explanation, true),
  ];
}

function roundForm(c: Ctx, level: number, index: number, round: Round): HTMLElement {
  const path: Path = ['levels', level, 'rounds', index];
  const at = `rounds[${index}]`;
  const kind = round.type as (typeof STUDIO_ROUNDS)[number];
  const body =
    round.type === 'choice' || round.type === 'claim'
      ? [
          round.type === 'claim' ? textField(c, c.t.claimText, [...path, 'claim'], `${at}.claim`, round.claim, LIMITS.prompt) : null,
          ...optionsForm(c, path, at, round),
        ]
      : round.type === 'who'
        ? whoForm(c, path, at, round)
        : [];
  return h(
    'section',
    { class: 'round', 'data-round': `${level}-${index}`, 'aria-labelledby': `${domId(path)}-title` },
    h('h4', { id: `${domId(path)}-title` }, c.t.round(index + 1, c.t.roundKind[kind] ?? round.type)),
    textField(c, c.t.prompt, [...path, 'prompt'], `${at}.prompt`, round.prompt, LIMITS.prompt),
    ...body,
    h('button', { type: 'button', onclick: () => c.st.removeAt(path) }, c.t.removeRound),
  );
}

function levelForm(t: StudioStrings, s: StudioState, st: Ctx['st'], level: Level, i: number, act: StudioActions): HTMLElement {
  const c: Ctx = { t, s, st, file: `${level.id}.json` };
  const path: Path = ['levels', i];
  return h(
    'section',
    { class: 'level', 'data-level': String(i), 'aria-labelledby': `level-${i}-title` },
    h('h3', { id: `level-${i}-title` }, t.level(i + 1, level.title)),
    textField(c, t.levelTitle, [...path, 'title'], 'title', level.title),
    textField(c, t.levelQuestion, [...path, 'question'], 'question', level.question, LIMITS.prompt),
    textField(c, t.levelContext, [...path, 'context'], 'context', level.context, LIMITS.explanation, true),
    ...problemsAt(c, 'rounds').map((p) => problemLine(t, p)),
    ...level.rounds.map((r, ri) => roundForm(c, i, ri, r)),
    h(
      'p',
      { class: 'add-round' },
      ...STUDIO_ROUNDS.map((k) => h('button', { type: 'button', 'data-add-round': `${i}-${k}`, onclick: () => st.addRound(i, k) }, t.addRound(t.roundKind[k]))),
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
  return [
    s.check.errors.length > 0 && s.draft.levels.length > 0 ? h('p', { id: 'play-blocked' }, t.playBlocked) : null,
    ...s.draft.levels.map((l, i) => levelForm(t, s, st, l, i, act)),
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
  ];
}
