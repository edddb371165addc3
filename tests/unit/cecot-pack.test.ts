/**
 * The real pack, levels/cecot-2025. Apart from the first test these checks read the files
 * directly rather than through loadPack, so they do not depend on the validator being right.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/core/pack/issues';
import { CECOT_DIR, loadPackDir } from './helpers';

interface RawQuote {
  id: string;
  speaker: string;
  text: string;
}
interface RawSpeaker {
  id: string;
  kind: string;
}
interface RawRound {
  type: string;
  quote?: string;
  speakers?: string[];
  options?: { evidence?: string[]; quote?: string }[];
  quotes?: string[];
  cards?: { id: string; quote?: string; narration?: string }[];
}

const manifest = JSON.parse(readFileSync(join(CECOT_DIR, 'pack.json'), 'utf8')) as {
  speakers: RawSpeaker[];
  quotes: RawQuote[];
  levels: string[];
  source: { file: string };
  poll?: { question: string; options: { id: string; text: string }[] };
};
const source = readFileSync(join(CECOT_DIR, manifest.source.file), 'utf8');
/** The listed levels whose files exist (a missing file is reported by its own test). */
const levels = manifest.levels
  .map((id) => join(CECOT_DIR, `${id}.json`))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { rounds: RawRound[] });

/** Curly and straight quote marks alike, runs of whitespace as one space. */
const fold = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('levels/cecot-2025', () => {
  it('loads with no issues', () => {
    const r = loadPackDir(CECOT_DIR);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('lists its levels once each, each with its own <id>.json file, and no unlisted level files', () => {
    expect(manifest.levels.length).toBeGreaterThan(0);
    expect(new Set(manifest.levels).size).toBe(manifest.levels.length);
    const missing = manifest.levels.filter((id) => !existsSync(join(CECOT_DIR, `${id}.json`)));
    expect(missing).toEqual([]);
    const stray = readdirSync(CECOT_DIR)
      .filter((f) => f.endsWith('.json') && f !== 'pack.json')
      .filter((f) => !manifest.levels.includes(f.slice(0, -'.json'.length)));
    expect(stray).toEqual([]);
  });

  it("has the debate rounds: at least 4 case, 3 rebuttal, 2 who's-who and 1 verdict round", () => {
    const count = (type: string) => levels.flatMap((l) => l.rounds).filter((r) => r.type === type).length;
    expect(count('case')).toBeGreaterThanOrEqual(4);
    expect(count('rebuttal')).toBeGreaterThanOrEqual(3);
    expect(count('whoswho')).toBeGreaterThanOrEqual(2);
    expect(count('verdict')).toBeGreaterThanOrEqual(1);
  });

  it('has a class poll with at least two options', () => {
    expect(manifest.poll?.question.trim()).toBeTruthy();
    expect(manifest.poll?.options.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('has every narration card word for word in source.md', () => {
    const article = fold(source);
    const narrations = levels.flatMap((l) => l.rounds.flatMap((r) => (r.cards ?? []).flatMap((c) => (c.narration === undefined ? [] : [c]))));
    expect(narrations.length).toBeGreaterThan(0);
    const notFound = narrations.filter((c) => !article.includes(fold(c.narration!))).map((c) => c.id);
    expect(notFound).toEqual([]);
  });

  it('has every quote word for word in source.md (quote marks and whitespace aside)', () => {
    const article = fold(source);
    const notFound = manifest.quotes.filter((q) => !article.includes(fold(q.text))).map((q) => q.id);
    expect(notFound).toEqual([]);
  });

  it('uses every expert and official speaker in some level', () => {
    const speakerOf = new Map(manifest.quotes.map((q) => [q.id, q.speaker]));
    const used = new Set<string>();
    for (const id of manifest.levels) {
      const file = join(CECOT_DIR, `${id}.json`);
      if (!existsSync(file)) continue; // reported by the test above
      const level = JSON.parse(readFileSync(file, 'utf8')) as { rounds: RawRound[] };
      for (const round of level.rounds) {
        const quotes = [
          ...(round.quote ? [round.quote] : []),
          ...(round.quotes ?? []),
          ...(round.options ?? []).flatMap((o) => [...(o.evidence ?? []), ...(o.quote ? [o.quote] : [])]),
          ...(round.cards ?? []).flatMap((c) => (c.quote ? [c.quote] : [])),
        ];
        for (const q of quotes) if (speakerOf.has(q)) used.add(speakerOf.get(q)!);
        for (const s of round.speakers ?? []) used.add(s);
      }
    }
    const unused = manifest.speakers.filter((s) => (s.kind === 'expert' || s.kind === 'official') && !used.has(s.id));
    expect(unused.map((s) => s.id)).toEqual([]);
  });
});
