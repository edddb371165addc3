import { afterEach, describe, expect, it } from 'vitest';
import { discernment } from '../../src/core/rules/discernment';
import { initialState } from '../../src/core/rules/game';
import type { Pack } from '../../src/core/pack/schema';
import { screenOf } from '../../src/core/screens/screen';
import { pageCount } from '../../src/state/view';
import type { GameState, RoundRecord } from '../../src/core/rules/stateSchema';
import { discernmentItem } from '../../src/i18n/discernmentText';
import { printSheet, resultsCsv } from '../../src/services/exportResults';
import { setLanguage } from '../../src/i18n/strings';
import { loadValidPack, MINI_PACK_DIR, run } from './helpers';
import { miniAnswers, textOf, withFakeDocument } from './fixtures';

const mini = loadValidPack(MINI_PACK_DIR);

type Truth = 'says' | 'contradicts' | 'not-said';
/** Six claim rounds, two of each kind, whose right answer is `truth` (the one marked supported). */
const TRUTHS: Truth[] = ['says', 'says', 'contradicts', 'contradicts', 'not-said', 'not-said'];

/** The mini pack with a third level of claim rounds of known kinds. */
function claimPack(): Pack {
  const pack = structuredClone(mini);
  pack.levels.push({
    id: 'claims',
    title: 'Claims',
    question: 'What does the article say?',
    context: 'Six claims.',
    rounds: TRUTHS.map((truth, i) => ({
      id: `c${i}`,
      type: 'claim' as const,
      prompt: 'What does the article actually say?',
      claim: `Claim ${i}`,
      options: (['says', 'contradicts', 'not-said'] as const).map((id) => ({
        id,
        verdict: id === truth ? ('supported' as const) : ('unsupported' as const),
        evidence: [],
        explanation: 'x',
      })),
    })),
  });
  return pack;
}
const pack = claimPack();

/** A finished record of each claim round: `picks[i]` is round i's record (absent: not played). */
function withRecords(records: (RoundRecord | undefined)[], mode: GameState['mode'] = 'solo', teams = 2): GameState {
  const s = initialState();
  const claims: Record<string, RoundRecord> = {};
  records.forEach((r, i) => r && (claims[`c${i}`] = r));
  return { ...s, mode, teams: Array(teams).fill(''), records: { claims } };
}
const pick = (id: string, team?: number): RoundRecord => ({ picked: [id], score: 0, verdict: 'unsupported', ...(team === undefined ? {} : { team }) });

afterEach(() => setLanguage('en'));

describe('discernment over the claim rounds', () => {
  it('solo: per kind of claim, how many were answered and called right, and the most common mix-up', () => {
    // Supported: says ✓, doesn't say ✗ · contradicted: doesn't say ✗ ✗ · not in the article: ✓, says ✗.
    const s = withRecords([pick('says'), pick('not-said'), pick('not-said'), pick('not-said'), pick('not-said'), pick('says')]);
    const [d, ...more] = discernment(pack, s);
    expect(more).toEqual([]);
    expect(d).toEqual({
      team: null,
      tallies: [
        { kind: 'says', answered: 2, correct: 1 },
        { kind: 'contradicts', answered: 2, correct: 0 },
        { kind: 'not-said', answered: 2, correct: 1 },
      ],
      confusion: { truth: 'contradicts', called: 'not-said', count: 2 },
    });
    expect(discernmentItem(d!, s.teams)).toBe(
      "supported claims 1 of 2 called “says so” · contradicted claims 0 of 2 called “says otherwise” · claims not in the article 1 of 2 called “doesn't say”. Most common mix-up: called 2 contradicted claims “doesn't say”.",
    );
  });

  it('the right answer is the option the pack marks supported, whatever it is (played through the reducer)', () => {
    // The mini pack's claim: the engineer's view is reported, so "says otherwise" is right; "says so" was picked.
    const played = run(mini, initialState(), miniAnswers('never', 'says'));
    expect(discernment(mini, played)).toEqual([
      {
        team: null,
        tallies: [
          { kind: 'says', answered: 0, correct: 0 },
          { kind: 'contradicts', answered: 1, correct: 0 },
          { kind: 'not-said', answered: 0, correct: 0 },
        ],
        confusion: { truth: 'contradicts', called: 'says', count: 1 },
      },
    ]);
    // Kinds nobody met are left out of the words; one claim is "claim", not "claims".
    expect(discernmentItem(discernment(mini, played)[0]!, played.teams)).toBe(
      'contradicted claims 0 of 1 called “says otherwise”. Most common mix-up: called 1 contradicted claim “says so”.',
    );
  });

  it('teams taking turns: each team over the rounds it answered, in team order', () => {
    const s = withRecords([pick('says', 1), pick('says', 0), pick('not-said', 1), undefined, pick('not-said', 0), pick('contradicts', 1)], 'teams', 3);
    const out = discernment(pack, s);
    expect(out.map((d) => [d.team, d.tallies.map((k) => [k.answered, k.correct]), d.confusion])).toEqual([
      [
        0,
        [
          [1, 1],
          [0, 0],
          [1, 1],
        ],
        null,
      ],
      [
        1,
        [
          [1, 1],
          [1, 0],
          [1, 0],
        ],
        { truth: 'contradicts', called: 'not-said', count: 1 },
      ],
    ]);
    // A team with no claim round (Team 3) has no line; an all-right team has no mix-up.
    expect(out.map((d) => discernmentItem(d, s.teams))).toEqual([
      "Team 1: supported claims 1 of 1 called “says so” · claims not in the article 1 of 1 called “doesn't say”.",
      "Team 2: supported claims 1 of 1 called “says so” · contradicted claims 0 of 1 called “says otherwise” · claims not in the article 0 of 1 called “doesn't say”. Most common mix-up: called 1 contradicted claim “doesn't say”.",
    ]);
  });

  it('all teams answering: each team on its own pick; a team that picked nothing has not answered', () => {
    const every = (picks: string[][]): RoundRecord => ({ picked: [], teamPicks: picks, teamScores: picks.map(() => 0), score: 0, verdict: 'unsupported' });
    const s = withRecords([every([['says'], ['not-said']]), every([['says'], []]), every([['contradicts'], ['not-said']])], 'all', 2);
    expect(discernment(pack, s).map((d) => [d.team, d.tallies.map((k) => [k.answered, k.correct]), d.confusion?.count ?? 0])).toEqual([
      [
        0,
        [
          [2, 2],
          [1, 1],
          [0, 0],
        ],
        0,
      ],
      [
        1,
        [
          [1, 0],
          [1, 0],
          [0, 0],
        ],
        1,
      ],
    ]);
    // Team 2 called one supported and one contradicted claim "doesn't say": a tie, broken by kind order.
    expect(discernment(pack, s)[1]!.confusion).toEqual({ truth: 'says', called: 'not-said', count: 1 });
    // Pooled for the class, the same answers count once each.
    expect(discernment(pack, s, false).map((d) => [d.team, d.tallies.map((k) => [k.answered, k.correct])])).toEqual([
      [
        null,
        [
          [3, 2],
          [2, 1],
          [0, 0],
        ],
      ],
    ]);
  });

  it('ties between mix-ups go to the earlier kind, then the earlier answer, whatever the order of play', () => {
    // Supported called "says otherwise" and "doesn't say" once each; not-in-article called "says so" once.
    const a = withRecords([pick('contradicts'), pick('not-said'), undefined, undefined, pick('says')]);
    const b = withRecords([pick('not-said'), pick('contradicts'), undefined, undefined, undefined, pick('says')]);
    expect(discernment(pack, a)[0]!.confusion).toEqual({ truth: 'says', called: 'contradicts', count: 1 });
    expect(discernment(pack, b)[0]!.confusion).toEqual({ truth: 'says', called: 'contradicts', count: 1 });
    // A larger count wins over kind order.
    const c = withRecords([pick('contradicts'), undefined, undefined, undefined, pick('says'), pick('says')]);
    expect(discernment(pack, c)[0]!.confusion).toEqual({ truth: 'not-said', called: 'says', count: 2 });
  });

  it('no claim round answered: nothing to show, on screen, in the CSV or in print', () => {
    // Only the mini pack's first (choice) round answered, and a claim round with no pick (time ran out).
    const choiceOnly = run(mini, initialState(), miniAnswers('summer'));
    expect(discernment(mini, choiceOnly)).toEqual([]);
    expect(discernment(pack, withRecords([{ picked: [], score: 0, verdict: 'unsupported' }]))).toEqual([]);
    const final = screenOf(mini, { ...choiceOnly, phase: 'final' });
    expect(final.kind === 'final' && final.discernment).toEqual([]);
    expect(resultsCsv(mini, choiceOnly)).not.toContain('Telling apart');
    expect(withFakeDocument(() => textOf(printSheet(mini, choiceOnly)))).not.toContain('Telling apart');
  });

  it('the final screen model carries it per team, pooled when the teacher shows no scoreboard', () => {
    const s = { ...withRecords([pick('says', 0), pick('not-said', 1)], 'teams', 2), phase: 'final' as const };
    const shown = screenOf(pack, s);
    expect(shown.kind === 'final' && shown.discernment.map((d) => d.team)).toEqual([0, 1]);
    const hidden = screenOf(pack, { ...s, scoreboard: 'never' });
    expect(hidden.kind === 'final' && hidden.discernment.map((d) => [d.team, d.tallies[0]])).toEqual([[null, { kind: 'says', answered: 2, correct: 1 }]]);
    // The results screen pages through the standings (teams), each level's recap, then the discernment, then the rounds most
    // picks got wrong (c1 here, on a page of its own); without them, no extra page.
    // Team play opens with the podium's page, solo with the total's.
    expect(pageCount(shown)).toBe(1 + pack.levels.length + 2);
    expect(pageCount(screenOf(pack, { ...initialState(), phase: 'final' }))).toBe(1 + pack.levels.length);
  });

  it('in Spanish, in correct Spanish', () => {
    setLanguage('es');
    const s = withRecords([pick('says'), pick('not-said'), pick('not-said'), undefined, pick('not-said')]);
    expect(discernmentItem(discernment(pack, s)[0]!, s.teams)).toBe(
      '«lo dice» en 1 de 2 afirmaciones respaldadas · «dice lo contrario» en 0 de 1 afirmación contradicha · «no lo dice» en 1 de 1 afirmación que el artículo no trata. Confusión más frecuente: «no lo dice» en 1 afirmación respaldada.',
    );
  });
});

describe('discernment in the CSV and the print summary', () => {
  const s = withRecords([pick('says', 0), pick('not-said', 0), pick('not-said', 1), pick('not-said', 1), pick('not-said', 1)], 'teams', 2);

  it('the CSV has the rounds, an empty line, then a table of counts per team with the mix-up in words', () => {
    const lines = resultsCsv(pack, s).trimEnd().split('\r\n');
    // Five round rows under the header, so the rounds stay one table a spreadsheet can sort.
    expect(lines.slice(1, 6).every((l) => /^Team [12],/.test(l))).toBe(true);
    expect(lines.slice(6)).toEqual([
      '',
      'Telling apart: the claim rounds',
      "Team,Supported claims,Called “says so”,Contradicted claims,Called “says otherwise”,Claims not in the article,Called “doesn't say”,Most common mix-up",
      "Team 1,2,1,0,0,0,0,called 1 supported claim “doesn't say”",
      "Team 2,0,0,2,0,1,1,called 2 contradicted claims “doesn't say”",
    ]);
  });

  it('the CSV follows the interface language', () => {
    setLanguage('es');
    const lines = resultsCsv(pack, s).trimEnd().split('\r\n');
    expect(lines).toContain('Saber distinguir: las rondas de afirmaciones');
    expect(lines.at(-1)).toBe('Equipo 2,0,0,2,0,1,1,«no lo dice» en 2 afirmaciones contradichas');
  });

  it('the print summary has a section with one line per team', () => {
    const text = withFakeDocument(() => textOf(printSheet(pack, s)));
    expect(text).toContain('Telling apart: the claim rounds');
    for (const d of discernment(pack, s)) expect(text).toContain(discernmentItem(d, s.teams));
  });
});
