/**
 * The CSV opens cleanly elsewhere (a byte-order mark, every awkward cell quoted, parsed back
 * cell for cell with `,` and with `;`), debate concessions are in words, and the printed and
 * shown misconceptions name options by their text or speaker, never by an id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currentRound, initialState, type Action, type GameState } from '../../src/core/rules/game';
import { legalActions } from '../../src/core/rules/legalActions';
import { roundOptions } from '../../src/core/rules/options';
import { screenOf } from '../../src/core/screens/screen';
import type { Pack } from '../../src/core/pack/schema';
import { BOM, csvSeparator, csvTable, printSheet, resultsCsv } from '../../src/services/exportResults';
import { optionLabel } from '../../src/i18n/optionLabel';
import { setLanguage, t } from '../../src/i18n/strings';
import { teamName } from '../../src/i18n/teamName';
import { CECOT_DIR, DEBATE_PACK_DIR, completeDebate, loadValidPack, run, step, A } from './helpers';
import { parseCsv } from './csv';
import { textOf, withFakeDocument } from './fixtures';

afterEach(() => setLanguage('en'));

/** What a spreadsheet should show in each cell: the value as text, a formula-looking one defused with a leading apostrophe. */
const shown = (v: string | number): string => (/^[=+\-@\t\r]/.test(String(v)) ? `'${v}` : String(v));
const expectedCells = (table: (string | number)[][]): string[][] => table.map((r) => (r.length ? r.map(shown) : ['']));

/** Plays every level through: pick rounds with a wrong answer where there is one, debates completed, each case side conceding a real card. */
function playWrong(pack: Pack, mode: 'solo' | 'teams', teams: number): GameState {
  let s = run(pack, initialState(7), [{ type: 'setMode', mode }, A.next, { type: 'setTeamCount', count: teams }]);
  for (let i = 0; i < 3000 && s.phase !== 'final'; i++) {
    const round = currentRound(pack, s);
    let a: Action | null = null;
    if (s.phase === 'round' && s.draft?.kind === 'case' && s.draft.step === 'concede') {
      a = legalActions(pack, s).find((x) => x.type === 'debate' && x.move.kind === 'concede' && x.move.card !== null) ?? null;
    }
    a ??= completeDebate(pack, s);
    if (!a && s.phase === 'round' && round && s.selection.length === 0) {
      const options = roundOptions(pack, round);
      const wrong = options.find((o) => o.verdict === 'contradicted' || o.verdict === 'unsupported') ?? options[0]!;
      a = { type: 'choose', option: wrong.id };
    }
    if (!a && s.phase === 'round') a = A.confirm;
    s = step(pack, s, a ?? A.next);
  }
  expect(s.phase).toBe('final');
  return s;
}

describe('the CSV opens cleanly in a spreadsheet', () => {
  // Text with every character a CSV must guard: the separators, a quote mark, both line breaks.
  const base = loadValidPack(DEBATE_PACK_DIR);
  const pack: Pack = structuredClone(base);
  pack.levels[0]!.title = 'Plan, "phase one"; costs\nand risks';
  pack.levels[0]!.rounds[0]!.prompt = 'Make the case;\r\nthen "concede", if you must';
  const played = playWrong(pack, 'teams', 3);
  const names = ['Los "Súper", Ñandúes; A', 'Line\nbreak team', '=HYPERLINK("x")'];
  const s: GameState = { ...played, teams: names };

  it('starts with a byte-order mark and parses back with `,`, every cell as built', () => {
    const csv = resultsCsv(pack, s, ',');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    const rows = parseCsv(csv.slice(BOM.length), ',');
    const table = csvTable(pack, s);
    expect(rows).toEqual(expectedCells(table));
    // The awkward values, literally: names with their quote marks and separators, a formula defused.
    const teamCol = rows.slice(1, 1 + rows.findIndex((r, i) => i > 0 && r.join('') === '') - 1).map((r) => r[0]);
    expect(new Set(teamCol)).toEqual(new Set(['Los "Súper", Ñandúes; A', 'Line\nbreak team', `'=HYPERLINK("x")`]));
    expect(rows.some((r) => r[2] === 'Plan, "phase one"; costs\nand risks')).toBe(true);
    expect(rows.some((r) => r[5] === 'Make the case;\r\nthen "concede", if you must')).toBe(true);
    // Every row of the rounds table has the header's number of cells.
    const rounds = rows.slice(
      0,
      rows.findIndex((r) => r.join('') === ''),
    );
    expect(rounds.length).toBeGreaterThan(3);
    for (const r of rounds) expect(r).toHaveLength(t.csvHeader.length);
  });

  it('a European Excel splitting on `;` never splits inside a cell: each cell holding `;` is quoted', () => {
    const csv = resultsCsv(pack, s, ',');
    const cells = csvTable(pack, s).flat().map(String);
    expect(cells.some((c) => c.includes(';'))).toBe(true);
    for (const c of cells.filter((x) => x.includes(';'))) expect(csv).toContain(`"${shown(c).replace(/"/g, '""')}"`);
  });

  it('with `;` as the separator it parses back the same, every cell as built', () => {
    const csv = resultsCsv(pack, s, ';');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv.slice(BOM.length), ';')).toEqual(expectedCells(csvTable(pack, s)));
    // …and the same text read with `,` is one cell per line wherever no comma sits outside quotes.
    expect(csv.slice(BOM.length).split('\r\n')[0]).toBe(t.csvHeader.map(shown).join(';'));
  });

  it('the separator follows the locale’s decimal mark, as Excel chooses its list separator', () => {
    expect(csvSeparator('en-US')).toBe(',');
    expect(csvSeparator('en-GB')).toBe(',');
    expect(csvSeparator('es-ES')).toBe(';');
    expect(csvSeparator('de-DE')).toBe(';');
    expect(csvSeparator('fr-FR')).toBe(';');
  });

  it('a conceded card is said in words, in both languages, never as "Conceded by <card>"', () => {
    const answers = csvTable(pack, s).map((r) => String(r[6] ?? ''));
    const conceded = answers.filter((a) => a.includes("conceded the other side's point: “"));
    expect(conceded.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.includes('Conceded by'))).toBe(false);
    setLanguage('es');
    const es = csvTable(pack, s).map((r) => String(r[6] ?? ''));
    expect(es.some((a) => a.includes('concedió el argumento del otro lado: “'))).toBe(true);
    expect(es.some((a) => a.includes('Concedida por'))).toBe(false);
  });
});

describe('misconceptions name options, never ids', () => {
  const pack = loadValidPack(CECOT_DIR);
  const s = playWrong(pack, 'solo', 2);
  const ids = new Set([
    ...pack.manifest.speakers.map((sp) => sp.id),
    ...pack.levels.flatMap((l) => l.rounds.flatMap((r) => roundOptions(pack, r).map((o) => o.id))),
  ]);
  const final = screenOf(pack, s);
  const misconceptions = final.kind === 'final' ? final.misconceptions : [];

  it('the results screen’s list labels every best answer by its text or speaker', () => {
    // A speaker round among them, the case where an id ("voa") used to show.
    expect(misconceptions.some((m) => m.best.some((o) => o.speaker !== undefined && o.text === undefined))).toBe(true);
    for (const m of misconceptions)
      for (const o of m.best) {
        expect(ids.has(optionLabel(o)), `${m.prompt}: ${optionLabel(o)}`).toBe(false);
        expect(optionLabel(o).length).toBeGreaterThan(2);
      }
  });

  it('the print summary lists the same misconceptions, worded the same, with no id after "Best answer"', () => {
    const text = withFakeDocument(() => textOf(printSheet(pack, { ...s, phase: 'levelSelect' })));
    for (const m of misconceptions) expect(text).toContain(`${t.bestAnswer}: ${m.best.map(optionLabel).join('; ')}`);
    const after = [...text.matchAll(new RegExp(`${t.bestAnswer}: ([^\\n]+)`, 'g'))].map((x) => x[1]!);
    expect(after).toHaveLength(misconceptions.length);
    for (const line of after) for (const part of line.split('; ')) expect(ids.has(part), part).toBe(false);
  });

  it('default team names are numbers, never letters that are also answer keys', () => {
    expect([0, 1, 2].map((n) => teamName(['', ' '], n))).toEqual(['Team 1', 'Team 2', 'Team 3']);
    setLanguage('es');
    expect(teamName([], 5)).toBe('Equipo 6');
  });
});
