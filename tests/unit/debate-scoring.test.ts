/**
 * The debate scoring table (top of src/core/debateScoring.ts), one rule at a time, on the debate
 * fixture pack. Every expected number is worked out by hand from the fixture:
 *
 * the-plan / case-spring, claim "ready to be built next spring" (weight = relevance + strength):
 *   survey  on-point  against  strong     weight 25
 *   cable   on-point  against  strong     weight 25   (ties with survey: both strongest vs "for")
 *   start   on-point  for      moderate   weight 20   (strongest vs "against")
 *   bills   related   for      strong     weight 18
 *   turning on-point  for      weak       weight 15   (narration)
 *   jobs    off-topic neutral  moderate   weight  5
 *
 * the-vote / who-is-who: quotes park-vote (park), osei-birds (osei), reyes-jobs (reyes);
 *   speakers osei (expert), reyes (official), park (official).
 *   Matches 60 / 3 = 20 each; sorting 40 / 3 = 13.33… each.
 *
 * the-vote / verdict-plan: feasible-now contradicted, with-changes supported, open partial,
 *   fantasy unsupported. Cards: v-survey, v-cable, v-vote on-point for strong; v-grant related for
 *   moderate; v-quick related for weak; v-birds off-topic for strong; v-start on-point against
 *   moderate; v-jobs related neutral weak.
 */
import { describe, expect, it } from 'vitest';
import { scoreCase, scoreVerdict, scoreWhosWho, type ScoreLine } from '../../src/core/rules/debateScoring';
import type { CaseRound, Round, VerdictRound, WhosWhoRound } from '../../src/core/pack/schema';
import { DEBATE_PACK_DIR, loadValidPack } from './helpers';

const pack = loadValidPack(DEBATE_PACK_DIR);

function round<T extends Round['type']>(id: string, type: T): Extract<Round, { type: T }> {
  const r = pack.levels.flatMap((l) => l.rounds).find((x) => x.id === id);
  if (!r || r.type !== type) throw new Error(`fixture round ${id} is not a ${type} round`);
  return r as Extract<Round, { type: T }>;
}

const caseRound: CaseRound = round('case-spring', 'case');
const whoRound: WhosWhoRound = round('who-is-who', 'whoswho');
const verdictRound: VerdictRound = round('verdict-plan', 'verdict');

const only = (lines: ScoreLine[], rule: ScoreLine['rule']) => lines.filter((l) => l.rule === rule);
const sum = (lines: ScoreLine[]) => lines.reduce((s, l) => s + l.points, 0);

describe('make the case', () => {
  it('relevance: on-point 15, related 8, off-topic 0', () => {
    expect(only(scoreCase(caseRound, 'for', ['start', 'bills'], null).lines, 'relevance')).toEqual([
      { rule: 'relevance', card: 'start', value: 'on-point', points: 15 },
      { rule: 'relevance', card: 'bills', value: 'related', points: 8 },
    ]);
    expect(only(scoreCase(caseRound, 'for', ['jobs'], null).lines, 'relevance')).toEqual([{ rule: 'relevance', card: 'jobs', value: 'off-topic', points: 0 }]);
  });

  it('stance: a card that backs your side 15, one that takes no side 0', () => {
    expect(only(scoreCase(caseRound, 'against', ['cable', 'jobs'], null).lines, 'stance')).toEqual([
      { rule: 'stance', card: 'cable', value: 'backs', points: 15 },
      { rule: 'stance', card: 'jobs', value: 'neutral', points: 0 },
    ]);
  });

  it('strength: strong 10, moderate 5, weak 0, and only for a card that backs your side', () => {
    expect(only(scoreCase(caseRound, 'for', ['bills', 'start'], null).lines, 'strength')).toEqual([
      { rule: 'strength', card: 'bills', value: 'strong', points: 10 },
      { rule: 'strength', card: 'start', value: 'moderate', points: 5 },
    ]);
    // jobs is moderate but takes no side: its strength earns nothing
    expect(only(scoreCase(caseRound, 'for', ['turning', 'jobs'], null).lines, 'strength')).toEqual([
      { rule: 'strength', card: 'turning', value: 'weak', points: 0 },
      { rule: 'strength', card: 'jobs', value: 'moderate', points: 0 },
    ]);
  });

  it('a card that undercuts your side earns 0 on all three lines', () => {
    const r = scoreCase(caseRound, 'against', ['start', 'bills'], null);
    expect(r.lines.filter((l) => l.rule !== 'concession')).toEqual([
      { rule: 'relevance', card: 'start', value: 'wrong-side', points: 0 },
      { rule: 'stance', card: 'start', value: 'undercuts', points: 0 },
      { rule: 'strength', card: 'start', value: 'wrong-side', points: 0 },
      { rule: 'relevance', card: 'bills', value: 'wrong-side', points: 0 },
      { rule: 'stance', card: 'bills', value: 'undercuts', points: 0 },
      { rule: 'strength', card: 'bills', value: 'wrong-side', points: 0 },
    ]);
    expect(r.score).toBe(0);
  });

  it('concession: the strongest counter-card 20 (ties included), a weaker counter 5, own side or none 0', () => {
    const conceded = (stance: 'for' | 'against', card: string | null) => only(scoreCase(caseRound, stance, [], card).lines, 'concession');
    // "for": survey and cable tie at 25, so both are the strongest
    expect(conceded('for', 'survey')).toEqual([{ rule: 'concession', card: 'survey', value: 'strongest', points: 20 }]);
    expect(conceded('for', 'cable')).toEqual([{ rule: 'concession', card: 'cable', value: 'strongest', points: 20 }]);
    // "against": start 20 beats bills 18 and turning 15
    expect(conceded('against', 'start')).toEqual([{ rule: 'concession', card: 'start', value: 'strongest', points: 20 }]);
    expect(conceded('against', 'bills')).toEqual([{ rule: 'concession', card: 'bills', value: 'weaker', points: 5 }]);
    expect(conceded('against', 'turning')).toEqual([{ rule: 'concession', card: 'turning', value: 'weaker', points: 5 }]);
    // conceding a card of your own side, a neutral card, or nothing
    expect(conceded('for', 'bills')).toEqual([{ rule: 'concession', card: 'bills', value: 'none', points: 0 }]);
    expect(conceded('against', 'survey')).toEqual([{ rule: 'concession', card: 'survey', value: 'none', points: 0 }]);
    expect(conceded('for', 'jobs')).toEqual([{ rule: 'concession', card: 'jobs', value: 'none', points: 0 }]);
    expect(conceded('for', null)).toEqual([{ rule: 'concession', card: null, value: 'none', points: 0 }]);
  });

  it('a perfect case scores the maximum of 100: 40 + 40 + 20', () => {
    const r = scoreCase(caseRound, 'against', ['survey', 'cable'], 'start');
    expect(r.lines.map((l) => l.points)).toEqual([15, 15, 10, 15, 15, 10, 20]);
    expect(r.score).toBe(100);
  });

  it('a mixed case adds up line by line: 35 + 33 + 20 = 88', () => {
    const r = scoreCase(caseRound, 'for', ['start', 'bills'], 'cable');
    expect(r.lines.map((l) => l.points)).toEqual([15, 15, 5, 8, 15, 10, 20]);
    expect(r.score).toBe(88);
    expect(sum(r.lines)).toBe(r.score);
  });
});

describe("who's who", () => {
  const right = { 'park-vote': 'park', 'osei-birds': 'osei', 'reyes-jobs': 'reyes' };
  const sorted = { osei: 'expert', reyes: 'official', park: 'official' } as const;

  it('all right scores 100: the 40 for sorting is rounded once, not per line (13 + 13 + 13)', () => {
    const r = scoreWhosWho(pack, whoRound, right, sorted);
    expect(only(r.lines, 'match')).toEqual([
      { rule: 'match', quote: 'park-vote', speaker: 'park', right: 'park', points: 20 },
      { rule: 'match', quote: 'osei-birds', speaker: 'osei', right: 'osei', points: 20 },
      { rule: 'match', quote: 'reyes-jobs', speaker: 'reyes', right: 'reyes', points: 20 },
    ]);
    expect(only(r.lines, 'sort')).toEqual([
      { rule: 'sort', speaker: 'osei', group: 'expert', right: 'expert', points: 13 },
      { rule: 'sort', speaker: 'reyes', group: 'official', right: 'official', points: 13 },
      { rule: 'sort', speaker: 'park', group: 'official', right: 'official', points: 13 },
    ]);
    expect(r.score).toBe(100);
  });

  it('partial credit per correct match: 2 of 3 matches = 40, plus all sorted 40 = 80', () => {
    const r = scoreWhosWho(pack, whoRound, { ...right, 'osei-birds': 'reyes' }, sorted);
    expect(only(r.lines, 'match').map((l) => l.points)).toEqual([20, 0, 20]);
    expect(only(r.lines, 'match')[1]).toMatchObject({ speaker: 'reyes', right: 'osei' });
    expect(r.score).toBe(80);
  });

  it('2 of 3 sorted: 60 + 26.67 rounds to 87; 1 match and 1 sort: 20 + 13.33 rounds to 33', () => {
    expect(scoreWhosWho(pack, whoRound, right, { ...sorted, park: 'expert' }).score).toBe(87);
    const r = scoreWhosWho(
      pack,
      whoRound,
      { 'park-vote': 'park', 'osei-birds': 'park', 'reyes-jobs': 'osei' },
      { osei: 'expert', reyes: 'expert', park: 'expert' },
    );
    expect(r.lines.map((l) => l.points)).toEqual([20, 0, 0, 13, 0, 0]);
    expect(r.score).toBe(33);
  });

  it('nothing placed scores 0, with the right answers on every line', () => {
    const r = scoreWhosWho(pack, whoRound, {}, {});
    expect(r.score).toBe(0);
    expect(only(r.lines, 'match').map((l) => l.rule === 'match' && [l.speaker, l.right])).toEqual([
      [null, 'park'],
      [null, 'osei'],
      [null, 'reyes'],
    ]);
    expect(only(r.lines, 'sort').map((l) => l.rule === 'sort' && [l.group, l.right])).toEqual([
      [null, 'expert'],
      [null, 'official'],
      [null, 'official'],
    ]);
  });

  it('the shares follow the counts: 4 quotes are 15 each and 4 speakers 10 each', () => {
    const four: WhosWhoRound = { ...whoRound, quotes: ['park-vote', 'osei-birds', 'reyes-jobs', 'lind-cost'], speakers: ['osei', 'reyes', 'park', 'lind'] };
    const r = scoreWhosWho(
      pack,
      four,
      { 'park-vote': 'park', 'osei-birds': 'osei', 'reyes-jobs': 'osei', 'lind-cost': 'lind' },
      { osei: 'expert', reyes: 'expert', park: 'official', lind: 'expert' },
    );
    expect(r.lines.map((l) => l.points)).toEqual([15, 15, 0, 15, 10, 0, 10, 10]);
    expect(r.score).toBe(75);
  });
});

describe('final verdict', () => {
  it('position: 40 × the verdict share: supported 40, partial 20, unsupported and contradicted 0, none 0', () => {
    const position = (p: Parameters<typeof scoreVerdict>[1]) => scoreVerdict(verdictRound, p, []).lines;
    expect(position('with-changes')).toEqual([{ rule: 'position', position: 'with-changes', verdict: 'supported', points: 40 }]);
    expect(position('open')).toEqual([{ rule: 'position', position: 'open', verdict: 'partial', points: 20 }]);
    expect(position('fantasy')).toEqual([{ rule: 'position', position: 'fantasy', verdict: 'unsupported', points: 0 }]);
    expect(position('feasible-now')).toEqual([{ rule: 'position', position: 'feasible-now', verdict: 'contradicted', points: 0 }]);
    expect(position(null)).toEqual([{ rule: 'position', position: null, verdict: null, points: 0 }]);
  });

  it('closing cards: 10 + strength (10/5/0) only for a card bearing "for" that is not off-topic', () => {
    const closing = (cards: string[]) => only(scoreVerdict(verdictRound, null, cards).lines, 'closing');
    expect(closing(['v-survey', 'v-grant', 'v-quick'])).toEqual([
      { rule: 'closing', card: 'v-survey', value: 'backs', points: 20 },
      { rule: 'closing', card: 'v-grant', value: 'backs', points: 15 },
      { rule: 'closing', card: 'v-quick', value: 'backs', points: 10 },
    ]);
    expect(closing(['v-birds', 'v-start', 'v-jobs'])).toEqual([
      { rule: 'closing', card: 'v-birds', value: 'off-topic', points: 0 },
      { rule: 'closing', card: 'v-start', value: 'against', points: 0 },
      { rule: 'closing', card: 'v-jobs', value: 'neutral', points: 0 },
    ]);
  });

  it('the best position and three strong backing cards score the maximum of 100; a mixed one 45', () => {
    expect(scoreVerdict(verdictRound, 'with-changes', ['v-survey', 'v-cable', 'v-vote']).score).toBe(100);
    const r = scoreVerdict(verdictRound, 'open', ['v-grant', 'v-quick', 'v-birds']);
    expect(r.lines.map((l) => l.points)).toEqual([20, 15, 10, 0]);
    expect(r.score).toBe(45);
  });
});
