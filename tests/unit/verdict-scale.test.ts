/**
 * A verdict round's scale speaks the pack's words: the instruction above it (`scalePrompt`) and
 * each stop's `label` are required by the validator, and the screen model, the scorecard, the
 * recap and the CSV read them instead of any words of the game's own.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/pack/validate';
import type { Pack } from '../../src/core/pack/schema';
import { initialState, type GameState } from '../../src/core/rules/game';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { lineReason } from '../../src/i18n/scoreLines';
import { answerText } from '../../src/services/exportResults';
import { resultRows } from '../../src/core/rules/results';
import { A, DEBATE_PACK_DIR, completeDebate, readPackFiles, run, step } from './helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILES = readPackFiles(DEBATE_PACK_DIR);
const VOTE = 'the-vote.json';

/** The debate pack with its verdict round changed by `change`. */
function withVerdict(change: (round: Json) => void): Record<string, string> {
  const level = JSON.parse(FILES[VOTE]!) as Json;
  const i = level.rounds.findIndex((r: Json) => r.type === 'verdict');
  change(level.rounds[i]);
  return { ...FILES, [VOTE]: JSON.stringify(level, null, 2) };
}
const verdictIndex = (JSON.parse(FILES[VOTE]!) as Json).rounds.findIndex((r: Json) => r.type === 'verdict');
const at = `rounds[${verdictIndex}]`;

function issuesOf(files: Record<string, string>) {
  const r = loadPack(files);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

describe('the verdict scale in the pack', () => {
  it('loads with its prompt and a label on every stop', () => {
    const r = loadPack(FILES);
    expect(r.ok).toBe(true);
  });

  it('requires the prompt above the scale', () => {
    const issues = issuesOf(withVerdict((r) => delete r.scalePrompt));
    expect(issues).toContainEqual(expect.objectContaining({ file: VOTE, path: `${at}.scalePrompt` }));
  });

  it('refuses a blank prompt', () => {
    const issues = issuesOf(withVerdict((r) => (r.scalePrompt = '   ')));
    expect(issues).toContainEqual(expect.objectContaining({ file: VOTE, path: `${at}.scalePrompt` }));
  });

  it('requires a label on each stop', () => {
    const issues = issuesOf(withVerdict((r) => delete r.scale[2].label));
    expect(issues).toContainEqual(expect.objectContaining({ file: VOTE, path: `${at}.scale[2].label` }));
  });

  it('refuses two stops with one label, whatever their case', () => {
    const issues = issuesOf(
      withVerdict((r) => {
        r.scale[3].label = r.scale[0].label.toUpperCase();
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: VOTE, path: `${at}.scale`, message: expect.stringContaining('duplicate scale label') }));
  });
});

describe('the pack’s words on every view of the verdict', () => {
  // Relabel the stops so no word the game itself could hold can pass for them.
  const LABELS = ['Stop one of the pack', 'Stop two of the pack', 'Stop three of the pack', 'Stop four of the pack'];
  const loaded = loadPack(
    withVerdict((r) => {
      r.scalePrompt = 'The pack asks: where on this scale?';
      r.scale.forEach((p: Json, i: number) => (p.label = LABELS[i]));
    }),
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const pack: Pack = loaded.pack;
  const level = pack.levels.findIndex((l) => l.id === 'the-vote');

  function atVerdict(): GameState {
    let s = run(pack, initialState(), [{ type: 'setMode', mode: 'solo' }, A.next, A.next, A.next, A.openLevel(level), A.next]);
    for (let a = completeDebate(pack, s); a && s.round < verdictIndex; a = completeDebate(pack, s)) s = step(pack, s, a);
    while (s.round < verdictIndex || s.phase !== 'round') s = step(pack, s, A.next);
    return s;
  }
  const as = <K extends Screen['kind']>(screen: Screen, kind: K) => {
    expect(screen.kind).toBe(kind);
    return screen as Extract<Screen, { kind: K }>;
  };

  it('the round screen has the pack’s prompt and each stop’s label, in the pack’s order', () => {
    const screen = as(screenOf(pack, atVerdict()), 'verdictRound');
    expect(screen.scalePrompt).toBe('The pack asks: where on this scale?');
    expect(screen.positions.map((p) => p.label)).toEqual(LABELS);
  });

  it('the scorecard, its position line, the recap and the CSV name the stop by its label', () => {
    let s = atVerdict();
    const round = pack.levels[level]!.rounds[verdictIndex]!;
    if (round.type !== 'verdict') throw new Error('not a verdict round');
    const placed = round.scale[0]!;
    const best = round.scale.find((p) => p.verdict === 'supported')!;
    s = step(pack, s, { type: 'debate', move: { kind: 'place', position: placed.id } });
    for (const c of round.cards.filter((c) => c.bearing === 'for').slice(0, 3)) s = step(pack, s, { type: 'debate', move: { kind: 'play', card: c.id } });
    s = step(pack, s, A.confirm);
    const reveal = as(screenOf(pack, s), 'debateReveal');
    expect(reveal.bestPositionLabel).toBe(best.label);
    const position = reveal.scorecards[0]!.lines.find((l) => l.line.rule === 'position')!;
    expect(lineReason(position)).toContain(placed.label);
    const row = resultRows(pack, s).find((r) => r.levelIndex === level && r.roundIndex === verdictIndex)!;
    expect(answerText(pack, row)).toContain(placed.label);
  });
});
