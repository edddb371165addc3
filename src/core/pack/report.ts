/**
 * A pack checked and explained: every problem as one line with its file, line and column,
 * JSON path, what is wrong and how to fix it. The command-line validator prints these;
 * the in-game loader lists them. Warnings (legibility, answer tells, source format) come only for packs that load.
 */
import { closestPassage, hintFor } from './hints';
import type { PackIssue } from './issues';
import { jsonPositions, positionOf } from './jsonPositions';
import { lintPack } from './lint';
import { parseSource } from './sourceText';
import type { Pack } from './schema';
import { loadPack, type PackFiles } from './validate';

export interface ReportLine {
  file: string;
  line: number | null;
  column: number | null;
  path: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export interface PackReport {
  pack: Pack | null;
  lines: ReportLine[];
  errors: number;
  warnings: number;
}

function quoteHint(files: PackFiles, issue: PackIssue): string | undefined {
  const m = /^quotes\[(\d+)\]\.text$/.exec(issue.path);
  if (!m || !/not verbatim/.test(issue.message)) return undefined;
  try {
    const manifest = JSON.parse(files['pack.json'] ?? '{}') as { quotes?: { text?: string }[]; source?: { file?: string } };
    const text = manifest.quotes?.[Number(m[1])]?.text;
    const source = files[manifest.source?.file ?? ''];
    if (!text || source === undefined) return undefined;
    // Only the article body can be quoted, so the closest passage is looked for there.
    return `copy the words exactly as the source has them; the closest passage is “${closestPassage(parseSource(source).body, text)}”`;
  } catch {
    return undefined;
  }
}

export function explainIssues(files: PackFiles, issues: readonly (PackIssue & { severity?: 'warning' })[]): ReportLine[] {
  const positions = new Map<string, ReturnType<typeof jsonPositions> | null>();
  const where = (file: string, path: string) => {
    if (!positions.has(file)) {
      let map: ReturnType<typeof jsonPositions> | null = null;
      const text = files[file];
      if (text !== undefined && file.endsWith('.json')) {
        try {
          JSON.parse(text);
          map = jsonPositions(text);
        } catch {
          map = null;
        }
      }
      positions.set(file, map);
    }
    const map = positions.get(file);
    return map ? positionOf(map, path) : undefined;
  };
  return issues.map((issue) => {
    const pos = where(issue.file, issue.path);
    // A JSON syntax error names its own position: "… at line 3 column 5" or "position 42".
    const syntax = /line (\d+) column (\d+)/.exec(issue.message);
    return {
      file: issue.file,
      line: pos?.line ?? (syntax ? Number(syntax[1]) : null),
      column: pos?.column ?? (syntax ? Number(syntax[2]) : null),
      path: issue.path,
      severity: issue.severity ?? 'error',
      message: issue.message,
      hint: quoteHint(files, issue) ?? hintFor(issue),
    };
  });
}

export function reportPack(files: PackFiles): PackReport {
  const r = loadPack(files);
  if (!r.ok) return { pack: null, lines: explainIssues(files, r.issues), errors: r.issues.length, warnings: 0 };
  const warnings = lintPack(r.pack.manifest, r.pack.levels, r.pack.sourceText);
  return { pack: r.pack, lines: explainIssues(files, warnings), errors: 0, warnings: warnings.length };
}

export function formatLine(l: ReportLine, prefix = ''): string {
  const at = l.line !== null ? `:${l.line}:${l.column}` : '';
  return `${prefix}${l.file}${at}  ${l.severity}  ${l.path}: ${l.message}${l.hint ? `. Fix: ${l.hint}` : ''}`;
}
