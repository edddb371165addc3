/**
 * The validator's cost (issue 16, item 4) without changing what it says. Quotes are found
 * through an index of the source (textIndex.ts) and closest passages by a sliding count
 * (hints.ts): both give exactly the answers of the simple versions they replace, which are
 * written out here as references and compared on random texts and on every shipped pack.
 * Closest-passage hints are capped at HINTED_QUOTES, with one note saying how many more.
 * A stored pack's stamp (packHash.ts) changes with any byte. The time budgets themselves are
 * in npm run bench (scripts/benchValidator.mjs), not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestPassage, HINTED_QUOTES } from '../../src/core/pack/hints';
import { normaliseForMatch } from '../../src/core/pack/normalise';
import { packHash, packStamp, VALIDATOR_VERSION } from '../../src/core/pack/packHash';
import { reportPack } from '../../src/core/pack/report';
import { loadPack } from '../../src/core/pack/validate';
import { locateInSource, matchInSource, parseSource, type SourceMatch } from '../../src/core/pack/sourceText';
import { findInText, indexText } from '../../src/core/pack/textIndex';
import { packFolders, readFolder } from '../../scripts/packFiles';
import { bigNonVerbatimPack } from '../../scripts/bigPacks.mjs';
import { CECOT_DIR, DEBATE_PACK_DIR, MINI_PACK_DIR, ROOT, readPackFiles } from './helpers';

// The versions before the index, kept as the definition of the right answer.
function referenceMatch(source: string, quote: string): SourceMatch {
  const s = parseSource(source);
  const needle = normaliseForMatch(quote);
  if (s.body.includes(needle)) return 'body';
  if (s.run.includes(needle)) return 'across-paragraphs';
  if (s.notes.some((n) => n.includes(needle))) return 'note';
  if (s.header.includes(needle)) return 'header';
  return 'missing';
}
const referenceAt = (source: string, quote: string) => {
  const needle = normaliseForMatch(quote);
  return needle ? parseSource(source).body.indexOf(needle) : -1;
};
const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
function referencePassage(source: string, quote: string): string {
  const words = source.split(/\s+/).filter(Boolean);
  const want = normaliseForMatch(quote).toLowerCase().split(/\s+/).filter(Boolean);
  const n = Math.max(1, want.length);
  const wanted = new Set(want.map(bare));
  let best = { score: -1, at: 0 };
  for (let at = 0; at + n <= Math.max(n, words.length); at++) {
    const window = words.slice(at, at + n).map((w) => bare(normaliseForMatch(w).toLowerCase()));
    const score = window.filter((w) => wanted.has(w)).length + (window[0] === bare(want[0] ?? '') ? 0.5 : 0);
    if (score > best.score) best = { score, at };
  }
  return bare(words.slice(best.at, best.at + n).join(' '));
}

// Few letters, so repeats, near misses and hash-bucket neighbours are common.
const letters = fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'ba', '\n', '“', '’', '…', 'é', '\ud83d\ude00');
const textOf = (max: number) => fc.array(letters, { maxLength: max }).map((xs) => xs.join(''));

describe('the source index finds what indexOf finds', () => {
  it('the first place, and the first place a condition accepts, for any text and needle', () => {
    fc.assert(
      fc.property(textOf(300), textOf(12), fc.integer({ min: 1, max: 5 }), (text, needle, every) => {
        const index = indexText(text);
        expect(findInText(index, needle)).toBe(text.indexOf(needle));
        const accepted = (at: number) => at % every === 0;
        let want = -1;
        for (let at = text.indexOf(needle); at >= 0; at = at < text.length ? text.indexOf(needle, at + 1) : -1) {
          if (accepted(at)) {
            want = at;
            break;
          }
        }
        expect(findInText(index, needle, accepted)).toBe(want);
      }),
      { numRuns: 400 },
    );
  });

  it('a needle cut from the text is always found where indexOf finds it', () => {
    fc.assert(
      fc.property(textOf(400), fc.nat(), fc.integer({ min: 1, max: 40 }), (text, from, length) => {
        const at = text.length ? from % text.length : 0;
        const needle = text.slice(at, at + length);
        expect(findInText(indexText(text), needle)).toBe(text.indexOf(needle));
      }),
      { numRuns: 300 },
    );
  });

  it('matchInSource and locateInSource agree with the simple scan on sources with a header, notes and paragraphs', () => {
    const line = fc.oneof(
      textOf(30),
      textOf(8).map((t) => `[${t}]`),
      textOf(10).map((t) => `> ${t}`),
      fc.constant(''),
      fc.constant('---'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.array(textOf(14), { maxLength: 6 }), (lines, quotes) => {
        const source = lines.join('\n');
        const ws = source.split(/\s+/);
        // Quotes made up, and quotes cut from the source (across lines too).
        for (const quote of [...quotes, ...ws.map((_, i) => ws.slice(i, i + 1 + (i % 4)).join(' '))]) {
          expect(matchInSource(source, quote)).toBe(referenceMatch(source, quote));
          const found = locateInSource(source, quote);
          const at = referenceAt(source, quote);
          if (at < 0) expect(found).toBeNull();
          else {
            const { starts, paragraphs } = parseSource(source);
            let p = starts.length - 1;
            while (starts[p]! > at) p--;
            expect(found).toEqual({
              paragraph: paragraphs[p]!.text,
              start: at - starts[p]!,
              end: at - starts[p]! + normaliseForMatch(quote).length,
              notes: paragraphs[p]!.notes,
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every quote and narration of every shipped and fixture pack is classified as before', () => {
    const dirs = [...packFolders(ROOT), MINI_PACK_DIR, DEBATE_PACK_DIR];
    for (const dir of dirs) {
      const files = readFolder(dir);
      const source = files['source.md']!;
      const words = source.split(/\s+/);
      for (let i = 0; i < words.length; i += 3) {
        const quote = words.slice(i, i + 1 + (i % 11)).join(' ');
        expect(matchInSource(source, quote), `${dir}: ${quote}`).toBe(referenceMatch(source, quote));
        const cut = source.slice(i * 2, i * 2 + (i % 37));
        expect(matchInSource(source, cut), `${dir}: ${cut}`).toBe(referenceMatch(source, cut));
      }
    }
  });
});

describe('the closest passage', () => {
  it('is the passage the simple window search picks, for any source and quote', () => {
    const word = fc.constantFrom('the', 'The', 'ferry', 'ferry,', '“night', 'night”', 'runs', '—', 'x', 'don’t', "don't", 'é');
    const words = (max: number) => fc.array(word, { maxLength: max }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words(60), words(9), (source, quote) => {
        expect(closestPassage(source, quote)).toBe(referencePassage(source, quote));
      }),
      { numRuns: 500 },
    );
  });

  it('the CECOT pack with every quote changed: each line hinted as before, no note', () => {
    const files = readPackFiles(CECOT_DIR);
    const manifest = JSON.parse(files['pack.json']!) as { quotes: { text: string }[] };
    manifest.quotes.forEach((q) => (q.text = `really ${q.text}`));
    const report = reportPack({ ...files, 'pack.json': JSON.stringify(manifest, null, 2) });
    const body = parseSource(files['source.md']!).body;
    const hinted = report.lines.filter((l) => l.severity === 'error' && /not verbatim/.test(l.message));
    expect(hinted).toHaveLength(manifest.quotes.length);
    hinted.forEach((l, i) => {
      expect(l.path).toBe(`quotes[${i}].text`);
      expect(l.hint).toBe(`copy the words exactly as the source has them; the closest passage is “${referencePassage(body, manifest.quotes[i]!.text)}”`);
    });
    expect(hinted[0]!.hint).toMatch(/^copy the words exactly as the source has them; the closest passage is “.+”$/);
    expect(report.lines.some((l) => l.severity === 'note')).toBe(false);
  });
});

describe('closest-passage hints are capped', () => {
  // The practice pack with HINTED_QUOTES + 7 extra quotes of about 80 words, two words changed in each.
  const { files, passages } = bigNonVerbatimPack(HINTED_QUOTES + 7);
  const report = reportPack(files);
  const missing = report.lines.filter((l) => l.severity === 'error' && /not verbatim/.test(l.message));

  it(`hints the first ${HINTED_QUOTES} with their closest passage, each the passage the quote was copied from`, () => {
    expect(report.errors).toBe(HINTED_QUOTES + 7);
    expect(missing).toHaveLength(HINTED_QUOTES + 7);
    missing.slice(0, HINTED_QUOTES).forEach((l, i) => {
      expect(l.hint).toBe(`copy the words exactly as the source has them; the closest passage is “${passages[i]}”`);
    });
  });

  it('gives the rest the plain advice, after one note that says how many more there are', () => {
    for (const l of missing.slice(HINTED_QUOTES)) expect(l.hint).toBe('copy the words exactly as the source has them');
    const notes = report.lines.filter((l) => l.severity === 'note');
    expect(notes).toEqual([
      {
        file: 'pack.json',
        line: null,
        column: null,
        path: 'quotes',
        severity: 'note',
        message: `the closest passage is shown for the first ${HINTED_QUOTES} quotes that are not verbatim; the 7 more below are listed without it`,
      },
    ]);
    // Just after the last hinted line, before the first plain one.
    const at = report.lines.indexOf(notes[0]!);
    expect(report.lines[at - 1]).toBe(missing[HINTED_QUOTES - 1]);
    expect(report.lines[at + 1]).toBe(missing[HINTED_QUOTES]);
    // The note is not an error: the count and every error line stay as they were.
    expect(report.lines.filter((l) => l.severity === 'error')).toHaveLength(report.errors);
  });
});

describe('a stored pack’s stamp', () => {
  const files = readPackFiles(CECOT_DIR);

  it('is the same for the same files, in any order, and on every run', () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(packHash(reversed)).toBe(packHash(files));
    expect(packHash({ ...files })).toBe(packHash(files));
    expect(packHash(files)).toMatch(/^[0-9a-f]{16}$/);
    // Fixed values: a stamp written on one device is read on another, or after an update.
    expect(packHash({ 'pack.json': '{}' })).toBe('3c7b0ae1e86d066b');
    expect(packStamp(files)).toBe(`v${VALIDATOR_VERSION}:${packHash(files)}`);
  });

  it('changes when one byte of one file changes, or a file is renamed, or text moves between files', () => {
    const base = packHash(files);
    const source = files['source.md']!;
    const mid = Math.floor(source.length / 2);
    const oneByte = `${source.slice(0, mid)}${String.fromCharCode(source.charCodeAt(mid) ^ 1)}${source.slice(mid + 1)}`;
    expect(packHash({ ...files, 'source.md': oneByte })).not.toBe(base);
    expect(packHash({ ...files, 'pack.json': `${files['pack.json']} ` })).not.toBe(base);
    const { 'source.md': _, ...rest } = files;
    expect(packHash({ ...rest, 'source2.md': source })).not.toBe(base);
    expect(packHash({ a: 'xy', b: 'z' })).not.toBe(packHash({ a: 'x', b: 'yz' }));
    expect(packHash({ ab: '', c: '' })).not.toBe(packHash({ a: '', bc: '' }));
  });
});

describe('a stored pack whose stamp matches', () => {
  const files = readPackFiles(CECOT_DIR);

  it('loads to the very same pack without the source comparisons', () => {
    expect(loadPack(files, { sourceChecked: true })).toEqual(loadPack(files));
    // What is skipped: a quote no longer in the source passes. That is why only files whose
    // stamp still matches (the very files that passed) may skip it.
    const changed = { ...files, 'pack.json': files['pack.json']!.replace('"text": "', '"text": "really ') };
    expect(loadPack(changed).ok).toBe(false);
    expect(loadPack(changed, { sourceChecked: true }).ok).toBe(true);
  });

  it('still checks the schema and the references', () => {
    const manifest = JSON.parse(files['pack.json']!) as { quotes: { speaker: string }[]; title?: string };
    manifest.quotes[0]!.speaker = 'nobody';
    const r = loadPack({ ...files, 'pack.json': JSON.stringify(manifest) }, { sourceChecked: true });
    expect(r.ok ? [] : r.issues).toContainEqual({ file: 'pack.json', path: 'quotes[0].speaker', message: 'unknown speaker "nobody"' });
    delete manifest.title;
    expect(loadPack({ ...files, 'pack.json': JSON.stringify(manifest) }, { sourceChecked: true }).ok).toBe(false);
  });
});
