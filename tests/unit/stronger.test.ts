/**
 * The "which is the stronger source?" round kind, added entirely through the round registry:
 * scored by the speakers' kinds, checked against the pack, shuffled per session, and never
 * labelling the kind it asks about. Uses the CECOT pack's own level for it.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/pack/validate';
import { ROUND_KINDS } from '../../src/core/rounds/registry';
import { ROUND_CHECKS } from '../../src/core/rounds/schemas';
import { orderedRound } from '../../src/core/rules/game';
import { roundOptions } from '../../src/core/rules/options';
import { scoreRound } from '../../src/core/rules/scoring';
import { initialState, reduce, type GameState } from '../../src/core/rules/game';
import { screenOf } from '../../src/core/screens/screen';
import { resultRows } from '../../src/core/rules/results';
import { answerTextForTest } from './strongerHelpers';
import { CECOT_DIR, loadValidPack, readPackFiles } from './helpers';

const pack = loadValidPack(CECOT_DIR);
const level = pack.levels.find((l) => l.id === 'whose-word')!;
const rounds = level.rounds.filter((r) => r.type === 'stronger');
const kindOf = (id: string) => pack.manifest.speakers.find((s) => s.id === id)!.kind;

describe('the stronger-source kind', () => {
  it('is in both halves of the registry, like every kind', () => {
    expect(Object.keys(ROUND_KINDS).sort()).toEqual(Object.keys(ROUND_CHECKS).sort());
    expect(ROUND_KINDS.stronger.family).toBe('pick');
  });

  it('the CECOT level has four rounds of it, each with one speaker of the kind it favours, and neither kind always wins', () => {
    expect(rounds).toHaveLength(4);
    const favoured = new Set<string>();
    for (const r of rounds) {
      if (r.type !== 'stronger') continue;
      favoured.add(r.favours);
      expect(r.speakers.map(kindOf).filter((k) => k === r.favours)).toHaveLength(1);
      expect(r.speakers.map(kindOf)).not.toContain('outlet');
    }
    // "Always pick the expert" (or the official) must not win: which word counts depends on the claim.
    expect([...favoured].sort()).toEqual(['expert', 'official']);
  });

  it('scores the speaker of the favoured kind 100 and the others 0', () => {
    for (const r of rounds) {
      if (r.type !== 'stronger') continue;
      const options = roundOptions(pack, r);
      for (const o of options) {
        const { score } = scoreRound(options, [o.id], false);
        expect(score, `${r.id}: ${o.id}`).toBe(kindOf(o.id) === r.favours ? 100 : 0);
      }
    }
  });

  it('"always the expert" and "always the official" each score at most half the level', () => {
    for (const kind of ['expert', 'official'] as const) {
      const points = rounds.reduce((sum, r) => {
        const options = roundOptions(pack, r);
        const pick = options.find((o) => kindOf(o.id) === kind) ?? options[0]!;
        return sum + scoreRound(options, [pick.id], false).score;
      }, 0);
      expect(points, kind).toBeLessThanOrEqual(50 * rounds.length);
    }
  });

  it('never labels the kind it asks about: its options hide the speaker kind', () => {
    for (const r of rounds) for (const o of roundOptions(pack, r)) expect(o.kindHidden).toBe(true);
  });

  it('shows the speakers in a different order across sessions (the expert is not always in one place)', () => {
    const places = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) {
      const r = orderedRound(rounds[0]!, seed, level.id);
      if (r.type === 'stronger') places.add(r.speakers.findIndex((s) => kindOf(s) === 'expert'));
    }
    expect(places.size).toBeGreaterThanOrEqual(2);
  });

  it('plays through the reducer: the question shows the claim and the speakers; the reveal the verdict and the evidence', () => {
    let s: GameState = { ...initialState(4), phase: 'levelSelect' };
    const go = (a: Parameters<typeof reduce>[2]) => {
      const out = reduce(pack, s, a);
      if (!out.ok) throw new Error(out.error.message);
      s = out.state;
    };
    go({ type: 'openLevel', level: pack.levels.indexOf(level) });
    go({ type: 'next' });
    const q = screenOf(pack, s);
    expect(q.kind).toBe('round');
    if (q.kind !== 'round') return;
    expect(q.roundType).toBe('stronger');
    expect(q.claim).toBe(rounds[0]!.type === 'stronger' ? rounds[0]!.claim : '');
    expect(q.options.map((o) => o.speakerView?.id).sort()).toEqual(['gordon', 'rubio', 'trump']);
    const official = q.options.find((o) => kindOf(o.id) === 'official')!;
    go({ type: 'choose', option: official.id });
    go({ type: 'confirm' });
    const reveal = screenOf(pack, s);
    expect(reveal.kind).toBe('reveal');
    if (reveal.kind !== 'reveal') return;
    expect(reveal.record.score).toBe(0);
    expect(reveal.best.map((o) => o.id)).toEqual(['gordon']);
    expect(reveal.evidence.map((e) => e.quote.id)).toEqual(['gordon-not-end', 'gordon-second-set', 'rubio-legalities', 'trump-heartbeat']);
    expect(reveal.explanation).toContain('Fordham Law School Professor Jennifer Gordon told NBC News');
    // "Show in article" opens any of the round's evidence.
    expect(reduce(pack, s, { type: 'showSource', quote: 'rubio-legalities' }).ok).toBe(true);
    const [row] = resultRows(pack, s);
    expect(row).toMatchObject({ roundType: 'stronger', points: 0, verdict: 'contradicted' });
    // The CSV and the misconceptions name the claim, not only the prompt every such round shares.
    expect(row!.prompt).toContain('“The U.S. can lawfully send a citizen prisoner');
    expect(answerTextForTest(pack, row!)).toMatch(/^[A-C]\. (Marco Rubio|Donald Trump)$/);
  });

  it('the pack checks refuse a round with no expert, two experts, an outlet, or evidence from someone not offered', () => {
    const files = readPackFiles(CECOT_DIR);
    const broken = (edit: (r: Record<string, unknown>) => void) => {
      const lv = JSON.parse(files['whose-word.json']!);
      edit(lv.rounds[0]);
      const out = loadPack({ ...files, 'whose-word.json': JSON.stringify(lv) });
      return out.ok ? [] : out.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(broken((r) => (r.speakers = ['rubio', 'trump', 'bukele'])).join('\n')).toMatch(/exactly one expert/);
    expect(
      broken((r) => {
        r.favours = 'official';
        r.speakers = ['gordon', 'fishwick', 'shifter'];
      }).join('\n'),
    ).toMatch(/exactly one official/);
    expect(broken((r) => (r.speakers = ['gordon', 'fishwick', 'trump'])).join('\n')).toMatch(/exactly one expert/);
    expect(broken((r) => (r.speakers = ['gordon', 'voa', 'trump'])).join('\n')).toMatch(/news outlet/);
    expect(broken((r) => (r.evidence = ['shifter-checks'])).join('\n')).toMatch(/must be one of the round's speakers/);
    expect(broken(() => undefined)).toEqual([]);
  });
});

describe('the stronger-source reveal', () => {
  it('judges the answer ("Right"), never says the sources support a claim the expert may doubt', () => {
    let s: GameState = { ...initialState(2), phase: 'levelSelect' };
    const go = (a: Parameters<typeof reduce>[2]) => {
      const out = reduce(pack, s, a);
      if (!out.ok) throw new Error(out.error.message);
      s = out.state;
    };
    go({ type: 'openLevel', level: pack.levels.indexOf(level) });
    go({ type: 'next' });
    go({ type: 'choose', option: 'gordon' });
    go({ type: 'confirm' });
    const right = screenOf(pack, s);
    expect(right.kind === 'reveal' && right.headline).toEqual({ kind: 'outcome', outcome: 'right' });
    go({ type: 'next' });
    // On the terms of El Salvador's own offer, Bukele's word counts: the law professor's is the wrong call.
    go({ type: 'choose', option: 'gordon' });
    go({ type: 'confirm' });
    const wrong = screenOf(pack, s);
    expect(wrong.kind === 'reveal' && wrong.headline).toEqual({ kind: 'outcome', outcome: 'wrong' });
  });
});
