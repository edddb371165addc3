/**
 * The studio's assistant without a network: the text a teacher copies into an AI tool of their
 * choice (the rules, the pack format as JSON Schema, the article, the pack so far), and the
 * reading of its answer. The answer is never trusted: each speaker, quote and question in it is
 * checked on its own by the game's own schema and validator, so one bad quote is refused and
 * the rest can still be added, and nothing joins the draft until the author says so.
 */
import { z } from 'zod';
import { jsonSchemas } from '../pack/jsonSchema';
import { LIMITS } from '../pack/fileLimits';
import { formatPath, type PackIssue } from '../pack/issues';
import { Quote, Speaker, type Level } from '../pack/schema';
import { levelIssues, quoteIssues } from '../pack/validate';
import { draftFiles, type Draft } from './draft';

/** The words around the machine-made parts, in the teacher's language (src/i18n/studioStrings*.ts). */
export interface AssistantWords {
  /** The task and the rules. */
  assistantRules: string;
  answerFormat: string;
  schemaHeading: string;
  articleHeading: string;
  packHeading: string;
}

/** The one text to paste into an assistant. */
export function assistantPrompt(d: Draft, words: AssistantWords): string {
  const schemas = jsonSchemas();
  const files = draftFiles(d);
  const { [d.manifest.source.file || 'source.md']: _source, ...packSoFar } = files;
  return [
    words.assistantRules,
    words.answerFormat,
    `## ${words.schemaHeading}`,
    '```json',
    JSON.stringify({ 'pack.json': schemas['pack.schema.json'], 'level.json': schemas['level.schema.json'] }),
    '```',
    `## ${words.articleHeading}`,
    d.source.trim(),
    `## ${words.packHeading}`,
    '```json',
    JSON.stringify(Object.fromEntries(Object.entries(packSoFar).map(([name, text]) => [name, JSON.parse(text) as unknown])), null, 1),
    '```',
  ].join('\n\n');
}

export type AssistantItemKind = 'speaker' | 'quote' | 'level';

export interface AssistantItem {
  kind: AssistantItemKind;
  /** The item as the answer gives it (parsed by the schema where it passed). */
  value: unknown;
  /** What the author is shown: a speaker's name, a quote's words, a question's title. */
  label: string;
  /** Why it cannot be added, in the validator's words; empty when it can. */
  problems: string[];
  /** Already in the draft, the same: nothing to add. */
  known?: boolean;
}

export type AssistantReading = { ok: true; items: AssistantItem[] } | { ok: false; message: string };

const Answer = z.looseObject({
  speakers: z.array(z.unknown()).max(200).optional(),
  quotes: z.array(z.unknown()).max(500).optional(),
  levels: z.array(z.unknown()).max(50).optional(),
});

/** The JSON in an answer: the whole text, or the first fenced block, or from the first `{` to the last `}`. */
function jsonIn(text: string): unknown {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text)?.[1];
  for (const candidate of [text, fenced, text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)]) {
    if (!candidate?.trim()) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // the next way of finding it
    }
  }
  return undefined;
}

const messages = (issues: readonly { path: PropertyKey[]; message: string }[]) => issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
const issueText = (issues: readonly PackIssue[]) => issues.map((i) => (i.path === '(root)' ? i.message : `${i.path}: ${i.message}`));
const textOf = (v: unknown, key: string) =>
  v && typeof v === 'object' && typeof (v as Record<string, unknown>)[key] === 'string' ? String((v as Record<string, unknown>)[key]) : '';

/**
 * Each speaker, quote and question of a pasted answer with what the validator says of it, read
 * against the draft and the answer's own earlier items (a quote may name a speaker the answer
 * adds; a question may cite its quotes). A refused item makes nothing after it pass by accident:
 * what cites it is refused too, naming it.
 */
export function readAssistantAnswer(d: Draft, text: string): AssistantReading {
  if (text.length > LIMITS.fileBytes) return { ok: false, message: `the answer is too long (${text.length} characters; at most ${LIMITS.fileBytes})` };
  const parsed = Answer.safeParse(jsonIn(text));
  if (!parsed.success) return { ok: false, message: 'no JSON object with "speakers", "quotes" or "levels" was found in the answer' };
  const file = d.manifest.source.file || 'source.md';
  const items: AssistantItem[] = [];
  const speakers = [...d.manifest.speakers];
  const quotes = [...d.manifest.quotes];

  for (const raw of parsed.data.speakers ?? []) {
    const r = Speaker.safeParse(raw);
    const label = textOf(raw, 'name') || textOf(raw, 'id');
    if (!r.success) {
      items.push({ kind: 'speaker', value: raw, label, problems: messages(r.error.issues) });
      continue;
    }
    const same = speakers.find((s) => s.id === r.data.id);
    if (same) {
      const known = same.name === r.data.name;
      items.push({ kind: 'speaker', value: r.data, label, problems: known ? [] : [`the id "${r.data.id}" is already ${same.name}'s`], known });
      continue;
    }
    speakers.push(r.data);
    items.push({ kind: 'speaker', value: r.data, label, problems: [] });
  }

  const speakerIds = new Set(speakers.map((s) => s.id));
  for (const raw of parsed.data.quotes ?? []) {
    const r = Quote.safeParse(raw);
    const label = textOf(raw, 'text') || textOf(raw, 'id');
    if (!r.success) {
      items.push({ kind: 'quote', value: raw, label, problems: messages(r.error.issues) });
      continue;
    }
    const same = quotes.find((q) => q.id === r.data.id);
    if (same) {
      const known = same.text === r.data.text && same.speaker === r.data.speaker;
      items.push({ kind: 'quote', value: r.data, label, problems: known ? [] : [`the id "${r.data.id}" is already another quote's`], known });
      continue;
    }
    const problems = issueText(quoteIssues(r.data, quotes.length, speakerIds, d.source, file)).map((m) => m.replace(/^quotes\[\d+\]\.\w+: /, ''));
    if (problems.length === 0) quotes.push(r.data);
    items.push({ kind: 'quote', value: r.data, label, problems });
  }

  const takenLevels = new Set(d.levels.map((l) => l.id));
  for (const raw of parsed.data.levels ?? []) {
    const id = textOf(raw, 'id');
    const label = textOf(raw, 'title') || id;
    const problems = issueText(levelIssues(raw, `${id || 'level'}.json`, { speakers, quotes, source: d.manifest.source }, d.source));
    const same = d.levels.find((l) => l.id === id);
    if (same && JSON.stringify(same) === JSON.stringify(raw)) {
      items.push({ kind: 'level', value: raw, label, problems: [], known: true });
      continue;
    }
    if (id && takenLevels.has(id)) problems.unshift(`the id "${id}" is already a question's`);
    if (problems.length === 0) takenLevels.add(id);
    items.push({ kind: 'level', value: raw as Level, label, problems });
  }
  return { ok: true, items };
}

/** Every string anywhere in a value: the ids a question cites, wherever its kind keeps them. */
function stringsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * The draft with the chosen items added, and with them what they need from the same answer: a
 * quote brings its speaker, a question the quotes it cites. Items with problems, or in the draft
 * already, are never added.
 */
export function addAssistantItems(d: Draft, items: readonly AssistantItem[], chosen: readonly number[]): Draft {
  const addable = (i: AssistantItem | undefined): i is AssistantItem => !!i && i.problems.length === 0 && !i.known;
  const take = new Set(chosen.map((n) => items[n]).filter(addable));
  const idOf = (i: AssistantItem) => (i.value as { id: string }).id;
  const needs = (kind: AssistantItemKind, ids: Set<string>) =>
    items.filter((i) => addable(i) && i.kind === kind && ids.has(idOf(i))).forEach((i) => take.add(i));
  needs('quote', stringsIn([...take].filter((i) => i.kind === 'level').map((i) => i.value)));
  needs('speaker', new Set([...take].filter((i) => i.kind === 'quote').map((i) => (i.value as Quote).speaker)));
  const of = (kind: AssistantItemKind) => items.filter((i) => take.has(i) && i.kind === kind).map((i) => i.value);
  return {
    ...d,
    manifest: {
      ...d.manifest,
      speakers: [...d.manifest.speakers, ...(of('speaker') as Speaker[])],
      quotes: [...d.manifest.quotes, ...(of('quote') as Quote[])],
    },
    levels: [...d.levels, ...(of('level') as Level[])],
  };
}
