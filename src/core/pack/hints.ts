/**
 * How to fix a pack problem, in one short phrase, for the validator's report. The rules that
 * find problems live in validate.ts and validateRounds.ts; this only suggests the way out.
 */
import { normaliseForMatch } from './normalise';
import type { PackIssue } from './issues';

const HINTS: [RegExp, string][] = [
  [/not valid JSON/, 'check for a missing comma, quote or bracket near that line (a JSON-aware editor underlines it)'],
  [/file is missing/, 'add the file to the pack folder, or remove it from pack.json "levels"'],
  [/newer version of the game/, 'update the game, or write the pack for this schemaVersion'],
  [/not a version this game knows/, 'set "schemaVersion" to the current version'],
  [/duplicate|listed twice|offered twice/, 'give each one its own id (ids must be unique in their list)'],
  [/unknown quote/, 'use the id of a quote listed in pack.json "quotes"'],
  [/unknown speaker/, 'use the id of a speaker listed in pack.json "speakers"'],
  [/needs at least one evidence quote/, 'add the id of the quote that shows this to "evidence"'],
  [/no option is "supported"/, 'mark the answer the experts back as "verdict": "supported"'],
  [/never used by any level/, 'quote this speaker in a round, or remove them from "speakers"'],
  [/does not match its file name/, 'rename the file or the "id" so they are the same'],
  [/cards on both sides/, 'give the hand at least one "bearing": "for" and one "against" card'],
  [/closing argument needs/, 'add cards that back the experts\' view ("bearing": "for")'],
  [/news outlet/, 'who\'s-who is for people: leave the outlet out of "speakers"'],
  [/must be one of the choices/, 'add the quote\'s own speaker to "speakers"'],
  [/reserved/, 'pick another id (this one is a JavaScript built-in name)'],
  [/ids use lower-case/, 'use lower-case letters, digits and hyphens, e.g. "the-offer"'],
  [/Unrecognized key/, 'remove the field, or check its spelling against levels/README.md'],
  [/expected .*received undefined|Invalid input: expected/, "see levels/README.md for this field's type; the JSON Schema underlines it in an editor"],
  [/too large to be a level pack/, 'check that this is the right file: a pack is a .zip or .json of its folder, well under 1 MB'],
  [/too large/, 'split the pack, or shorten the source text'],
  [/in the header of/, 'quote the article body, below the "---" line; the header only describes the article'],
  [/in an editorial note/, 'quote words the article gives to someone, not the [bracketed] note on what the page showed'],
  [/runs across a paragraph break/, 'split it into two quotes, one from each paragraph'],
  [/nested too deeply/, 'a pack is only a few levels deep: check for a runaway bracket'],
];

export function hintFor(issue: PackIssue): string | undefined {
  return HINTS.find(([re]) => re.test(issue.message))?.[1];
}

/** Closest-passage hints a report gives: one per quote that is not verbatim, for this many quotes. */
export const HINTED_QUOTES = 50;

/** A text's words as closestPassage compares them: each one folded and bare, as a number. */
interface Words {
  words: string[];
  ids: Int32Array;
  byKey: Map<string, number>;
}
const wordCache = new Map<string, Words>();

function wordsOf(source: string): Words {
  let w = wordCache.get(source);
  if (!w) {
    const words = source.split(/\s+/).filter(Boolean);
    const byKey = new Map<string, number>();
    const ids = new Int32Array(words.length);
    words.forEach((word, i) => {
      const key = bare(normaliseForMatch(word).toLowerCase());
      let id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = byKey.size));
      ids[i] = id;
    });
    w = { words, ids, byKey };
    if (wordCache.size >= 4) wordCache.delete(wordCache.keys().next().value!);
    wordCache.set(source, w);
  }
  return w;
}

/**
 * The passage of the source closest to a quote that is not verbatim: the run of as many
 * words that shares the most words with it, so the author can copy the real wording.
 * One pass over the source's words (the count slides with the run), so a hint costs the
 * source's length, not its length times the quote's.
 */
export function closestPassage(source: string, quote: string): string {
  const { words, ids, byKey } = wordsOf(source);
  const want = normaliseForMatch(quote).toLowerCase().split(/\s+/).filter(Boolean);
  const n = Math.max(1, want.length);
  const wanted = new Uint8Array(byKey.size);
  for (const w of want) {
    const id = byKey.get(bare(w));
    if (id !== undefined) wanted[id] = 1;
  }
  const first = byKey.get(bare(want[0] ?? ''));
  const size = Math.min(n, words.length);
  // Shared words in the run starting at `at` (each of its words counts once per time it is there).
  let shared = 0;
  for (let k = 0; k < size; k++) shared += wanted[ids[k]!]!;
  let best = { score: -1, at: 0 };
  for (let at = 0; at + n <= Math.max(n, words.length); at++) {
    if (at > 0) shared += wanted[ids[at + n - 1]!]! - wanted[ids[at - 1]!]!;
    // Shared words, and a little more for starting where the quote starts.
    const score = shared + (size > 0 && ids[at] === first ? 0.5 : 0);
    if (score > best.score) best = { score, at };
  }
  return words
    .slice(best.at, best.at + n)
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
