/**
 * Quotes are checked against the source "verbatim, curly vs straight quotes and whitespace
 * aside". This is the single definition of "aside": the same folding applies to quote and source.
 */
export function normaliseForMatch(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}
