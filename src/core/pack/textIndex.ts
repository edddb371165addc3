/**
 * Finding a quote in a long text without a pass over the whole text per quote. The text is
 * indexed once: every place each run of GRAM characters starts, by a hash of the run (counted
 * into one array, so building it is two passes and no per-entry objects). A search takes the
 * needle's rarest run, and checks only the places that run occurs: a 500 KB article with 7,000
 * quotes is 7,000 short lists, not 7,000 scans of 500 KB. A hash collision only adds a place to
 * check, and every place is checked with `startsWith`, so the answers are exactly those of
 * `indexOf`. Needles shorter than GRAM use a second index of character pairs, made the first
 * time one comes; a one-character needle is looked up in the set of the text's characters.
 */

const GRAM = 6;

export interface TextIndex {
  readonly text: string;
  readonly gram: number;
  readonly bits: number;
  /** Bucket b's places are `places[starts[b]]` up to `places[starts[b + 1]]`, in text order. */
  readonly starts: Int32Array;
  readonly places: Int32Array;
  /** Made when first needed: the index of character pairs, and the set of characters. */
  pairs?: TextIndex;
  chars?: Uint8Array;
}

function hash(s: string, at: number, gram: number, bits: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < gram; k++) h = Math.imul(h ^ s.charCodeAt(at + k), 0x01000193);
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/** Which UTF-16 units occur in a text. */
function unitsOf(text: string): Uint8Array {
  const seen = new Uint8Array(65536);
  for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = 1;
  return seen;
}

export function indexText(text: string, gram = GRAM): TextIndex {
  const n = Math.max(0, text.length - gram + 1);
  // About one bucket per place, from 2^8 to 2^18.
  const bits = Math.min(18, Math.max(8, Math.ceil(Math.log2(n + 1))));
  const keys = new Int32Array(n);
  const starts = new Int32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) starts[(keys[i] = hash(text, i, gram, bits)) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const fill = starts.slice(0, -1);
  const places = new Int32Array(n);
  for (let i = 0; i < n; i++) places[fill[keys[i]!]!++] = i;
  return { text, gram, bits, starts, places };
}

/**
 * The first place (in text order) where `needle` occurs and `accept` agrees, or -1.
 * `accept` is asked about every occurrence in turn until it says yes.
 */
export function findInText(index: TextIndex, needle: string, accept: (at: number) => boolean = () => true): number {
  const { text, gram, bits, starts, places } = index;
  if (needle.length < gram && needle.length >= 2) return findInText((index.pairs ??= indexText(text, 2)), needle, accept);
  if (needle.length < gram) {
    if (needle.length === 1 && !(index.chars ??= unitsOf(text))[needle.charCodeAt(0)]) return -1;
    for (let at = text.indexOf(needle); at >= 0; at = at < text.length ? text.indexOf(needle, at + 1) : -1) if (accept(at)) return at;
    return -1;
  }
  // The needle's rarest run of `gram` characters: the fewest places to check.
  let best = 0;
  let fewest = Infinity;
  for (let j = 0; j + gram <= needle.length; j++) {
    const b = hash(needle, j, gram, bits);
    const count = starts[b + 1]! - starts[b]!;
    if (count < fewest) {
      fewest = count;
      best = j;
      if (count === 0) return -1;
    }
  }
  const b = hash(needle, best, gram, bits);
  for (let k = starts[b]!; k < starts[b + 1]!; k++) {
    const at = places[k]! - best;
    if (at >= 0 && at + needle.length <= text.length && text.startsWith(needle, at) && accept(at)) return at;
  }
  return -1;
}
