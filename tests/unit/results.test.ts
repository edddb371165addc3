import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/rules/game';
import { misconceptions, resultRows } from '../../src/core/rules/results';
import { csvHeader, csvCell, resultsCsv } from '../../src/services/exportResults';
import { loadValidPack, MINI_PACK_DIR, run } from './helpers';
import { miniAnswers } from './fixtures';

const pack = loadValidPack(MINI_PACK_DIR);

/** The mini pack's first level: "never" (contradicted), "says" on the claim (contradicted), Voss on who (right). */
const played = run(pack, initialState(), miniAnswers('never', 'says', 'voss'));

describe('results', () => {
  it('has one row per answered round, with the pick, verdict and points', () => {
    const rows = resultRows(pack, played);
    expect(rows.map((r) => [r.roundIndex, r.picked.map((o) => o.id), r.verdict, r.points])).toEqual([
      [0, ['never'], 'contradicted', 0],
      [1, ['says'], 'contradicted', 0],
      [2, ['voss'], 'supported', 100],
    ]);
    expect(rows.every((r) => r.team === null)).toBe(true);
    expect(rows[0]!.evidence).toEqual(['pell-summer']);
  });

  it('lists the rounds where most picks went against the sources', () => {
    const list = misconceptions(pack, played);
    expect(list.map((m) => [m.roundIndex, m.wrong, m.of])).toEqual([
      [0, 1, 1],
      [1, 1, 1],
    ]);
    expect(list[0]!.best.map((o) => o.id)).toEqual(['summer']);
  });
});

describe('CSV', () => {
  it('quotes cells with commas, semicolons, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('cr\ronly')).toBe('"cr\ronly"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(100)).toBe('100');
  });

  it('has a header and one row per team per round, in play order', () => {
    const csv = resultsCsv(pack, played);
    const lines = csv.trimEnd().split('\r\n');
    // A byte-order mark first, so Excel reads UTF-8.
    expect(lines[0]).toBe(`\uFEFF${csvHeader().join(',')}`);
    expect(lines[0]).toMatch(/^\uFEFFTeam,Question,Question title,Round,/);
    // The rounds end at the empty line before the discernment section (tested in discernment.test.ts).
    expect(lines.indexOf('')).toBe(4);
    expect(lines[1]).toMatch(/^Class,1,/);
    expect(lines[2]).toContain('The article says so');
    expect(lines[3]).toMatch(/,Right,100,/);
  });
});
