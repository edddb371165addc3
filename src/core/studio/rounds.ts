/**
 * The studio's edits to questions and rounds: a new question, a round of a kind from its
 * template, and one setter for any field by its path in the draft. Templates fill what a round
 * of that kind needs with blanks for the author; the checks then say what is still missing.
 */
import { CLAIM_ANSWERS } from '../rules/choices';
import type { Level, Round } from '../pack/schema';
import { idFrom, type Draft } from './draft';

/** The round kinds the studio has a form for. */
export const STUDIO_ROUNDS = ['choice', 'claim', 'who'] as const;
export type StudioRound = (typeof STUDIO_ROUNDS)[number];

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

export function addLevel(d: Draft, title: string): { draft: Draft; index: number } {
  const id = idFrom(
    title || 'question',
    d.levels.map((l) => l.id),
  );
  const level = { id, title, question: '', context: '', rounds: [] } as unknown as Level;
  return { draft: { ...d, levels: [...d.levels, level] }, index: d.levels.length };
}

/** A round of `kind` from its template; `from` is the quote a who-said-it round asks about, or the sentence a claim round tests. */
export function roundFrom(kind: StudioRound, taken: Iterable<string>, from = ''): Round {
  const id = idFrom(`${kind} ${from}`, taken);
  const blank = { text: '', verdict: 'unsupported', evidence: [], explanation: '' };
  switch (kind) {
    case 'choice':
      return { id, type: 'choice', prompt: '', options: ['a', 'b', 'c', 'd'].map((o) => ({ ...blank, id: o })) } as unknown as Round;
    case 'claim':
      // The article's own sentence is the claim; which answer is right is the author's call.
      return {
        id,
        type: 'claim',
        prompt: 'What does the article say?',
        claim: from,
        options: CLAIM_ANSWERS.map((a) => ({ id: a, verdict: 'unsupported', evidence: [], explanation: '' })),
      } as unknown as Round;
    case 'who':
      return { id, type: 'who', prompt: 'Who said it?', quote: from, speakers: [], explanation: '' } as unknown as Round;
  }
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
    if (q) (round as Extract<Round, { type: 'who' }>).speakers = [q.speaker];
  }
  return setIn(d, ['levels', level, 'rounds'], [...l.rounds, round]);
}

export function removeAt<T>(target: T, path: Path): T {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1] as number;
  let list: unknown = target;
  for (const p of parent) list = (list as Record<string | number, unknown>)[p];
  return setIn(
    target,
    parent,
    (list as unknown[]).filter((_, i) => i !== last),
  );
}
