/** The scoring rule (src/core/scoring.ts): expected values are worked out by hand from the rule. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROUND_MAX, VERDICT_POINTS, scoreMulti, scoreRound, scoreSingle } from '../../src/core/rules/scoring';
import { roundOptions, isMultiSelect, type RoundOption } from '../../src/core/rules/options';
import type { Verdict } from '../../src/core/pack/schema';
import { MINI_PACK_DIR, loadValidPack } from './helpers';

const opt = (id: string, verdict: Verdict): RoundOption => ({ id, verdict, evidence: [], explanation: 'x' });
/** Options named by their verdict's initial and a number: s1 = supported, p1 = partial, u1, c1. */
function opts(spec: string): RoundOption[] {
  const names: Record<string, Verdict> = { s: 'supported', p: 'partial', u: 'unsupported', c: 'contradicted' };
  return spec.split(' ').map((id) => opt(id, names[id[0]!]!));
}

describe('the verdict table', () => {
  it('is supported 100, partial 50, unsupported 0, contradicted 0', () => {
    expect(VERDICT_POINTS).toEqual({ supported: 100, partial: 50, unsupported: 0, contradicted: 0 });
    expect(ROUND_MAX).toBe(100);
  });
});

describe('single-answer rounds', () => {
  const four = opts('s1 p1 u1 c1');

  it.each([
    ['s1', 100, 'supported'],
    ['p1', 50, 'partial'],
    ['u1', 0, 'unsupported'],
    ['c1', 0, 'contradicted'],
  ] as const)('picking %s scores %i with verdict %s', (picked, score, verdict) => {
    expect(scoreSingle(four, picked)).toEqual({ score, verdict, perOption: {} });
    expect(scoreRound(four, [picked], false).score).toBe(score);
  });

  it('rejects an unknown option', () => {
    expect(() => scoreSingle(four, 'x9')).toThrow('unknown option "x9"');
    expect(() => scoreRound(four, ['x9'], false)).toThrow('unknown option "x9"');
  });

  it('rejects no pick or two picks', () => {
    expect(() => scoreRound(four, [], false)).toThrow('exactly one option');
    expect(() => scoreRound(four, ['s1', 'p1'], false)).toThrow('exactly one option');
  });
});

describe('multi-select rounds', () => {
  it('all correct scores 100: every supported picked, nothing else', () => {
    const r = scoreMulti(opts('s1 s2 u1 c1'), ['s1', 's2']);
    expect(r).toEqual({ score: 100, verdict: 'supported', perOption: { s1: 'right', s2: 'right', u1: 'right', c1: 'right' } });
  });

  it('all wrong scores 0: every supported left, everything else picked', () => {
    const r = scoreMulti(opts('s1 s2 u1 c1'), ['u1', 'c1']);
    expect(r).toEqual({ score: 0, verdict: 'contradicted', perOption: { s1: 'wrong', s2: 'wrong', u1: 'wrong', c1: 'wrong' } });
  });

  it('what it found, less what it wrongly picked: each supported option is 100 ÷ their number', () => {
    // Two supported: each found is 50, each wrong pick takes 50 away.
    expect(scoreMulti(opts('s1 s2 u1 c1'), ['s1']).score).toBe(50);
    expect(scoreMulti(opts('s1 s2 u1 c1'), ['s1', 's2', 'u1']).score).toBe(50);
    expect(scoreMulti(opts('s1 s2 u1 c1'), ['s1', 'u1']).score).toBe(0);
    // Never below 0.
    expect(scoreMulti(opts('s1 s2 u1 c1'), ['s1', 'u1', 'c1']).score).toBe(0);
  });

  it('rounds to whole points', () => {
    // 1 of 3 = 33.33, 2 of 3 = 66.67, 2 − 1 of 3 = 33.33
    expect(scoreMulti(opts('s1 s2 s3 u1'), ['s1']).score).toBe(33);
    expect(scoreMulti(opts('s1 s2 s3 u1'), ['s1', 's2']).score).toBe(67);
    expect(scoreMulti(opts('s1 s2 s3 u1'), ['s1', 's2', 'u1']).score).toBe(33);
  });

  it('summarises the verdict: 100 supported, 50 or more partial, below 50 contradicted', () => {
    expect(scoreMulti(opts('s1 s2 s3 u1'), ['s1', 's2']).verdict).toBe('partial'); // 67
    expect(scoreMulti(opts('s1 s2 u1 c1'), ['s1']).verdict).toBe('partial'); // 50
    expect(scoreMulti(opts('s1 s2 s3 u1'), ['s1']).verdict).toBe('contradicted'); // 33
  });

  it('an empty pick is scored, not rejected (the reducer is what demands a selection): it found nothing, so 0', () => {
    expect(scoreMulti(opts('s1 u1 c1'), []).score).toBe(0);
  });

  it('never pays for what it left out: one wrong pick, or every option ticked, scores 0 without reading a word', () => {
    // Under shares among every option, both scored 40 in this round.
    const o = opts('s1 s2 u1 u2 c1');
    expect(scoreMulti(o, ['u1']).score).toBe(0);
    expect(scoreMulti(o, ['u1']).verdict).toBe('contradicted');
    expect(scoreMulti(o, ['s1', 's2', 'u1', 'u2', 'c1']).score).toBe(0);
    // Its breakdown still says which options it left out rightly.
    expect(scoreMulti(o, ['u1']).perOption).toEqual({ s1: 'wrong', s2: 'wrong', u1: 'wrong', u2: 'right', c1: 'right' });
    // One supported option found: half; both: all.
    expect(scoreMulti(o, ['s1']).score).toBe(50);
    expect(scoreMulti(o, ['s1', 's2']).score).toBe(100);
  });

  it('property: picking only options the sources do not support never scores', () => {
    const verdict = fc.constantFrom<Verdict>('supported', 'partial', 'unsupported', 'contradicted');
    fc.assert(
      fc.property(fc.array(fc.tuple(verdict, fc.boolean()), { minLength: 2, maxLength: 6 }), (spec) => {
        const o = [opt('s0', 'supported'), ...spec.map(([v], i) => opt(`o${i}`, v))];
        const picked = o.filter((x, i) => i > 0 && x.verdict !== 'supported' && spec[i - 1]![1]).map((x) => x.id);
        expect(scoreMulti(o, picked).score).toBe(0);
      }),
    );
  });

  it('property: ticking every option never beats the answer the experts give, and never scores when the false claims are as many as the true', () => {
    const verdict = fc.constantFrom<Verdict>('supported', 'partial', 'unsupported', 'contradicted');
    fc.assert(
      fc.property(fc.array(verdict, { minLength: 1, maxLength: 6 }), (vs) => {
        const o = [opt('s0', 'supported'), ...vs.map((v, i) => opt(`o${i}`, v))];
        const all = scoreMulti(
          o,
          o.map((x) => x.id),
        ).score;
        const best = scoreMulti(
          o,
          o.filter((x) => x.verdict === 'supported').map((x) => x.id),
        ).score;
        expect(all).toBeLessThanOrEqual(best);
        const trueOnes = o.filter((x) => x.verdict === 'supported').length;
        const falseOnes = o.filter((x) => x.verdict === 'unsupported' || x.verdict === 'contradicted').length;
        if (falseOnes >= trueOnes) expect(all).toBe(0);
      }),
    );
  });

  describe('partial options', () => {
    it('are marked half and cost nothing whichever way they go', () => {
      const o = opts('s1 s2 p1 u1 c1');
      const left = scoreMulti(o, ['s1', 's2']);
      const picked = scoreMulti(o, ['s1', 's2', 'p1']);
      expect(left.perOption.p1).toBe('half');
      expect(picked.perOption.p1).toBe('half');
      expect(left.score).toBe(100);
      expect(picked.score).toBe(100);
    });

    it('count neither way, whichever way the partials go', () => {
      const o = opts('s1 s2 p1 p2 u1');
      expect(scoreMulti(o, ['p1', 'p2']).score).toBe(0); // nothing found
      expect(scoreMulti(o, ['s1', 'p1']).score).toBe(50);
      expect(scoreMulti(o, ['s1', 's2', 'p1', 'p2']).score).toBe(100);
      expect(scoreMulti(o, ['s1', 's2', 'u1', 'p1']).score).toBe(50);
    });

    it('score 50 in a single-answer round', () => {
      expect(scoreRound(opts('s1 p1 c1'), ['p1'], false).score).toBe(50);
    });
  });

  it('rejects an unknown option', () => {
    expect(() => scoreMulti(opts('s1 u1 c1'), ['s1', 'x9'])).toThrow('unknown option "x9"');
    expect(() => scoreRound(opts('s1 u1 c1'), ['x9'], true)).toThrow('unknown option "x9"');
  });

  it('property: a whole number from 0 to 100, and exactly the supported options score 100', () => {
    const verdict = fc.constantFrom<Verdict>('supported', 'partial', 'unsupported', 'contradicted');
    fc.assert(
      fc.property(fc.array(fc.tuple(verdict, fc.boolean()), { minLength: 1, maxLength: 6 }), (spec) => {
        const o = spec.map(([v], i) => opt(`o${i}`, v));
        const picked = o.filter((_, i) => spec[i]![1]).map((x) => x.id);
        const r = scoreMulti(o, picked);
        expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= ROUND_MAX).toBe(true);
        // Every round of a valid pack has a supported option (without one the score is a neutral 50).
        if (o.some((x) => x.verdict === 'supported')) {
          expect(
            scoreMulti(
              o,
              o.filter((x) => x.verdict === 'supported').map((x) => x.id),
            ).score,
          ).toBe(100);
          expect(
            scoreMulti(
              o,
              o.filter((x) => x.verdict === 'unsupported' || x.verdict === 'contradicted').map((x) => x.id),
            ).score,
          ).toBe(0);
        }
      }),
    );
  });
});

describe('round options seen through one shape (options.ts)', () => {
  const pack = loadValidPack(MINI_PACK_DIR);
  const [bridge, budget] = pack.levels;

  it("a who-round's options are its speakers; only the quote's speaker is supported", () => {
    const who = bridge!.rounds[2]!;
    expect(roundOptions(pack, who).map((o) => [o.id, o.verdict, o.evidence])).toEqual([
      ['voss', 'supported', ['voss-trust']],
      ['pell', 'contradicted', ['voss-trust']],
      ['okoro', 'contradicted', ['voss-trust']],
    ]);
  });

  it('claim answers carry their label key; only multi rounds are multi-select', () => {
    expect(roundOptions(pack, bridge!.rounds[1]!).map((o) => o.claimAnswer)).toEqual(['says', 'contradicts', 'not-said']);
    expect(pack.levels.flatMap((l) => l.rounds.map(isMultiSelect))).toEqual([false, false, false, true, false]);
    expect(budget!.rounds[0]!.type).toBe('multi');
  });

  it('copies evidence, so a caller cannot change the pack through an option', () => {
    const o = roundOptions(pack, bridge!.rounds[0]!)[0]!;
    o.evidence.push('zzz');
    expect(roundOptions(pack, bridge!.rounds[0]!)[0]!.evidence).toEqual(['pell-summer']);
  });
});
