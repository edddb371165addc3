/**
 * Length warnings (issue 16, item 14): for every field lengthLint.ts limits, a generated pack
 * with the field at its limit gives no warning and one character more gives exactly one, with
 * the exact message; the full report of the pack at every limit has no warning at all, and the
 * shipped packs have no length warning.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lengthMessage, lengthWarnings, TEXT_LIMITS, type TextField } from '../../src/core/pack/lengthLint';
import { reportPack } from '../../src/core/pack/report';
import { loadPack } from '../../src/core/pack/validate';
import type { Pack } from '../../src/core/pack/schema';
import { limitPack, words } from './longPack';
import { loadValidPack, ROOT } from './helpers';

function atLimits(): Pack {
  const r = loadPack(limitPack());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return structuredClone(r.pack);
}

type Round = Record<string, unknown> & { type: string };
const round = (pack: Pack, level: number, type: string) => pack.levels[level]!.rounds.find((r) => r.type === type) as unknown as Round;
const roundAt = (pack: Pack, level: number, type: string) => `rounds[${pack.levels[level]!.rounds.findIndex((r) => r.type === type)}]`;
const whoQuotes = (pack: Pack) => (round(pack, 1, 'whoswho').quotes as string[]).map((id) => pack.manifest.quotes.find((q) => q.id === id)!);

/** Each field: where the warning points, and how to set it to `n` characters. */
const FIELDS: Record<TextField, { file: string; path: (p: Pack) => string; set: (p: Pack, n: number) => void }> = {
  packTitle: { file: 'pack.json', path: () => 'title', set: (p, n) => void (p.manifest.title = words(n)) },
  summary: { file: 'pack.json', path: () => 'summary', set: (p, n) => void (p.manifest.summary = words(n)) },
  levelTitle: { file: 'q1.json', path: () => 'title', set: (p, n) => void (p.levels[0]!.title = words(n)) },
  question: { file: 'q1.json', path: () => 'question', set: (p, n) => void (p.levels[0]!.question = words(n)) },
  context: { file: 'q1.json', path: () => 'context', set: (p, n) => void (p.levels[0]!.context = words(n)) },
  claim: { file: 'q1.json', path: (p) => `${roundAt(p, 0, 'claim')}.claim`, set: (p, n) => void (round(p, 0, 'claim').claim = words(n)) },
  whoExplanation: {
    file: 'q1.json',
    path: (p) => `${roundAt(p, 0, 'who')}.explanation`,
    set: (p, n) => void (round(p, 0, 'who').explanation = words(n)),
  },
  whosWhoExplanation: {
    file: 'q2.json',
    path: (p) => `${roundAt(p, 1, 'whoswho')}.explanation`,
    set: (p, n) => void (round(p, 1, 'whoswho').explanation = words(n)),
  },
  // One quote longer, another as much shorter: the round's quotes together stay within theirs.
  whosWhoQuote: {
    file: 'q2.json',
    path: (p) => `${roundAt(p, 1, 'whoswho')}.quotes[0]`,
    set: (p, n) => {
      const [first, , third] = whoQuotes(p);
      third!.text = words(third!.text.length - (n - first!.text.length));
      first!.text = words(n);
    },
  },
  whosWhoQuotes: {
    file: 'q2.json',
    path: (p) => `${roundAt(p, 1, 'whoswho')}.quotes`,
    set: (p, n) => {
      const quotes = whoQuotes(p);
      const last = quotes[quotes.length - 1]!;
      last.text = words(last.text.length + n - quotes.reduce((sum, q) => sum + q.text.length, 0));
    },
  },
};

describe('length warnings', () => {
  it('a pack with every shown text at its limit reports no warning at all', () => {
    const report = reportPack(limitPack());
    expect(report.errors).toBe(0);
    expect(report.lines.map((l) => l.message)).toEqual([]);
  });

  for (const [field, f] of Object.entries(FIELDS) as [TextField, (typeof FIELDS)[TextField]][]) {
    const limit = TEXT_LIMITS[field];
    it(`${field}: ${limit} characters pass, ${limit + 1} warn`, () => {
      const pack = atLimits();
      f.set(pack, limit);
      expect(lengthWarnings(pack.manifest, pack.levels)).toEqual([]);
      f.set(pack, limit + 1);
      expect(lengthWarnings(pack.manifest, pack.levels)).toEqual([
        { file: f.file, path: f.path(pack), severity: 'warning', message: lengthMessage(field, limit + 1) },
      ]);
    });
  }

  it('says how long, what fits and what to do', () => {
    expect(lengthMessage('question', 131)).toBe('this question is 131 characters; screens fit up to 120: shorten it');
    expect(lengthMessage('packTitle', 71)).toBe("the pack's title is 71 characters; screens fit up to 70: shorten it");
  });

  it('counts characters as a reader does (an accent or an emoji is one)', () => {
    const pack = atLimits();
    pack.levels[0]!.question = `${'é'.repeat(TEXT_LIMITS.question - 1)}😀`;
    expect(lengthWarnings(pack.manifest, pack.levels)).toEqual([]);
  });

  it('the shipped packs have no length warning', () => {
    for (const folder of ['cecot-2025', 'kestrel-bay-ferry']) {
      const pack = loadValidPack(join(ROOT, 'levels', folder));
      expect(lengthWarnings(pack.manifest, pack.levels), folder).toEqual([]);
    }
  });
});
