/**
 * The shipped packs give nothing away but through the article: not the best answer's length,
 * not hedging words, not quote marks, and not one claim answer that is always right. The two
 * strategies checked here ("always the longest", "always 'doesn't say'") read only the text,
 * so they are played in the files' order; position tells are the shuffle's job (order.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundOptions, type RoundOption } from '../../src/core/rules/options';
import { ROUND_MAX, scoreRound } from '../../src/core/rules/scoring';
import { scoreCase } from '../../src/core/rules/debateScoring';
import type { CaseRound, Pack, Round, Stance } from '../../src/core/pack/schema';
import { en } from '../../src/i18n/strings';
import { ROOT, loadValidPack } from './helpers';

const LEVELS = join(ROOT, 'levels');
const packDirs = readdirSync(LEVELS)
  .map((name) => join(LEVELS, name))
  .filter((dir) => statSync(dir).isDirectory());

const QUOTE_MARKS = /["“”]/;
/** What a student who always hedges looks for: "doesn't say", "open question", "unclear". */
const HEDGE = /doesn['’]t say|does not say|\bopen\b|unclear|not clear|no means clear|unanswered|no answer/i;
/** Levels a fixed strategy can play: only answer-picking rounds, no debate drafts. */
const DEBATE_TYPES: readonly Round['type'][] = ['case', 'whoswho', 'verdict'];
/** Fixed strategies may score at most this share of the maximum. */
const STRATEGY_CEILING = 0.4;
/** Where the experts leave a case open, neither side may be able to outscore the other by more. */
const OPEN_BALANCE = 10;
/** Where they take a side, that side can score at least this. */
const RIGHT_SIDE_BEST = 80;

/** The best score a side can reach: every pair of cards, with every concession (or none). */
function bestCase(round: CaseRound, stance: Stance): number {
  const ids = round.cards.map((c) => c.id);
  let best = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      for (const conceded of [null, ...ids.filter((id) => id !== ids[i] && id !== ids[j])])
        best = Math.max(best, scoreCase(round, stance, [ids[i]!, ids[j]!], conceded).score);
  return best;
}

function shownText(pack: Pack, round: Round, o: RoundOption): string {
  if (round.type === 'claim') return en.claimAnswer[o.claimAnswer!];
  if (round.type === 'who') return pack.manifest.speakers.find((s) => s.id === o.speaker)?.name ?? '';
  if (round.type === 'rebuttal') return pack.manifest.quotes.find((q) => q.id === o.quote)?.text ?? '';
  return o.text ?? '';
}

/** The one option a strategy picks (multi-select rounds: only that one). */
type Strategy = (pack: Pack, round: Round, options: RoundOption[]) => RoundOption;

const longest: Strategy = (pack, round, options) =>
  options.reduce((best, o) => (shownText(pack, round, o).length > shownText(pack, round, best).length ? o : best));

const doesntSay: Strategy = (_pack, round, options) =>
  round.type === 'claim' ? options.find((o) => o.id === 'not-said')! : (options.find((o) => HEDGE.test(o.text ?? '')) ?? options[0]!);

function strategyShare(pack: Pack, pick: Strategy): number {
  const quiz = pack.levels.filter((l) => l.rounds.every((r) => !DEBATE_TYPES.includes(r.type)));
  const rounds = quiz.flatMap((l) => l.rounds);
  const points = rounds.reduce((sum, round) => {
    const options = roundOptions(pack, round);
    return sum + scoreRound(options, [pick(pack, round, options).id], round.type === 'multi').score;
  }, 0);
  return points / (ROUND_MAX * rounds.length);
}

function claimWins(pack: Pack): Record<string, number> {
  const wins: Record<string, number> = { says: 0, contradicts: 0, 'not-said': 0 };
  for (const round of pack.levels.flatMap((l) => l.rounds)) {
    if (round.type !== 'claim') continue;
    for (const o of round.options) if (o.verdict === 'supported') wins[o.id]! += 1;
  }
  return wins;
}

describe.each(packDirs.map((dir) => [dir.split('/').pop()!, dir] as const))('shipped pack %s', (name, dir) => {
  const pack = loadValidPack(dir);
  const rounds = pack.levels.flatMap((l) => l.rounds);

  it('has its best answer as the longest option in at most a third of the single-choice rounds', () => {
    const choice = rounds.filter((r) => r.type === 'choice');
    const bestLongest = choice.filter((r) => {
      const max = Math.max(...r.options.map((o) => o.text.length));
      return r.options.some((o) => o.verdict === 'supported' && o.text.length === max);
    });
    expect(choice.length).toBeGreaterThan(0);
    expect(bestLongest.length * 3).toBeLessThanOrEqual(choice.length);
  });

  it('spreads the right claim answer across says / contradicts / not-said', () => {
    const wins = claimWins(pack);
    if (name === 'cecot-2025') {
      // Each answer right at least twice, so never picking one of them costs something.
      for (const n of Object.values(wins)) expect(n).toBeGreaterThanOrEqual(2);
    } else {
      expect(Object.values(wins).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('quotes the article in wrong options as often as in best ones (within one)', () => {
    let best = 0;
    let other = 0;
    for (const round of rounds) {
      if (round.type !== 'choice' && round.type !== 'multi') continue;
      for (const o of round.options)
        if (QUOTE_MARKS.test(o.text)) {
          if (o.verdict === 'supported') best++;
          else other++;
        }
    }
    expect(Math.abs(best - other)).toBeLessThanOrEqual(1);
  });

  it('scores "always the longest option" at most 40% on the quiz levels', () => {
    expect(strategyShare(pack, longest)).toBeLessThanOrEqual(STRATEGY_CEILING);
  });

  it('scores "always the article doesn\'t say" at most 40% on the quiz levels', () => {
    expect(strategyShare(pack, doesntSay)).toBeLessThanOrEqual(STRATEGY_CEILING);
  });

  it("balances every open case hand, and lets the experts' side score well where they take one", () => {
    for (const round of rounds) {
      if (round.type !== 'case') continue;
      const [pro, con] = [bestCase(round, 'for'), bestCase(round, 'against')];
      if (round.experts.view === 'open') expect(Math.abs(pro - con), `${round.id}: for ${pro}, against ${con}`).toBeLessThanOrEqual(OPEN_BALANCE);
      else {
        const [right, other] = round.experts.view === 'for' ? [pro, con] : [con, pro];
        expect(right, `${round.id}: the experts' side`).toBeGreaterThanOrEqual(RIGHT_SIDE_BEST);
        expect(right, `${round.id}: the experts' side against the other`).toBeGreaterThan(other);
      }
    }
  });
});

describe('the strategies these checks play', () => {
  it('find the packs, and a hedge in the wording a student would spot', () => {
    expect(packDirs.map((d) => d.split('/').pop())).toEqual(expect.arrayContaining(['cecot-2025', 'kestrel-bay-ferry']));
    expect(HEDGE.test("It's an open question — Fishwick asks it")).toBe(true);
    expect(HEDGE.test("The article doesn't say: she gave no deadline")).toBe(true);
    expect(HEDGE.test('By the first snow')).toBe(false);
  });
});
