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

/** Index of the quote in the source after folding, or -1. */
export function findVerbatim(source: string, quote: string): number {
  return normaliseForMatch(source).indexOf(normaliseForMatch(quote));
}

/**
 * Locates a quote in the raw source so a "show in article" view can highlight it.
 * Returns the paragraph that contains it and the [start, end) range within that paragraph.
 */
export function locateInSource(
  source: string,
  quote: string,
): { paragraph: string; start: number; end: number } | null {
  const needle = normaliseForMatch(quote);
  for (const raw of source.split(/\n\s*\n/)) {
    const paragraph = normaliseForMatch(raw.replace(/^>\s?/gm, ''));
    const start = paragraph.indexOf(needle);
    if (start >= 0) return { paragraph, start, end: start + needle.length };
  }
  return null;
}
