/**
 * Quote fidelity beyond "verbatim": a passage can be in the article word for word and still say
 * the opposite of what was said. "legal for the federal government to deport citizens" is in
 * "illegal for the federal government to deport citizens"; "the" and "e" are in any article; a
 * sentence of the article's own narration is verbatim too. So a quote must start and end where
 * the article's words do (errors), be a few words long unless the author marks it `short`, and
 * it is flagged (warnings) when it leaves out a "not" beside it, or runs out of the article's
 * quotation marks into its narration.
 *
 * Cost: the article body is indexed once (a map from each word, and each pair of words, to
 * where it starts), so finding a quote costs the places its anchor word occurs, not a pass
 * over the whole source per quote.
 */
import type { PackIssue } from './issues';
import { normaliseForMatch } from './normalise';
import type { PackManifest, Quote } from './schema';
import { parseSource, type ParsedSource } from './sourceText';
import { isPublisher } from './publisher';

/** Fewer words than this is a warning; fewer than SHORT_ERROR an error (unless `short: true`). */
export const MIN_QUOTE_WORDS = 3;
const SHORT_ERROR = 2;

/** A letter, digit or combining mark (one UTF-16 unit: letters outside the BMP count as breaks). */
const W = /[\p{L}\p{N}\p{M}]/u;
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
/** Words as a reader counts them: "don't", "state-run" and "U.S." are one, one and two. */
const WORDS = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{N}\p{M}]+)*/gu;
/** Joins letters into one word: an apostrophe (curly ones are folded to it) or a hyphen. */
const JOINERS = new Set(["'", '-', '\u2010', '\u2011']);
/** Prefixes that turn a word into its opposite; a cut just after one is worse than any cut. */
const NEGATING_PREFIX = /^(?:il|im|in|ir|un|non|dis)-?$/i;
const NEGATING_SUFFIX = /^n?'t$/i;
/** Words that sit between a negation and what it negates ("not yet approved", "hasn't ever said"). */
const BETWEEN = String.raw`(?:[\s"',]+(?:yet|ever|even|always|quite|really|fully|entirely|necessarily|actually|so|been|be))?`;
const NEGATION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}\p{M}'])((?:not|never|no|nor|cannot|neither|without)${BETWEEN})[\s"',]*$|((?:n't)${BETWEEN})[\s"',]*$`,
  'iu',
);
const NEGATION_AFTER = /^[\s"',]*(not|never)(?![\p{L}\p{N}\p{M}])/iu;

function isW(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII letters and digits without the regular expression: most text is mostly ASCII.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return W.test(c);
}
const isJ = (c: string | undefined) => c !== undefined && JOINERS.has(c);

interface SourceIndex {
  body: string;
  /** Each distinct word's number. */
  ids: Map<string, number>;
  /** Where each word starts, by its number. */
  words: Map<number, number[]>;
  /** Where each pair of adjacent words starts, by `pairKey`. */
  pairs: Map<number, number[]>;
  starts: readonly number[];
  /** Per paragraph: the positions of its quotation marks, or null when they do not pair up. */
  marks: (readonly number[] | null)[];
  /** Occurrences found so far, by folded needle: the errors and the warnings look up each quote once. */
  found: Map<string, Occurrence[]>;
}

const indexes = new WeakMap<ParsedSource, SourceIndex>();

/** Numbers as keys: a map keyed by numbers is much faster to fill than one keyed by joined strings. */
const pairKey = (a: number, b: number) => a * 0x200000 + b;

function push(map: Map<number, number[]>, key: number, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

function indexOf(parsed: ParsedSource): SourceIndex {
  let ix = indexes.get(parsed);
  if (ix) return ix;
  const body = parsed.body;
  const ids = new Map<string, number>();
  const words = new Map<number, number[]>();
  const pairs = new Map<number, number[]>();
  let prev = -1;
  let prevAt = 0;
  for (const m of body.matchAll(TOKEN)) {
    let id = ids.get(m[0]);
    if (id === undefined) ids.set(m[0], (id = ids.size));
    push(words, id, m.index);
    if (prev >= 0) push(pairs, pairKey(prev, id), prevAt);
    prev = id;
    prevAt = m.index;
  }
  const marks = parsed.paragraphs.map((p, i) => {
    const at: number[] = [];
    const from = parsed.starts[i]!;
    for (let j = p.text.indexOf('"'); j >= 0; j = p.text.indexOf('"', j + 1)) at.push(from + j);
    return at.length % 2 === 0 ? at : null;
  });
  ix = { body, ids, words, pairs, starts: parsed.starts, marks, found: new Map() };
  indexes.set(parsed, ix);
  return ix;
}

/** True when the boundary just before `i` falls inside a word. */
function inWord(s: string, i: number): boolean {
  const l = s[i - 1];
  const r = s[i];
  return (isW(l) && isW(r)) || (isW(l) && isJ(r) && isW(s[i + 1])) || (isJ(l) && isW(r) && isW(s[i - 2]));
}

/** The whole word around a boundary that falls inside it. */
function wordAround(s: string, i: number): { word: string; from: number; to: number } {
  let from = i;
  while (from > 0 && (isW(s[from - 1]) || (isJ(s[from - 1]) && isW(s[from - 2])))) from--;
  let to = i;
  while (to < s.length && (isW(s[to]) || (isJ(s[to]) && isW(s[to + 1])))) to++;
  return { word: s.slice(from, to), from, to };
}

interface Occurrence {
  start: number;
  end: number;
  cutStart: boolean;
  cutEnd: boolean;
}

/** A quote found in more places than this is judged by its first few clean ones. */
const MAX_CLEAN = 8;

/** Where a folded quote occurs in the body (see `search`), looked up once per source and needle. */
function occurrences(ix: SourceIndex, needle: string): Occurrence[] {
  let out = ix.found.get(needle);
  if (!out) ix.found.set(needle, (out = search(ix, needle, MAX_CLEAN)));
  return out;
}

/**
 * Where a folded quote occurs in the body, found through its anchor: its second and third words
 * when it has four or more (whole words wherever it occurs), its second when it has three, else
 * its first (or second) word. Stops once `clean` occurrences cut at no word are found.
 */
function search(ix: SourceIndex, needle: string, clean: number): Occurrence[] {
  const toks = [...needle.matchAll(TOKEN)].map((m) => ({ word: m[0], at: m.index }));
  const n = toks.length;
  // A word the source does not have: id -1, which no list is under.
  const id = (k: number) => ix.ids.get(toks[k]!.word) ?? -1;
  const word = (k: number): [Map<number, number[]>, number, number] => [ix.words, id(k), toks[k]!.at];
  const pair: [Map<number, number[]>, number, number] = [ix.pairs, n < 4 || id(1) < 0 || id(2) < 0 ? -1 : pairKey(id(1), id(2)), toks[1]?.at ?? 0];
  const tries = n >= 4 ? [pair] : n === 3 ? [word(1)] : n === 2 ? [word(0), word(1)] : n === 1 ? [word(0)] : [];
  const out: Occurrence[] = [];
  const seen = new Set<number>();
  let good = 0;
  for (const [map, key, offset] of tries) {
    for (const p of map.get(key) ?? []) {
      const start = p - offset;
      if (start < 0 || seen.has(start) || !ix.body.startsWith(needle, start)) continue;
      seen.add(start);
      const end = start + needle.length;
      const o = { start, end, cutStart: inWord(ix.body, start), cutEnd: inWord(ix.body, end) };
      out.push(o);
      if (!o.cutStart && !o.cutEnd && ++good >= clean) return out;
    }
  }
  return out;
}

export function wordCount(text: string): number {
  return [...text.matchAll(WORDS)].length;
}

function cutMessage(ix: SourceIndex, what: string, file: string, o: Occurrence, noun: string): string {
  const at = o.cutStart ? o.start : o.end;
  const { word, from, to } = wordAround(ix.body, at);
  const left = o.cutStart ? ix.body.slice(from, at) : ix.body.slice(at, to);
  const negates = o.cutStart ? NEGATING_PREFIX.test(left) : NEGATING_SUFFIX.test(left);
  return (
    `${what} ${o.cutStart ? 'starts' : 'ends'} in the middle of the word "${word}" in ${file}` +
    (negates ? `, leaving out "${left}", which can turn the meaning around` : '') +
    `: start and end ${noun} where the article’s words do`
  );
}

function lengthMessage(what: string, words: number): string {
  return words < SHORT_ERROR
    ? `${what} is ${words === 0 ? 'no words' : '1 word'}: a quote that short can be made to mean anything. Quote at least ${MIN_QUOTE_WORDS} words, or add "short": true to the quote if the short quote is meant`
    : `${what} is only ${words} words: a quote that short is easily taken out of context. Quote at least ${MIN_QUOTE_WORDS} words, or add "short": true to the quote if the short quote is meant`;
}

/**
 * The errors for one quote that is verbatim in the body (call it only then): too short, or
 * cut in the middle of a word.
 */
export function quoteShapeIssues(sourceText: string, q: Quote, i: number, file: string): PackIssue[] {
  const what = `quote "${q.id}"`;
  const path = `quotes[${i}].text`;
  const out: PackIssue[] = [];
  const words = wordCount(q.text);
  if (!q.short && words < SHORT_ERROR) out.push({ file: 'pack.json', path, message: lengthMessage(what, words) });
  const cut = cutInWord(sourceText, q.text, what, file);
  if (cut) out.push({ file: 'pack.json', path, message: cut });
  return out;
}

/**
 * Why a passage that is verbatim in the body (a quote, or a narration card's text) is cut in the
 * middle of a word, or null when it starts and ends where words do.
 */
export function cutInWord(sourceText: string, text: string, what: string, file: string, noun = 'a quote'): string | null {
  const needle = normaliseForMatch(text);
  if (!W.test(needle)) return null;
  const ix = indexOf(parseSource(sourceText));
  const found = occurrences(ix, needle);
  if (found.some((o) => !o.cutStart && !o.cutEnd)) return null;
  return found[0]
    ? cutMessage(ix, what, file, found[0], noun)
    : `${what} starts or ends in the middle of a word in ${file}: start and end ${noun} where the article’s words do`;
}

export interface QuoteWarning extends PackIssue {
  severity: 'warning';
}

/** What a clean occurrence leaves out or runs into; null when nothing. */
function occurrenceWarning(ix: SourceIndex, o: Occurrence, what: string, file: string, narrationIsTheirs: boolean): string | null {
  const before = NEGATION_BEFORE.exec(ix.body.slice(Math.max(0, o.start - 40), o.start));
  if (before) {
    const word = (before[1] ?? before[2])!;
    return `${what} leaves out the "${word}" just before it in ${file}: include it, or check the quote does not say the opposite of what was said`;
  }
  const after = NEGATION_AFTER.exec(ix.body.slice(o.end, o.end + 24));
  if (after) {
    return `${what} leaves out the "${after[1]}" just after it in ${file}: include it, or check the quote does not say the opposite of what was said`;
  }
  // The paragraph holding the start: the last one starting at or before it.
  let lo = 0;
  let hi = ix.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ix.starts[mid]! <= o.start) lo = mid;
    else hi = mid - 1;
  }
  const p = lo;
  const marks = ix.marks[p];
  if (!marks || marks.length === 0) return null;
  // Walk the quotation-mark spans [open, close] against [start, end): words outside, words inside.
  let inside = false;
  let outside = false;
  let at = o.start;
  for (let k = 0; k < marks.length && at < o.end; k += 2) {
    const open = marks[k]!;
    const close = marks[k + 1]!;
    if (close < at) continue;
    if (open > at && W.test(ix.body.slice(at, Math.min(open, o.end)))) outside = true;
    if (open + 1 < o.end && close > at && W.test(ix.body.slice(Math.max(open + 1, at), Math.min(close, o.end)))) inside = true;
    at = Math.max(at, close + 1);
  }
  if (at < o.end && W.test(ix.body.slice(at, o.end))) outside = true;
  if (inside && outside) {
    return `${what} runs out of the article’s quotation marks into its own narration in ${file}: quote only the words inside the quotation marks`;
  }
  if (outside && !narrationIsTheirs) {
    return `${what} is outside the article’s quotation marks in ${file}: that is the article’s narration, not its speaker’s words. Quote words the article puts in quotation marks, or use the passage as a narration card`;
  }
  return null;
}

/**
 * The warnings for a pack's quotes (for a pack that loads: every quote is verbatim and cut at
 * word boundaries): two-word quotes, a negation left out beside it, and words outside the
 * article's quotation marks. A quote found in several places is flagged only when every place is.
 */
export function quoteWarnings(manifest: PackManifest, sourceText: string): QuoteWarning[] {
  const ix = indexOf(parseSource(sourceText));
  const file = manifest.source.file;
  const kind = new Map(manifest.speakers.map((s) => [s.id, s]));
  const out: QuoteWarning[] = [];
  manifest.quotes.forEach((q, i) => {
    const what = `quote "${q.id}"`;
    const path = `quotes[${i}].text`;
    const words = wordCount(q.text);
    if (!q.short && words >= SHORT_ERROR && words < MIN_QUOTE_WORDS)
      out.push({ file: 'pack.json', path, severity: 'warning', message: lengthMessage(what, words) });
    const speaker = kind.get(q.speaker);
    // The publishing outlet's narration is its own words.
    const theirs = isPublisher(manifest, speaker);
    const clean = occurrences(ix, normaliseForMatch(q.text)).filter((o) => !o.cutStart && !o.cutEnd);
    let first: string | null = null;
    for (const o of clean) {
      const w = occurrenceWarning(ix, o, what, file, theirs);
      if (w === null) return;
      first ??= w;
    }
    if (first) out.push({ file: 'pack.json', path, severity: 'warning', message: first });
  });
  return out;
}
