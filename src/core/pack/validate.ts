import type { z } from 'zod';
import { Level, PackManifest, type Pack, type Quote } from './schema';
import { Checker, duplicates, type Refs } from './validateRounds';
import { checkRound } from '../rounds/schemas';
import { matchInSource, mismatchMessage } from './sourceText';
import { migrateManifest } from './migratePack';
import { LIMITS, jsonLimitIssue } from './bundle';
import { formatPath, type PackIssue } from './issues';
import { encodingIssues, stripBoms } from './encoding';
import { quoteShapeIssues } from './quoteBounds';
import { sourceControlIssues } from './textSafety';

export const MANIFEST_FILE = 'pack.json';

/** The files of one pack folder, by name relative to the folder, as text. */
export type PackFiles = Readonly<Record<string, string>>;

export type LoadResult = { ok: true; pack: Pack; issues: [] } | { ok: false; issues: PackIssue[] };

function parseJson(file: string, raw: string | undefined, issues: PackIssue[]): unknown {
  if (raw === undefined) {
    issues.push({ file, path: '(root)', message: 'file is missing from the pack folder' });
    return undefined;
  }
  const limit = jsonLimitIssue(file, raw);
  if (limit) {
    issues.push(limit);
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    issues.push({ file, path: '(root)', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function check<T>(schema: z.ZodType<T>, file: string, data: unknown, issues: PackIssue[]): T | undefined {
  // JSON never parses to undefined: parseJson has already reported the missing or broken file.
  if (data === undefined) return undefined;
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const i of r.error.issues) issues.push({ file, path: formatPath(i.path), message: i.message });
  return undefined;
}

/**
 * What a caller knows of the files already. `sourceChecked`: these very files passed every check
 * before (a stored pack whose packStamp, packHash.ts, still matches): the comparisons of quotes and
 * narration with the source, the costly part of a big pack, are skipped; the parse, the schema
 * and the references are checked as always.
 */
export interface LoadOptions {
  sourceChecked?: boolean;
}

/** Parses, schema-checks and cross-checks a pack folder. Never throws on bad content. */
export function loadPack(input: PackFiles, options: LoadOptions = {}): LoadResult {
  const compare = !options.sourceChecked;
  const files = stripBoms(input);
  const issues: PackIssue[] = encodingIssues(files);
  const migrated = migrateManifest(parseJson(MANIFEST_FILE, files[MANIFEST_FILE], issues));
  if (!migrated.ok) return { ok: false, issues: [{ file: MANIFEST_FILE, path: 'schemaVersion', message: migrated.message }] };
  const manifest = check(PackManifest, MANIFEST_FILE, migrated.manifest, issues);
  if (!manifest) return { ok: false, issues };

  const sourceText = files[manifest.source.file];
  if (sourceText !== undefined && sourceText.length > LIMITS.fileBytes) {
    return {
      ok: false,
      issues: [{ file: manifest.source.file, path: '(root)', message: `file is too large (${sourceText.length} bytes; at most ${LIMITS.fileBytes})` }],
    };
  }
  if (sourceText === undefined) {
    issues.push({ file: MANIFEST_FILE, path: 'source.file', message: `source file "${manifest.source.file}" is missing from the pack folder` });
  }

  const speakerIds = new Set(manifest.speakers.map((s) => s.id));
  const quoteById = new Map(manifest.quotes.map((q) => [q.id, q]));
  const speakerKind = new Map(manifest.speakers.map((s) => [s.id, s.kind]));
  const used = new Set<string>();

  for (const d of duplicates(manifest.speakers.map((s) => s.id))) {
    issues.push({ file: MANIFEST_FILE, path: `speakers[${manifest.speakers.findIndex((s) => s.id === d)}].id`, message: `duplicate speaker id "${d}"` });
  }
  for (const d of duplicates(manifest.quotes.map((q) => q.id))) {
    issues.push({ file: MANIFEST_FILE, path: `quotes[${manifest.quotes.findIndex((q) => q.id === d)}].id`, message: `duplicate quote id "${d}"` });
  }
  if (manifest.poll) {
    for (const d of duplicates(manifest.poll.options.map((o) => o.id))) {
      issues.push({ file: MANIFEST_FILE, path: 'poll.options', message: `duplicate poll option "${d}"` });
    }
  }
  for (const d of duplicates(manifest.levels)) {
    issues.push({ file: MANIFEST_FILE, path: `levels[${manifest.levels.indexOf(d)}]`, message: `level "${d}" is listed twice` });
  }
  manifest.quotes.forEach((q, i) => issues.push(...quoteIssues(q, i, speakerIds, compare ? sourceText : undefined, manifest.source.file)));
  if (sourceText !== undefined && compare) issues.push(...sourceControlIssues(manifest.source.file, sourceText));

  const levels: Level[] = [];
  for (const levelId of manifest.levels) {
    const file = `${levelId}.json`;
    const level = check(Level, file, parseJson(file, files[file], issues), issues);
    if (!level) continue;
    if (level.id !== levelId) {
      issues.push({ file, path: 'id', message: `level id "${level.id}" does not match its file name "${levelId}"` });
    }
    checkLevel(
      level,
      file,
      { speakerIds, quoteById, speakerKind, sourceText: sourceText ?? '', sourceFile: manifest.source.file, used, sourceChecked: !compare },
      issues,
    );
    levels.push(level);
  }

  for (const q of manifest.quotes) if (used.has(q.id)) used.add(`speaker:${q.speaker}`);
  manifest.speakers.forEach((s, i) => {
    if (!used.has(`speaker:${s.id}`)) {
      issues.push({ file: MANIFEST_FILE, path: `speakers[${i}]`, message: `speaker "${s.id}" is never used by any level` });
    }
  });

  if (issues.length > 0 || sourceText === undefined) return { ok: false, issues };
  return { ok: true, pack: { manifest, levels, sourceText }, issues: [] };
}

/** A quote's problems: its speaker unknown, its words not the body's, too short or cut in a word (`sourceText` undefined: not compared). */
export function quoteIssues(q: Quote, i: number, speakerIds: ReadonlySet<string>, sourceText: string | undefined, sourceFile: string): PackIssue[] {
  const issues: PackIssue[] = [];
  if (!speakerIds.has(q.speaker)) issues.push({ file: MANIFEST_FILE, path: `quotes[${i}].speaker`, message: `unknown speaker "${q.speaker}"` });
  if (sourceText === undefined) return issues;
  const wrong = mismatchMessage(matchInSource(sourceText, q.text), `quote "${q.id}"`, sourceFile);
  if (wrong) issues.push({ file: MANIFEST_FILE, path: `quotes[${i}].text`, message: wrong });
  else issues.push(...quoteShapeIssues(sourceText, q, i, sourceFile));
  return issues;
}

/**
 * One level file's problems against a pack's speakers and quotes, as loadPack finds them, for a
 * level that is not yet part of a pack (the studio reads an assistant's answer with it).
 */
export function levelIssues(data: unknown, file: string, manifest: Pick<PackManifest, 'speakers' | 'quotes' | 'source'>, sourceText: string): PackIssue[] {
  const issues: PackIssue[] = [];
  const level = check(Level, file, data, issues);
  if (!level) return issues;
  const refs: Refs = {
    speakerIds: new Set(manifest.speakers.map((s) => s.id)),
    quoteById: new Map(manifest.quotes.map((q) => [q.id, q])),
    speakerKind: new Map(manifest.speakers.map((s) => [s.id, s.kind])),
    sourceText,
    sourceFile: manifest.source.file,
    used: new Set(),
    sourceChecked: false,
  };
  checkLevel(level, file, refs, issues);
  return issues;
}

function checkLevel(level: Level, file: string, refs: Refs, issues: PackIssue[]): void {
  for (const d of duplicates(level.rounds.map((r) => r.id))) {
    issues.push({ file, path: `rounds[${level.rounds.findIndex((r) => r.id === d)}].id`, message: `duplicate round id "${d}"` });
  }
  level.rounds.forEach((round, r) => checkRound(round, `rounds[${r}]`, new Checker(file, refs, issues)));
}
