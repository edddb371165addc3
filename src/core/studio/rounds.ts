/**
 * The studio's edits to questions and rounds: a new question, a round of a kind from its
 * template, and one setter for any field by its path in the draft. Templates fill what a round
 * of that kind needs with blanks for the author; the checks then say what is still missing.
 * Every option, stop and card of a template starts the same (one verdict, one bearing), so no
 * place in a list gives the answer away.
 */
import { CLAIM_ANSWERS } from '../rules/choices';
import type { DebateCard, Level, Poll, Round, RoundOf, ScalePosition } from '../pack/schema';
import { idFrom, type Draft } from './draft';

/** The round kinds the studio has a form for: every kind the game has. */
export const STUDIO_ROUNDS = ['choice', 'claim', 'who', 'multi', 'stronger', 'verdict', 'whoswho', 'case', 'rebuttal'] as const;
export type StudioRound = (typeof STUDIO_ROUNDS)[number];

/** How many items each list an author grows may hold, as the game's schemas allow. */
export const LIST_SIZES = {
  choice: { min: 3, max: 4 },
  multi: { min: 3, max: 6 },
  rebuttal: { min: 3, max: 4 },
  caseCards: { min: 5, max: 6 },
  verdictCards: { min: 5, max: 8 },
  poll: { min: 2, max: 4 },
} as const;

/** A verdict scale's four stops, from one end to the other. */
export const SCALE_STOPS: readonly ScalePosition[] = ['feasible-now', 'with-changes', 'open', 'fantasy'];

export type Path = readonly (string | number)[];

/** `value` set at `path` in `target`, copying each object on the way (the draft is never changed in place). */
export function setIn<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const here = target as unknown as Record<string | number, unknown>;
  const copy = (Array.isArray(target) ? [...target] : { ...here }) as Record<string | number, unknown>;
  copy[head!] = setIn(here?.[head!], rest, value);
  return copy as T;
}

function getIn(target: unknown, path: Path): unknown {
  let here = target;
  for (const p of path) here = (here as Record<string | number, unknown> | undefined)?.[p];
  return here;
}

/** `item` added at the end of the list at `path` (a list that is not there yet is started). */
export function appendAt<T>(target: T, path: Path, item: unknown): T {
  const list = getIn(target, path);
  return setIn(target, path, [...(Array.isArray(list) ? list : []), item]);
}

/** The item at `path` taken out of its list, or the field at `path` out of its object (the pack's poll). */
export function removeAt<T>(target: T, path: Path): T {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const held = getIn(target, parent);
  if (Array.isArray(held)) {
    return setIn(
      target,
      parent,
      held.filter((_, i) => i !== last),
    );
  }
  const { [last]: _gone, ...rest } = (held ?? {}) as Record<string | number, unknown>;
  return setIn(target, parent, rest);
}

/** The first letter not yet an id in `taken` (options are a, b, c…). */
function letterId(taken: Iterable<string>): string {
  const used = new Set(taken);
  return [...'abcdefghijklmnopqrstuvwxyz'].find((l) => !used.has(l)) ?? idFrom('option', used);
}

/** A blank answer of a choice or pick-all round. */
export function blankOption(taken: Iterable<string>) {
  return { id: letterId(taken), text: '', verdict: 'unsupported' as const, evidence: [] as string[], explanation: '' };
}

/** A blank answer of a rebuttal round: a quote, chosen by the author. */
export function blankRebuttalOption(taken: Iterable<string>) {
  return { id: letterId(taken), quote: '', verdict: 'unsupported' as const, explanation: '' };
}

/** A blank debate card: a quote to choose, pointing neither way until the author says. */
export function blankCard(taken: Iterable<string>): DebateCard {
  return { id: idFrom('card', taken), quote: '', relevance: 'on-point', bearing: 'neutral', strength: 'moderate', reason: '' };
}

export function blankPollOption(taken: Iterable<string>): Poll['options'][number] {
  return { id: letterId(taken), text: '' };
}

/** A class poll with its question and two answers to write. */
export function blankPoll(): Poll {
  const a = blankPollOption([]);
  return { question: '', options: [a, blankPollOption([a.id])] };
}

function many<T>(n: number, make: (taken: string[]) => T & { id: string }): T[] {
  const out: (T & { id: string })[] = [];
  for (let i = 0; i < n; i++) out.push(make(out.map((o) => o.id)));
  return out;
}

type Template = { [K in StudioRound]: (id: string, from: string) => Omit<RoundOf<K>, 'prompt'> & { prompt: string } };

const TEMPLATES: Template = {
  choice: (id) => ({ id, type: 'choice', prompt: '', options: many(4, blankOption) }),
  // The article's own sentence is the claim; which answer is right is the author's call.
  claim: (id, from) => ({
    id,
    type: 'claim',
    prompt: 'What does the article say?',
    claim: from,
    options: CLAIM_ANSWERS.map((a) => ({ id: a, verdict: 'unsupported' as const, evidence: [], explanation: '' })),
  }),
  who: (id, from) => ({ id, type: 'who', prompt: 'Who said it?', quote: from, speakers: [], explanation: '' }),
  multi: (id) => ({ id, type: 'multi', prompt: '', options: many(4, blankOption) }),
  stronger: (id, from) => ({ id, type: 'stronger', prompt: '', claim: from, favours: 'expert', speakers: [], evidence: [], explanation: '' }),
  verdict: (id, from) => ({
    id,
    type: 'verdict',
    prompt: '',
    claim: from,
    scalePrompt: '',
    scale: SCALE_STOPS.map((stop) => ({ id: stop, label: '', verdict: 'unsupported' as const, explanation: '', evidence: [] })),
    cards: many(LIST_SIZES.verdictCards.min, blankCard),
    counter: '',
  }),
  whoswho: (id) => ({ id, type: 'whoswho', prompt: '', quotes: [], speakers: [], explanation: '' }),
  case: (id, from) => ({
    id,
    type: 'case',
    prompt: '',
    claim: from,
    cards: many(LIST_SIZES.caseCards.min, blankCard),
    experts: { view: 'open', explanation: '', evidence: [] },
  }),
  rebuttal: (id) => ({ id, type: 'rebuttal', prompt: '', opponent: { name: '', line: '' }, options: many(3, blankRebuttalOption) }),
};

export function addLevel(d: Draft, title: string): { draft: Draft; index: number } {
  const id = idFrom(
    title || 'question',
    d.levels.map((l) => l.id),
  );
  const level = { id, title, question: '', context: '', rounds: [] } as unknown as Level;
  return { draft: { ...d, levels: [...d.levels, level] }, index: d.levels.length };
}

/** A round of `kind` from its template; `from` is the quote a who-said-it round asks about, or the sentence a claim (stronger, case, verdict) round tests. */
export function roundFrom(kind: StudioRound, taken: Iterable<string>, from = ''): Round {
  const id = idFrom(`${kind} ${from}`, taken);
  return TEMPLATES[kind](id, from) as unknown as Round;
}

export function addRound(d: Draft, level: number, kind: StudioRound, from = ''): Draft {
  const l = d.levels[level];
  if (!l) return d;
  const round = roundFrom(
    kind,
    l.rounds.map((r) => r.id),
    from,
  );
  // A who-said-it round offers the quote's own speaker first; the author adds the others.
  if (kind === 'who' && from) {
    const q = d.manifest.quotes.find((x) => x.id === from);
    if (q) (round as RoundOf<'who'>).speakers = [q.speaker];
  }
  return setIn(d, ['levels', level, 'rounds'], [...l.rounds, round]);
}
