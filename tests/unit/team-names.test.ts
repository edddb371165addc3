/**
 * Team names typed by the teacher get pack text's rule (src/core/pack/textSafety.ts): hidden
 * direction controls are taken out, and a name with nothing visible falls back to the
 * default ("Team 2"). The reducer applies it, and so does the saved game's schema.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { GameState as GameStateSchema } from '../../src/core/rules/stateSchema';
import { typedTeamName } from '../../src/core/rules/teamNames';
import { teamName } from '../../src/i18n/teamName';
import { A, MINI_PACK_DIR, loadValidPack, run, step } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const teams = (): GameState => run(mini, initialState(), [{ type: 'setMode', mode: 'teams' }, A.next, { type: 'setTeamCount', count: 3 }]);
const renamed = (name: string) => step(mini, teams(), { type: 'renameTeam', team: 1, name }).teams[1];

describe('a typed team name', () => {
  it('loses its direction controls: an override cannot show "orokO" as "Okoro"', () => {
    expect(renamed('\u202Eorok\u202CO')).toBe('orokO');
    expect(renamed('Owls\u202E')).toBe('Owls');
    for (const c of ['\u202A', '\u202B', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) expect(renamed(`Fo${c}xes`)).toBe('Foxes');
    // A left-to-right or right-to-left mark goes unless the name has right-to-left letters, where it can place punctuation.
    expect(renamed('Owls\u200F!')).toBe('Owls!');
    expect(renamed('ינשופים\u200F!')).toBe('ינשופים\u200F!');
    expect(renamed('ינשופים\u202E')).toBe('ינשופים');
  });

  it('with nothing visible is no name: the team keeps its default one', () => {
    for (const name of ['\u200B', '\u200B\u200C\u200D\uFEFF', '\u202E\u202C', '   ', '\u2060\u00A0']) expect(renamed(name), JSON.stringify(name)).toBe('');
    expect(teamName([' ', renamed('\u200B')!, ''], 1)).toBe('Team 2');
  });

  it('keeps letters of any script, an emoji and its joiners, and the old tidy rules (one space, 24 characters)', () => {
    expect(renamed('  The   Owls ')).toBe('The Owls');
    expect(renamed('Los Búhos 🦉')).toBe('Los Búhos 🦉');
    expect(renamed('👩\u200D🔬 Lab')).toBe('👩\u200D🔬 Lab');
    expect(renamed('x'.repeat(60))).toHaveLength(24);
    // Taken out before the cut: 24 controls and then a name still leave the name.
    expect(renamed(`${'\u202E'.repeat(24)}Owls`)).toBe('Owls');
  });

  it('is cleaned the same way when a saved game is read back', () => {
    const saved = { ...teams(), teams: ['\u202Eorok\u202CO', '\u200B', 'Foxes'] };
    expect(GameStateSchema.parse(saved).teams).toEqual(['orokO', '', 'Foxes']);
    expect(typedTeamName('Owls')).toBe('Owls');
  });
});
