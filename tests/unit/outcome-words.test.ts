/**
 * One wording per outcome (issue 15): for every round of the CECOT pack, every option (every
 * subset on a pick-all round) and both languages, the reveal's banner on the canvas and in the
 * DOM, read-aloud, the recap and the CSV's word column give the same words, from one function
 * (i18n/outcomeText.ts) over one mapping from points to outcome (outcomeOf, core/rules/scoring.ts).
 * A right answer never reads +0, nor as "no basis" or "says otherwise".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/pack/schema';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { OUTCOMES, outcomeOf, recordOutcome } from '../../src/core/rules/scoring';
import { recapOf } from '../../src/core/screens/recap';
import { screenOf } from '../../src/core/screens/screen';
import { pickKind } from '../../src/core/rounds/registry';
import { headlineText, outcomeWord } from '../../src/i18n/outcomeText';
import { speechText } from '../../src/i18n/speechText';
import { CATALOGS, setLanguage, t } from '../../src/i18n/strings';
import { resultsCsv } from '../../src/services/exportResults';
import { CECOT_DIR, ROOT, completeDebate, loadValidPack } from './helpers';

const pack = loadValidPack(CECOT_DIR);
afterEach(() => setLanguage('en'));

function go(p: Pack, s: GameState, a: Action): GameState {
  const out = reduce(p, s, a);
  if (!out.ok) throw new Error(`${JSON.stringify(a)} refused: ${out.error.message}`);
  return out.state;
}

/** A session at the question of round `ri` of level `li`, the earlier rounds answered anyhow. */
function atRound(li: number, ri: number, mode: GameState['mode'] = 'solo'): GameState {
  let s: GameState = { ...initialState(7), phase: 'levelSelect', mode };
  s = go(pack, go(pack, s, { type: 'openLevel', level: li }), { type: 'next' });
  while (s.round < ri) s = go(pack, answerAnyhow(s), { type: 'next' });
  return s;
}

function answerAnyhow(s: GameState): GameState {
  for (let a = completeDebate(pack, s); a; a = completeDebate(pack, s)) s = go(pack, s, a);
  if (s.phase === 'reveal') return s;
  const screen = screenOf(pack, s);
  if (screen.kind !== 'round') throw new Error(`not a question: ${screen.kind}`);
  return go(pack, go(pack, s, { type: 'choose', option: screen.options[0]!.id }), { type: 'confirm' });
}

/** Every non-empty subset of a list (a pick-all round's possible answers). */
const subsets = <T>(xs: readonly T[]): T[][] => Array.from({ length: 2 ** xs.length - 1 }, (_, m) => xs.filter((_, i) => ((m + 1) >> i) & 1));

/** The cells of one CSV line (quoted cells with doubled quote marks; `,` or `;`). */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...out, cell];
}

/** The CSV's word for each round row, by its column under the header (the same index in every language). */
function csvWords(s: GameState): string[] {
  const lines = resultsCsv(pack, s)
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const sep = lines[0]!.includes(';') && !lines[0]!.includes(',') ? ';' : ',';
  const header = cells(lines[0]!, sep);
  const col = header.indexOf(t.csvHeader[7]!);
  expect(col).toBeGreaterThan(0);
  const end = lines.indexOf('');
  return lines.slice(1, end).map((l) => cells(l, sep)[col]!);
}

const allWords = () => new Set(Object.values(t.outcome));
/** The sources' verdict words on an option, which must never be a right answer's headline. */
const CONTRARY = /no basis|says otherwise|say otherwise|sin base|lo contrario|partly|en parte|not right|incorrect|sin respuesta|no answer/i;

interface Case {
  level: number;
  round: number;
  picks: string[];
}

/** Every answer to every answer-picking round of the pack: one option, or each subset of a pick-all round's. */
function pickCases(): Case[] {
  const out: Case[] = [];
  pack.levels.forEach((l, li) =>
    l.rounds.forEach((r, ri) => {
      const kind = pickKind(r);
      if (!kind) return;
      const ids = kind.options(pack, r).map((o) => o.id);
      for (const picks of kind.multi ? subsets(ids) : ids.map((id) => [id])) out.push({ level: li, round: ri, picks });
    }),
  );
  return out;
}

describe('one wording per outcome', () => {
  it('the pack has every kind of answer-picking round this test walks through', () => {
    const kinds = new Set(pickCases().map((c) => pack.levels[c.level]!.rounds[c.round]!.type));
    expect([...kinds].sort()).toEqual(['choice', 'claim', 'multi', 'rebuttal', 'stronger', 'who']);
  });

  for (const lang of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
    it(`${lang}: canvas, DOM, read-aloud, recap and CSV give one word for every answer of every round, and a right answer reads right`, () => {
      setLanguage(lang);
      expect(allWords().size).toBe(OUTCOMES.length);
      const cache = new Map<string, GameState>();
      let seen = 0;
      const outcomes = new Set<string>();
      for (const c of pickCases()) {
        const key = `${c.level}:${c.round}`;
        const at = cache.get(key) ?? atRound(c.level, c.round);
        cache.set(key, at);
        let s = at;
        for (const p of c.picks) s = go(pack, s, { type: 'choose', option: p });
        s = go(pack, s, { type: 'confirm' });
        const screen = screenOf(pack, s);
        if (screen.kind !== 'reveal' || screen.headline.kind !== 'outcome') throw new Error(`no outcome headline for ${key}`);
        const { outcome } = screen.headline;
        const word = outcomeWord(outcome);
        const score = screen.record.score;
        outcomes.add(outcome);
        // The outcome is the points', and nothing else's.
        expect(outcome).toBe(outcomeOf(score, true));
        expect(outcome).toBe(recordOutcome(screen.record));
        // The canvas banner and the DOM's status line both word it by headlineText (see the source checks below).
        expect(headlineText(screen.headline)).toBe(word);
        // Read-aloud starts with the same word, then the same points.
        expect(speechText(screen).startsWith(`${word}, ${t.plusPoints(score)}.`)).toBe(true);
        // The level's recap (level summary and final results) and the CSV's row say the same.
        const item = recapOf(pack, s, c.level)[c.round]!;
        expect(item.outcome).toBe(outcome);
        const csv = csvWords(s);
        expect(csv.at(-1)).toBe(word);
        // A multi-select option's own mark uses the same table.
        for (const o of screen.options) if (o.judged) expect(allWords().has(outcomeWord(o.judged))).toBe(true);
        if (score === 100) {
          expect(outcome).toBe('right');
          expect(word).not.toMatch(CONTRARY);
          expect(t.plusPoints(score)).not.toBe(t.plusPoints(0));
        }
        if (outcome === 'right') expect(score).toBe(100);
        if (score === 0) expect(outcome).toBe('wrong');
        seen++;
      }
      expect(seen).toBeGreaterThan(200);
      expect([...outcomes].sort()).toEqual(['partly', 'right', 'wrong']);
    });
  }

  it('a right claim answer reads right whatever it says about the claim ("says otherwise", "doesn\'t say")', () => {
    const claims = pickCases().filter((c) => pack.levels[c.level]!.rounds[c.round]!.type === 'claim');
    const rightAnswers = new Set<string>();
    for (const c of claims) {
      const s = go(pack, go(pack, atRound(c.level, c.round), { type: 'choose', option: c.picks[0]! }), { type: 'confirm' });
      const screen = screenOf(pack, s);
      if (screen.kind !== 'reveal') throw new Error('no reveal');
      if (screen.record.score !== 100) continue;
      rightAnswers.add(c.picks[0]!);
      expect(headlineText(screen.headline)).toBe('Right');
      expect(speechText(screen)).toMatch(/^Right, \+100 points\./);
    }
    expect([...rightAnswers].sort()).toEqual(['contradicts', 'not-said', 'says']);
  });

  it('a pick-all answer with some of the points is "Partly right" everywhere, not "Half credit" on one view and "drops a caveat" on another', () => {
    const li = pack.levels.findIndex((l) => l.rounds.some((r) => r.type === 'multi' && r.options.length === 5));
    const ri = pack.levels[li]!.rounds.findIndex((r) => r.type === 'multi' && r.options.length === 5);
    const round = pack.levels[li]!.rounds[ri]!;
    const ids = pickKind(round)!
      .options(pack, round)
      .map((o) => o.id);
    const found = subsets(ids).find((picks) => {
      const s = picks.reduce((acc, p) => go(pack, acc, { type: 'choose', option: p }), atRound(li, ri));
      const score = go(pack, s, { type: 'confirm' }).records[pack.levels[li]!.id]![round.id]!.score;
      return score > 0 && score < 100;
    });
    expect(found).toBeDefined();
    const s = go(
      pack,
      found!.reduce((acc, p) => go(pack, acc, { type: 'choose', option: p }), atRound(li, ri)),
      { type: 'confirm' },
    );
    const screen = screenOf(pack, s);
    if (screen.kind !== 'reveal') throw new Error('no reveal');
    expect(headlineText(screen.headline)).toBe('Partly right');
    expect(speechText(screen)).toMatch(new RegExp(`^Partly right, \\+${s.records[pack.levels[li]!.id]![round.id]!.score} points\\.`));
    expect(csvWords(s).at(-1)).toBe('Partly right');
  });

  it('with every team answering, each team has its own outcome, the same in its CSV row', () => {
    const li = pack.levels.findIndex((l) => l.rounds[0]?.type === 'choice');
    let s = atRound(li, 0, 'all');
    const screen0 = screenOf(pack, s);
    if (screen0.kind !== 'round') throw new Error('no question');
    const opts = screen0.options;
    s.teamPicks.forEach((_, team) => {
      s = go(pack, s, { type: 'setActiveTeam', team });
      s = go(pack, s, { type: 'choose', option: opts[team % opts.length]!.id });
    });
    s = go(pack, s, { type: 'confirm' });
    const screen = screenOf(pack, s);
    if (screen.kind !== 'reveal' || !screen.allTeams) throw new Error('no team reveal');
    expect(screen.headline).toEqual({ kind: 'teams' });
    const words = csvWords(s);
    expect(words).toEqual(screen.allTeams.rows.map((p) => outcomeWord(p.outcome)));
    for (const p of screen.allTeams.rows) expect(p.outcome).toBe(outcomeOf(p.score, true));
  });

  it('a debate round: the recap and the CSV word its points the same way', () => {
    const li = pack.levels.findIndex((l) => l.rounds[0]?.type === 'case');
    const s = answerAnyhow(atRound(li, 0));
    const rec = s.records[pack.levels[li]!.id]![pack.levels[li]!.rounds[0]!.id]!;
    expect(recapOf(pack, s, li)[0]!.outcome).toBe(outcomeOf(rec.score, true));
    expect(csvWords(s).at(-1)).toBe(outcomeWord(outcomeOf(rec.score, true)));
  });
});

describe('every view words an outcome through outcomeText, and no view words a verdict of its own', () => {
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
  const VIEWS: Record<string, RegExp> = {
    // The canvas reveal: its banner word and its icon.
    'src/scenes/Reveal.ts': /headlineText\(hl\)[\s\S]*OUTCOME_MARK\[|OUTCOME_MARK\[[\s\S]*headlineText\(hl\)/,
    // The DOM layer: the reveal's status line, a pick-all option's mark, and the recaps.
    // The banner, a pick-all's options and the recap, in whatever order the file has them.
    'src/a11y/AccessibleLayer.ts': /^(?=[\s\S]*headlineText\(screen\.headline\))(?=[\s\S]*callWord\(o\.call\))(?=[\s\S]*outcomeWord\(i\.outcome\))/,
    // The all-teams rows.
    'src/a11y/teamsRevealView.ts': /outcomeWord\(row\.outcome\)/,
    'src/i18n/speechText.ts': /headlineText\(screen\.headline\)/,
    // The CSV's word column and the print summary's.
    'src/services/exportResults.ts': /outcomeWord\(row\.outcome\)[\s\S]*outcomeWord\(r\.outcome\)/,
    // The canvas recaps (level summary, final results).
    'src/widgets/RecapList.ts': /OUTCOME_MARK\[item\.outcome\][\s\S]*outcomeWord\(item\.outcome\)/,
    'src/scenes/Scorecard.ts': /OUTCOME_MARK\[recordOutcome\(screen\.record\)\]/,
  };
  for (const [file, uses] of Object.entries(VIEWS)) {
    it(`${file} uses the one wording`, () => {
      const src = read(file);
      expect(src).toMatch(uses);
      // Never the old per-view words, nor the catalog's table read around the one function.
      expect(src).not.toMatch(/t\.verdict\b|verdictShort|t\.judged|t\.outcome\b/);
      // Nor the sources' verdict of a record chosen as a word or an icon.
      expect(src).not.toMatch(/(?:verdictText|VERDICT_STYLE|drawVerdictIcon\([^)]*)\[?\s*(?:screen\.)?record\.verdict/);
    });
  }
});
