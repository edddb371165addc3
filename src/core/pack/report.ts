/**
 * A pack checked and explained: every problem as one line with its file, line and column,
 * JSON path, what is wrong and how to fix it. The command-line validator prints these;
 * the in-game loader lists them. Warnings (legibility, answer tells, source format) come only for packs that load.
 */
import { closestPassage, HINTED_QUOTES, hintFor } from './hints';
import type { PackIssue } from './issues';
import { formatLine, type ReportLine } from './reportLine';
import { jsonPositions, positionOf } from './jsonPositions';
import { lintPack } from './lint';
import { parseSource } from './sourceText';
import type { Pack } from './schema';
import { loadPack, MANIFEST_FILE, type PackFiles } from './validate';

export interface PackReport {
  pack: Pack | null;
  lines: ReportLine[];
  errors: number;
  warnings: number;
}

/**
 * Closest-passage hints for the quotes that are not verbatim, pack.json read once for all of
 * them. The first HINTED_QUOTES get one; the rest get the plain advice, and one note after the
 * last hinted line says how many more there are, so a pack of 800 near misses is reported in
 * moments (each hint is a pass over the source) and its list stays readable.
 */
function quoteHints(files: PackFiles) {
  let manifest: { quotes?: { text?: string }[]; source?: { file?: string } } | null | undefined;
  let hinted = 0;
  return (issue: PackIssue): string | undefined => {
    const m = /^quotes\[(\d+)\]\.text$/.exec(issue.path);
    if (!m || !/not verbatim/.test(issue.message)) return undefined;
    if (manifest === undefined) {
      try {
        manifest = JSON.parse(files['pack.json'] ?? '{}') as typeof manifest;
      } catch {
        manifest = null;
      }
    }
    const text = manifest?.quotes?.[Number(m[1])]?.text;
    const source = files[manifest?.source?.file ?? ''];
    if (typeof text !== 'string' || !text || source === undefined) return undefined;
    if (hinted++ >= HINTED_QUOTES) return COPY_EXACTLY;
    // Only the article body can be quoted, so the closest passage is looked for there.
    return `${COPY_EXACTLY}; the closest passage is “${closestPassage(parseSource(source).body, text)}”`;
  };
}

const COPY_EXACTLY = 'copy the words exactly as the source has them';

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
  const quoteHint = quoteHints(files);
  const lines: ReportLine[] = [];
  let unhinted = 0;
  let noteAt = -1;
  for (const issue of issues) {
    const pos = where(issue.file, issue.path);
    // A JSON syntax error names its own position: "… at line 3 column 5" or "position 42".
    const syntax = /line (\d+) column (\d+)/.exec(issue.message);
    const hint = quoteHint(issue);
    if (hint === COPY_EXACTLY && unhinted++ === 0) noteAt = lines.length;
    lines.push({
      file: issue.file,
      line: pos?.line ?? (syntax ? Number(syntax[1]) : null),
      column: pos?.column ?? (syntax ? Number(syntax[2]) : null),
      path: issue.path,
      severity: issue.severity ?? 'error',
      message: issue.message,
      hint: hint ?? hintFor(issue),
    });
  }
  if (unhinted > 0) {
    const message = `the closest passage is shown for the first ${HINTED_QUOTES} quotes that are not verbatim; the ${unhinted} more below are listed without it`;
    lines.splice(noteAt, 0, { file: MANIFEST_FILE, line: null, column: null, path: 'quotes', severity: 'note', message });
  }
  return lines;
}

export function reportPack(files: PackFiles): PackReport {
  const r = loadPack(files);
  if (!r.ok) return { pack: null, lines: explainIssues(files, r.issues), errors: r.issues.length, warnings: 0 };
  const warnings = lintPack(r.pack.manifest, r.pack.levels, r.pack.sourceText);
  return { pack: r.pack, lines: explainIssues(files, warnings), errors: 0, warnings: warnings.length };
}

export { formatLine, type ReportLine };
