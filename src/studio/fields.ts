/**
 * The controls the questions step is made of: a text field, a list to choose from, a set of
 * boxes to tick, add and remove buttons. Each is bound to its path in the draft, labelled, and
 * shows the problems the game's checks find at the place it edits, tied to it
 * (aria-invalid, aria-describedby). A problem is shown once: the first control that claims it.
 */
import type { PackIssue } from '../core/pack/issues';
import type { Verdict } from '../core/pack/schema';
import type { Path } from '../core/studio/rounds';
import { h } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import { problemId, problemLine } from './problems';
import type { StudioState, StudioStore } from './store';

export const VERDICTS: readonly Verdict[] = ['supported', 'partial', 'unsupported', 'contradicted'];

export interface Ctx {
  t: StudioStrings;
  s: StudioState;
  st: ReturnType<StudioStore['getState']>;
  /** The file the fields' problems are named by: a level's, or pack.json. */
  file: string;
  /** The problems shown so far on the page, and the ids their lines took. */
  shown: Set<PackIssue>;
  ids: Set<string>;
}

export const domId = (path: Path) => path.join('-');

/** `path` is `at` or a place inside it (`rounds[0]` holds `rounds[0].options[1]`, not `rounds[01]`). */
export const isUnder = (path: string, at: string) => path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);

/** The problems of the field's file at `at` exactly, not yet shown. */
export function problemsAt(c: Ctx, at: string): PackIssue[] {
  return c.s.check.errors.filter((e) => e.file === c.file && e.path === at && !c.shown.has(e));
}

/** The problems at `at` or inside it, not yet shown. */
export function problemsUnder(c: Ctx, at: string): PackIssue[] {
  return c.s.check.errors.filter((e) => e.file === c.file && isUnder(e.path, at) && !c.shown.has(e));
}

/** A line for each problem, each with an id of its own on the page (two problems may share a place); they count as shown. */
export function problemLines(c: Ctx, problems: readonly PackIssue[]): { ids: string[]; lines: HTMLElement[] } {
  const ids: string[] = [];
  const lines = problems.map((p) => {
    c.shown.add(p);
    const line = problemLine(c.t, p);
    let id = problemId(p);
    for (let n = 2; c.ids.has(id); n++) id = `${problemId(p)}-${n}`;
    c.ids.add(id);
    line.id = id;
    ids.push(id);
    return line;
  });
  return { ids, lines };
}

const described = (ids: readonly string[]) => (ids.length > 0 ? ids.join(' ') : false);

/** A text field bound to `path` in the draft; `at` is the same place as the checks name it; `limit` shows a count as the author types. */
export function textField(c: Ctx, label: string, path: Path, at: string, given: string | undefined, limit?: number, multiline = false): HTMLElement {
  // A draft is kept as written: a field a file left out is shown empty.
  const value = typeof given === 'string' ? given : '';
  const id = domId(path);
  const { ids, lines } = problemLines(c, problemsAt(c, at));
  const count = limit ? h('span', { class: 'count', id: `${id}-count`, 'data-over': String(value.length > limit) }, c.t.chars(value.length, limit)) : null;
  const control = h(multiline ? 'textarea' : 'input', {
    id,
    ...(multiline ? { rows: '3' } : { type: 'text', value }),
    'aria-invalid': ids.length > 0 ? 'true' : false,
    'aria-describedby': described([...ids, ...(limit ? [`${id}-count`] : [])]),
    oninput: (e: Event) => c.st.editAt(path, (e.target as HTMLInputElement).value),
  });
  if (multiline) control.textContent = value;
  return h('p', { class: 'field' }, h('label', { for: id }, label), control, count, ...lines);
}

export interface SelectOptions {
  /** The first entry, standing for nothing chosen yet (value ''). */
  blank?: string;
  /** Instead of setting the value at `path`. */
  onChange?: (value: string) => void;
  /** The element id, when `path` is not the value's own place. */
  id?: string;
}

/** A list to choose one from, bound to `path`; `choices` are [value, words] pairs. */
export function selectField(
  c: Ctx,
  label: string,
  path: Path,
  at: string,
  value: string | undefined,
  choices: readonly (readonly [string, string])[],
  o: SelectOptions = {},
): HTMLElement {
  const id = o.id ?? domId(path);
  const { ids, lines } = problemLines(c, problemsAt(c, at));
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      {
        id,
        'aria-invalid': ids.length > 0 ? 'true' : false,
        'aria-describedby': described(ids),
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (o.onChange) o.onChange(v);
          else c.st.editAt(path, v);
        },
      },
      o.blank !== undefined ? h('option', { value: '', selected: !value }, o.blank) : null,
      ...choices.map(([v, words]) => h('option', { value: v, selected: v === value }, words)),
    ),
    ...lines,
  );
}

/** A record of words as a select's choices, in the order given. */
export const choicesOf = <K extends string>(keys: readonly K[], words: { readonly [P in K]: string }) => keys.map((k) => [k, words[k]] as const);

export function verdictSelect(c: Ctx, path: Path, value: Verdict, at = ''): HTMLElement {
  return selectField(c, c.t.verdict, path, at, value, choicesOf(VERDICTS, c.t.verdicts));
}

/** Boxes to tick, bound to the list of ids at `path`; `items` are [id, words] pairs. */
export function checkList(
  c: Ctx,
  legend: string,
  path: Path,
  at: string,
  given: readonly string[] | undefined,
  items: readonly (readonly [string, string])[],
): HTMLElement {
  // A list the file left out (evidence defaults to none) is an empty one.
  const chosen = Array.isArray(given) ? given : [];
  const { ids, lines } = problemLines(c, problemsUnder(c, at));
  return h(
    'fieldset',
    { class: 'checklist', 'aria-describedby': described(ids) },
    h('legend', {}, legend),
    ...items.map(([item, words]) => {
      const id = `${domId(path)}-${item}`;
      return h(
        'p',
        {},
        h('input', {
          type: 'checkbox',
          id,
          checked: chosen.includes(item),
          onchange: (e: Event) => c.st.editAt(path, (e.target as HTMLInputElement).checked ? [...chosen, item] : chosen.filter((x) => x !== item)),
        }),
        h('label', { for: id }, words),
      );
    }),
    ...lines,
  );
}

/** A quote as a list shows it: its words and who said them. */
export function quoteWords(c: Ctx, q: { text: string; speaker: string }): string {
  const speaker = c.s.draft.manifest.speakers.find((x) => x.id === q.speaker)?.name ?? q.speaker;
  return `“${q.text}” — ${speaker}`;
}

/** The quotes as checkboxes: ticking one cites it. */
export function evidencePicker(c: Ctx, path: Path, chosen: readonly string[] | undefined, at: string, legend = c.t.evidence): HTMLElement {
  const quotes = c.s.draft.manifest.quotes.map((q) => [q.id, quoteWords(c, q)] as const);
  return checkList(c, legend, path, at, chosen, quotes);
}

/** One quote chosen from the pack's, bound to `path`. */
export function quoteSelect(c: Ctx, label: string, path: Path, at: string, value: string | undefined): HTMLElement {
  const quotes = c.s.draft.manifest.quotes.map((q) => [q.id, quoteWords(c, q)] as const);
  return selectField(c, label, path, at, value, quotes, { blank: c.t.chooseQuote });
}

/** The speakers as [id, words] pairs: name, role and kind (rounds that weigh or sort them need all three). */
export function speakerItems(c: Ctx): (readonly [string, string])[] {
  return c.s.draft.manifest.speakers.map((sp) => [sp.id, `${sp.name}${sp.role ? `, ${sp.role}` : ''} (${c.t.kind[sp.kind]})`] as const);
}

/** Adds `make()` at the end of the list at `path`, while it holds fewer than `max`. */
export function addButton(c: Ctx, label: string, path: Path, length: number, max: number, make: () => unknown): HTMLElement | null {
  if (length >= max) return null;
  return h('button', { type: 'button', class: 'add', 'data-add': domId(path), onclick: () => c.st.appendAt(path, make()) }, label);
}

/** Takes the item at `path` out of its list, while the list holds more than `min`. */
export function removeButton(c: Ctx, label: string, path: Path, length: number, min: number): HTMLElement | null {
  if (length <= min) return null;
  return h('button', { type: 'button', class: 'remove', 'data-remove': domId(path), onclick: () => c.st.removeAt(path) }, label);
}

/** What no field of a part claimed: the problems left at `at` or inside it. */
export function leftOver(c: Ctx, at: string): HTMLElement[] {
  return problemLines(c, problemsUnder(c, at)).lines;
}

/** A list of the draft as written: one a file left out, or got wrong, is shown as none (the checks name it). */
export const listOf = <T>(x: readonly T[] | undefined): readonly T[] => (Array.isArray(x) ? x : []);
