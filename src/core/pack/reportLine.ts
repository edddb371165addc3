/** One line of a pack's problem list, and how it reads as text; light, for the page that shows the list. */
export interface ReportLine {
  file: string;
  line: number | null;
  column: number | null;
  path: string;
  /** A note is neither: it says something about the lines around it (how many more there are). */
  severity: 'error' | 'warning' | 'note';
  message: string;
  hint?: string;
}

export function formatLine(l: ReportLine, prefix = ''): string {
  const at = l.line !== null ? `:${l.line}:${l.column}` : '';
  return `${prefix}${l.file}${at}  ${l.severity}  ${l.path}: ${l.message}${l.hint ? `. Fix: ${l.hint}` : ''}`;
}
