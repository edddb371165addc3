/**
 * A pack's source.md in its parts. Everything above the first line that is exactly `---` is the
 * header: information about the article (title, standfirst, outlet, author, date, notes), which
 * nobody said. Below it is the article body. Inside the body, a line in [square brackets]
 * (after an optional `> ` blockquote marker) is an editorial note: what the page showed, again
 * not anyone's words. Quotes and narration are matched against the body with the notes taken out.
 *
 * A quote must come from one paragraph: one that only matches across a paragraph break is
 * refused, because a passage stitched from two paragraphs is rarely one thing someone said,
 * and "show in article" then always has one passage to highlight.
 *
 * A source with no `---` line (packs written before the format had a header) is read as all
 * body; lint warns about it.
 */
import { normaliseForMatch } from './normalise';
import { findInText, indexText, type TextIndex } from './textIndex';

export interface SourceParagraph {
  /** The paragraph's words, blockquote markers removed, folded for matching (see normalise.ts). */
  text: string;
  /** The editorial notes written in the same paragraph, without their brackets, folded likewise. */
  notes: readonly string[];
}

export interface ParsedSource {
  /** False when the file has no `---` line and so no header: all of it is body. */
  hasHeader: boolean;
  header: string;
  paragraphs: readonly SourceParagraph[];
  notes: readonly string[];
  /** The paragraphs joined by a newline, which folded text never contains: no match crosses a break. */
  body: string;
  /** Where each paragraph starts in `body`. */
  starts: readonly number[];
  /** The paragraphs joined by a space: finds what only matches across a break, to say so. */
  run: string;
}

/** Where a quote (or narration) was found: only `body` is acceptable. */
export type SourceMatch = 'body' | 'across-paragraphs' | 'note' | 'header' | 'missing';

const NOTE = /^\[(.*)\]$/;
const BLOCKQUOTE = /^\s*(?:>\s?)+/;

function parse(source: string): ParsedSource {
  const lines = source.split(/\r?\n/);
  const rule = lines.findIndex((l) => l.trimEnd() === '---');
  const header = rule >= 0 ? lines.slice(0, rule).join('\n') : '';
  const bodyLines = rule >= 0 ? lines.slice(rule + 1) : lines;
  const paragraphs: SourceParagraph[] = [];
  const notes: string[] = [];
  let text: string[] = [];
  let group: SourceParagraph[] = [];
  let groupNotes: string[] = [];
  // A note line also ends the text before it, so no quote runs across a note.
  const endText = () => {
    const folded = normaliseForMatch(text.join(' '));
    if (folded) group.push({ text: folded, notes: groupNotes });
    text = [];
  };
  const endParagraph = () => {
    endText();
    paragraphs.push(...group);
    group = [];
    groupNotes = [];
  };
  for (const raw of bodyLines) {
    const line = raw.replace(BLOCKQUOTE, '').trim();
    if (!line) {
      endParagraph();
      continue;
    }
    const note = NOTE.exec(line);
    if (note) {
      endText();
      const folded = normaliseForMatch(note[1]!);
      notes.push(folded);
      // Every text of the paragraph shares its notes, including text already collected.
      groupNotes.push(folded);
    } else {
      text.push(line);
    }
  }
  endParagraph();
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.text.length + 1;
  }
  return {
    hasHeader: rule >= 0,
    header: normaliseForMatch(header),
    paragraphs,
    notes,
    body: paragraphs.map((p) => p.text).join('\n'),
    starts,
    run: paragraphs.map((p) => p.text).join(' '),
  };
}

// Keyed by the source string itself: a pack's quotes, narration and views all share one parse,
// so checking a pack folds its source once, not once per quote. A few entries cover the packs
// in play (built-in, loaded, and the one being validated).
const cache = new Map<string, ParsedSource>();
const CACHE_SIZE = 8;

export function parseSource(source: string): ParsedSource {
  let parsed = cache.get(source);
  if (!parsed) {
    parsed = parse(source);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(source, parsed);
  }
  return parsed;
}

// Each parse's texts indexed (textIndex.ts) when first searched: a pack's quotes cost the places
// their words occur, not a pass over the source each. `run` is `body` with spaces for the breaks
// (same length, same places), so one index finds both; the header and notes only on a miss.
interface Indexes {
  run: TextIndex;
  notes?: TextIndex;
  header?: TextIndex;
}
const indexes = new WeakMap<ParsedSource, Indexes>();
function indexesOf(s: ParsedSource): Indexes {
  let ix = indexes.get(s);
  if (!ix) indexes.set(s, (ix = { run: indexText(s.run) }));
  return ix;
}

/** Where `needle` (already folded) starts in the body, the first place; -1 if it is not there. */
function findInBody(s: ParsedSource, needle: string, seen?: () => void): number {
  return findInText(indexesOf(s).run, needle, (at) => {
    seen?.();
    // A folded needle has no newline, so it is in the body where it does not cross a break.
    return s.body.startsWith(needle, at);
  });
}

/** Where in the source a quote's words are, the body first. */
export function matchInSource(source: string, quote: string): SourceMatch {
  return matchInParsed(parseSource(source), quote);
}

/** As matchInSource, for a source already parsed (a pack's checks parse it once). */
export function matchInParsed(s: ParsedSource, quote: string): SourceMatch {
  const needle = normaliseForMatch(quote);
  let inRun = false;
  if (findInBody(s, needle, () => (inRun = true)) >= 0) return 'body';
  if (inRun) return 'across-paragraphs';
  const ix = indexesOf(s);
  // Folded notes have no newline either: joined by one, no match runs from one note into the next.
  if (findInText((ix.notes ??= indexText(s.notes.join('\n'))), needle) >= 0) return 'note';
  if (findInText((ix.header ??= indexText(s.header)), needle) >= 0) return 'header';
  return 'missing';
}

/** Why a quote or narration is refused, in words an author can act on; null when it is fine. */
export function mismatchMessage(where: SourceMatch, what: string, file: string): string | null {
  switch (where) {
    case 'body':
      return null;
    case 'across-paragraphs':
      return `${what} runs across a paragraph break in ${file}: a quote must come from one paragraph`;
    case 'note':
      return `${what} is in an editorial note of ${file} (a line in [square brackets]), not words anyone wrote or said`;
    case 'header':
      return `${what} is in the header of ${file} (information about the article, above the "---" line), not the article body`;
    case 'missing':
      return `${what} is not verbatim in ${file}`;
  }
}

export interface Located {
  /** The whole paragraph, folded, and the [start, end) of the quote within it. */
  paragraph: string;
  start: number;
  end: number;
  /** Editorial notes of that paragraph, to show as notes beside it (never as its words). */
  notes: readonly string[];
}

/** The paragraph of the body that holds a quote, for "show in article"; null if it is not there. */
export function locateInSource(source: string, quote: string): Located | null {
  const s = parseSource(source);
  const needle = normaliseForMatch(quote);
  if (!needle) return null;
  const at = findInBody(s, needle);
  if (at < 0) return null;
  let i = s.starts.length - 1;
  while (s.starts[i]! > at) i--;
  const p = s.paragraphs[i]!;
  const start = at - s.starts[i]!;
  return { paragraph: p.text, start, end: start + needle.length, notes: p.notes };
}
