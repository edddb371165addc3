// Generated big packs for the validator's cost (issue 16, item 4): made at run time, never
// committed. Both start from the practice pack (levels/kestrel-bay-ferry), whose levels and
// quotes stay as they are, and add about 480 KB of made-up article paragraphs to its source.
//   bigValidPack(): ~7,000 extra quotes, each a few words copied from a paragraph: loads.
//   bigNonVerbatimPack(): 800 extra quotes of about 80 words, each with two words changed:
//     every one is "not verbatim" and gets a closest-passage hint.
// Used by npm run bench (scripts/bench.mjs) and tests/unit/validator-scale.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = join(dirname(fileURLToPath(import.meta.url)), '../levels/kestrel-bay-ferry');

/** A small seeded generator (mulberry32), so every run makes the same pack. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common words come often, like in real prose; the made-up ones rarely. No "not", "never" or
// quotation marks, so rules about negation or quoted speech have nothing to say about them.
const COMMON = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'it', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'said', 'town', 'ferry', 'night'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vel', 'dor', 'pra', 'qui', 'nes', 'bru', 'fa', 'gil', 'hor', 'jen', 'mos', 'ra', 'tu', 'wen', 'zo'];

function vocabulary(rand, size) {
  const words = new Set();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function paragraphs(rand, chars) {
  const vocab = vocabulary(rand, 4000);
  const word = () => (rand() < 0.4 ? COMMON[Math.floor(rand() * COMMON.length)] : vocab[Math.floor(rand() ** 2 * vocab.length)]);
  const out = [];
  let total = 0;
  while (total < chars) {
    const words = [];
    const n = 80 + Math.floor(rand() * 140);
    for (let i = 0; i < n; i++) words.push(word());
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    const p = `${words.join(' ')}.`;
    out.push(p);
    total += p.length + 2;
  }
  return out;
}

function base() {
  return {
    manifest: JSON.parse(readFileSync(join(BASE, 'pack.json'), 'utf8')),
    source: readFileSync(join(BASE, 'source.md'), 'utf8'),
    levels: Object.fromEntries(['the-promise', 'the-boat'].map((id) => [`${id}.json`, readFileSync(join(BASE, `${id}.json`), 'utf8')])),
  };
}

function build(extraQuotes, paras, manifest, source, levels) {
  const speakers = manifest.speakers.filter((s) => s.kind !== 'outlet').map((s) => s.id);
  manifest.quotes.push(...extraQuotes.map((text, i) => ({ id: `g${i}`, speaker: speakers[i % speakers.length], text })));
  // Compact JSON, as a generator or a minifier would write it: more quotes per byte.
  return { 'pack.json': JSON.stringify(manifest), 'source.md': `${source.trimEnd()}\n\n${paras.join('\n\n')}\n`, ...levels };
}

const span = (rand, paras, words) => {
  let p;
  do p = paras[Math.floor(rand() * paras.length)].replace(/\.$/, '').split(' ');
  while (p.length <= words);
  const at = Math.floor(rand() * (p.length - words));
  return p.slice(at, at + words);
};

/** A valid pack of about 0.9 MB: ~7,000 quotes of four or five words copied from the source. */
export function bigValidPack(count = 7000) {
  const rand = random(16);
  const { manifest, source, levels } = base();
  const paras = paragraphs(rand, 480 * 1024);
  const quotes = [];
  for (let i = 0; i < count; i++) quotes.push(span(rand, paras, 4 + Math.floor(rand() * 2)).join(' '));
  return build(quotes, paras, manifest, source, levels);
}

/**
 * A pack of about 1 MB whose `count` extra quotes are all near misses: about 80 words copied
 * from the source with two of them swapped for a word the source never uses. Also returns,
 * for each quote, the passage it was copied from (what its closest-passage hint should name).
 */
export function bigNonVerbatimPack(count = 800) {
  const rand = random(17);
  const { manifest, source, levels } = base();
  const paras = paragraphs(rand, 480 * 1024);
  const quotes = [];
  const passages = [];
  for (let i = 0; i < count; i++) {
    const words = span(rand, paras, 80 + Math.floor(rand() * 8));
    passages.push(words.join(' '));
    const changed = [...words];
    for (const at of [5 + Math.floor(rand() * 30), 40 + Math.floor(rand() * 30)]) changed[at] = 'xylophone';
    quotes.push(changed.join(' '));
  }
  return { files: build(quotes, paras, manifest, source, levels), passages };
}
