/**
 * The order lists are shown in: a permutation drawn from (seed, level, round, list), the same
 * on every reload and different across sessions, with pinned options in place. And the point
 * of it: where the best answer sits tells a player nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, orderedRound, type GameState } from '../../src/core/rules/game';
import { drawSeed, listKey, nextSeed, parseSeed, SEED_MAX, shuffled } from '../../src/core/rules/order';
import { screenOf } from '../../src/core/screens/screen';
import type { Pack, Round } from '../../src/core/pack/schema';
import { createGameStore } from '../../src/state/store';
import { resultsCsv } from '../../src/services/exportResults';
import { handleKey } from '../../src/input/keyboard';
import { A, CECOT_DIR, loadValidPack, MINI_PACK_DIR, run } from './helpers';

const seed = fc.integer({ min: 0, max: SEED_MAX });
const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 8 });

describe('shuffled', () => {
  it('is a permutation of its input', () => {
    fc.assert(
      fc.property(ids, seed, fc.string(), (list, s, key) => {
        const out = shuffled(list, s, key);
        expect(out).toHaveLength(list.length);
        expect([...out].sort()).toEqual([...list].sort());
      }),
    );
  });

  it('is deterministic for a seed and a key', () => {
    fc.assert(
      fc.property(ids, seed, fc.string(), (list, s, key) => {
        expect(shuffled(list, s, key)).toEqual(shuffled([...list], s, key));
      }),
    );
  });

  it('differs across seeds (and across lists of one round)', () => {
    const list = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(fc.uniqueArray(seed, { minLength: 12, maxLength: 12 }), (seeds) => {
        const orders = new Set(seeds.map((s) => shuffled(list, s, 'lvl/round/options').join('')));
        expect(orders.size).toBeGreaterThan(1);
      }),
    );
    const orders = new Set(Array.from({ length: 30 }, (_, i) => shuffled(list, 7, listKey('lvl', `round-${i}`, 'options')).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('puts every item in every place about equally often', () => {
    const list = ['a', 'b', 'c', 'd'];
    const counts = list.map(() => [0, 0, 0, 0]);
    for (let s = 0; s < 4000; s++)
      shuffled(
        list,
        drawSeed(() => (s * 0.6180339887) % 1),
        'k',
      ).forEach((x, i) => counts[list.indexOf(x)]![i]!++);
    for (const row of counts) {
      for (const n of row) {
        expect(n).toBeGreaterThan(800);
        expect(n).toBeLessThan(1200);
      }
    }
  });

  it('keeps pinned items where they are and shuffles the rest around them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), pin: fc.boolean() }), { selector: (x) => x.id, maxLength: 7 }),
        seed,
        (list, s) => {
          const out = shuffled(list, s, 'k', (x) => x.pin);
          list.forEach((x, i) => {
            if (x.pin) expect(out[i]).toBe(x);
          });
          expect(out.map((x) => x.id).sort()).toEqual(list.map((x) => x.id).sort());
        },
      ),
    );
  });
});

describe('seeds', () => {
  it('the next seed is never the last one; seeds from the address are whole numbers in range', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(nextSeed(s)).not.toBe(s);
      }),
    );
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed(' 7 ')).toBe(7);
    for (const bad of [null, '', 'abc', '-1', '1.5', '4294967296', '1e3']) expect(parseSeed(bad)).toBeNull();
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9999999, noNaN: true }), (r) => {
        expect(drawSeed(() => r)).toBeLessThanOrEqual(SEED_MAX);
      }),
    );
  });
});

const mini = loadValidPack(MINI_PACK_DIR);
const cecot = loadValidPack(CECOT_DIR);

describe('a round as shown', () => {
  it('claim answers keep their natural order whatever order the pack lists them in', () => {
    const claim = mini.levels[0]!.rounds.find((r) => r.type === 'claim')!;
    const reversed = { ...claim, options: [...(claim as Extract<Round, { type: 'claim' }>).options].reverse() } as Round;
    for (const s of [0, 1, 99, 123456]) {
      const r = orderedRound(reversed, s, 'x');
      expect(r.type === 'claim' && r.options.map((o) => o.id)).toEqual(['says', 'contradicts', 'not-said']);
    }
  });

  it('a pinned option ("none of these") stays in its place in every session', () => {
    const choice = mini.levels[0]!.rounds.find((r) => r.type === 'choice') as Extract<Round, { type: 'choice' }>;
    const last = choice.options.length - 1;
    const pinnedLast = { ...choice, options: choice.options.map((o, i) => (i === last ? { ...o, pinned: true } : o)) };
    const firsts = new Set<string>();
    for (let s = 0; s < 50; s++) {
      const r = orderedRound(pinnedLast, s, 'x') as typeof choice;
      expect(r.options[last]!.id).toBe(choice.options[last]!.id);
      firsts.add(r.options[0]!.id);
    }
    expect(firsts.size).toBe(last);
  });

  it('is the same after a reload: the screen of a state read back from JSON shows the same order', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const g = run(cecot, initialState(s), [A.next, A.next, A.next, A.next, A.next]);
        const again = JSON.parse(JSON.stringify(g)) as GameState;
        const order = (x: GameState) => {
          const screen = screenOf(cecot, x);
          return screen.kind === 'round' ? screen.options.map((o) => o.id) : [];
        };
        expect(order(again)).toEqual(order(g));
        expect(order(g).length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('in the CECOT pack, the best answer sits in each place about equally often across sessions', () => {
    // Over 400 sessions, every single-answer round's best option lands in each of its places 15–35% (4 places) of the time.
    for (const level of cecot.levels) {
      for (const round of level.rounds) {
        if (round.type !== 'choice' && round.type !== 'rebuttal') continue;
        const at = round.options.map(() => 0);
        for (let s = 0; s < 400; s++) {
          const shown = orderedRound(round, nextSeed(s), level.id) as typeof round;
          at[shown.options.findIndex((o) => o.verdict === 'supported')]!++;
        }
        for (const n of at) expect(n / 400, `${level.id}/${round.id}: ${at.join(',')}`).toBeGreaterThan(0.6 / round.options.length);
      }
    }
  });
});

describe('key → option → record → CSV, by id', () => {
  it('the letter pressed picks the option on screen; the record keeps its id; the CSV names its letter and text', () => {
    for (const s of [3, 4, 5, 6, 7]) {
      const store = createGameStore(mini, undefined, undefined, { seed: s });
      for (const k of ['Enter', 'Enter', 'Enter', 'Enter']) handleKey(store, k);
      const screen = screenOf(mini, store.getState().game);
      if (screen.kind !== 'round') throw new Error('not on a round');
      const third = screen.options[2]!;
      handleKey(store, 'c');
      handleKey(store, 'Enter');
      const game = store.getState().game;
      const record = game.records['the-bridge']!['opening']!;
      expect(record.picked).toEqual([third.id]);
      // A resume (the state through JSON) still names the same option, and shows it where it was.
      const resumed = JSON.parse(JSON.stringify(game)) as GameState;
      const reveal = screenOf(mini, resumed);
      expect(reveal.kind === 'reveal' && reveal.picked.map((o) => [o.id, o.n])).toEqual([[third.id, 3]]);
      expect(resultsCsv(mini, resumed)).toContain(`C. ${third.text}`);
    }
  });
});

/** What a player who does not read does: a rule applied to the options on screen. */
type Strategy = (screen: Extract<ReturnType<typeof screenOf>, { kind: 'round' }>) => string[];
const label = (o: { text?: string; claimAnswer?: string; speakerView?: { name: string }; quoteView?: { quote: { text: string } } }) =>
  o.text ??
  o.quoteView?.quote.text ??
  o.speakerView?.name ??
  { says: 'The article says so', contradicts: 'The article says otherwise', 'not-said': "The article doesn't say" }[o.claimAnswer ?? 'says']!;
const DOUBT = /doesn't say|does not say|doesn’t say|open question|unclear|not clear|leaves? (it )?open|no one knows|nobody knows/i;
const STRATEGIES: Record<string, Strategy> = {
  'always the first option': (sc) => [sc.options[0]!.id],
  'always the last option': (sc) => [sc.options[sc.options.length - 1]!.id],
  "always 'doesn't say'": (sc) => [(sc.options.find((o) => o.claimAnswer === 'not-said') ?? sc.options.find((o) => DOUBT.test(label(o))) ?? sc.options[0]!).id],
  'always the longest option': (sc) => [[...sc.options].sort((a, b) => label(b).length - label(a).length)[0]!.id],
};

/** Plays every quiz level (no debate rounds) of a pack with one strategy; returns score / max. */
function playQuizLevels(pack: Pack, strategy: Strategy, s: number): number {
  let score = 0;
  let max = 0;
  pack.levels.forEach((level, li) => {
    if (!level.rounds.every((r) => ['choice', 'claim', 'who', 'multi', 'rebuttal'].includes(r.type))) return;
    let g = run(pack, initialState(s), [A.next, A.next]);
    if (g.phase === 'pollBefore') g = run(pack, g, [A.next]);
    g = run(pack, g, [{ type: 'openLevel', level: li }, A.next]);
    for (const round of level.rounds) {
      const screen = screenOf(pack, g);
      if (screen.kind !== 'round') throw new Error(`expected a round, got ${screen.kind}`);
      g = run(pack, g, [...strategy(screen).map((option) => ({ type: 'choose', option }) as const), A.confirm, A.next]);
      score += g.records[level.id]![round.id]!.score;
      max += 100;
    }
  });
  return score / max;
}

describe('fixed strategies score clearly less than reading', () => {
  for (const [name, strategy] of Object.entries(STRATEGIES)) {
    it(`${name}: at most 40% of the maximum on the CECOT quiz levels, over 20 sessions`, () => {
      const means = Array.from({ length: 20 }, (_, i) => playQuizLevels(cecot, strategy, nextSeed(1000 + i)));
      const mean = means.reduce((a, b) => a + b, 0) / means.length;
      expect(mean).toBeLessThanOrEqual(0.4);
    });
  }

  it('while reading (the experts’ answer every time) scores the maximum through the same driver', () => {
    const best: Strategy = (sc) => sc.options.filter((o) => o.verdict === 'supported').map((o) => o.id);
    expect(playQuizLevels(cecot, best, 5)).toBe(1);
  });
});
