/** Both interface catalogs have every string, none empty, and Spanish really is Spanish. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Stance } from '../../src/core/pack/schemaParts';
import { SCOREBOARD_CHOICES, SCOREBOARD_SHOWS } from '../../src/core/rules/choices';
import { OUTCOMES } from '../../src/core/rules/scoring';
import { plural } from '../../src/i18n/plural';
import type { Strings } from '../../src/i18n/strings';
import { CATALOGS, browserLanguage, setLanguage, t } from '../../src/i18n/strings';

/** Every leaf of a catalog as [path, value]; functions are called with sample arguments. */
function leaves(o: unknown, path = ''): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    const out = (o as (...a: unknown[]) => unknown)(...[3, 2, true].slice(0, o.length));
    return typeof out === 'string' ? [[`${path}()`, out]] : [];
  }
  if (Array.isArray(o)) return o.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe('interface catalogs', () => {
  const en = leaves(CATALOGS.en);
  const es = leaves(CATALOGS.es);

  it('have the same strings, by the same paths, none empty', () => {
    expect(es.map(([p]) => p)).toEqual(en.map(([p]) => p));
    for (const [p, v] of [...en, ...es]) expect(v.trim(), p).not.toBe('');
  });

  it('Spanish differs from English wherever a word is involved (names, numbers and keys aside)', () => {
    const same = en.filter(([, v], i) => es[i]![1] === v && /[a-z]{3}/i.test(v)).map(([p, v]) => `${p}: ${v}`);
    // The game's name, file formats, key names and the like are the same in both.
    expect(same).toEqual(['gameTitle: On the Record', 'csvShort: CSV', 'keyMap[14][0]: Esc · ?']);
  });

  it('switching fills the one catalog in use; the browser language picks the default', () => {
    setLanguage('es');
    expect(t.start).toBe('Empezar');
    expect(t.levelN(1, 2)).toBe('Pregunta 1 de 2');
    setLanguage('en');
    expect(t.start).toBe('Start');
    expect(browserLanguage({ language: 'es-MX' })).toBe('es');
    expect(browserLanguage({ language: 'fr-FR' })).toBe('en');
    expect(browserLanguage(undefined)).toBe('en');
  });
});

/** Every source file of the game but the catalogues themselves. */
function gameSources(dir = join(__dirname, '../../src')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'vendor' ? [] : gameSources(p);
    return /\.ts$/.test(f) && !/^strings(\.\w+)?\.ts$/.test(f) ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('the catalogue has no string nothing reads', () => {
  const code = gameSources().join('\n');
  const esc = (k: string) => k.replace(/[-]/g, '\\$&');
  /** Read as t.a.b, or t.a['b'], or through a group indexed by a value (t.verdict[v]), or whole (t.keyMap). */
  const unread = (o: object, path: string[] = []): string[] =>
    Object.entries(o).flatMap(([k, v]) => {
      const here = [...path, k];
      const chain = here.map((p, i) => (i === 0 || /^\w+$/.test(p) ? `\\.${esc(p)}` : `\\[['"]${esc(p)}['"]\\]`)).join('');
      if (new RegExp(`${chain}\\[`).test(code) || (new RegExp(`${chain}(?![\\w.-])`).test(code) && !(v && typeof v === 'object' && !Array.isArray(v))))
        return [];
      if (v && typeof v === 'object' && !Array.isArray(v)) return unread(v, here);
      return new RegExp(`${chain}(?![\\w-])`).test(code) ? [] : [here.join('.')];
    });

  it('every key is read somewhere in the game', () => {
    expect(unread(CATALOGS.en)).toEqual([]);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  const problem = { one: 'problem', other: 'problems' };
  it('pick the form by the language’s rule: 0, 1 and 2', () => {
    expect([0, 1, 2].map((n) => plural('en', n, problem))).toEqual(['problems', 'problem', 'problems']);
    expect([0, 1, 2].map((n) => plural('es', n, { one: 'problema', other: 'problemas' }))).toEqual(['problemas', 'problema', 'problemas']);
    // A category the word does not give (Spanish "many", for a round million) is its "other" form.
    expect(plural('es', 1_000_000, { one: 'problema', other: 'problemas' })).toBe('problemas');
    expect(plural('es', 1_000_000, { one: 'problema', other: 'problemas', many: 'de problemas' })).toBe('de problemas');
  });

  it('the catalogues count a pack’s problems and the claims in both languages', () => {
    const { en, es } = CATALOGS;
    expect([0, 1, 2].map((n) => en.packProblems('p.json', n))).toEqual([
      '"p.json" was not loaded: 0 problems to fix',
      '"p.json" was not loaded: 1 problem to fix',
      '"p.json" was not loaded: 2 problems to fix',
    ]);
    expect([0, 1, 2].map((n) => es.packProblems('p.json', n))).toEqual([
      '"p.json" no se cargó: 0 problemas que corregir',
      '"p.json" no se cargó: 1 problema que corregir',
      '"p.json" no se cargó: 2 problemas que corregir',
    ]);
    expect([0, 1, 2].map((n) => en.discern.noun['not-said'](n))).toEqual([
      'claims not in the article',
      'claim not in the article',
      'claims not in the article',
    ]);
    expect([0, 1, 2].map((n) => es.discern.noun.contradicts(n))).toEqual(['afirmaciones contradichas', 'afirmación contradicha', 'afirmaciones contradichas']);
    expect([0, 1, 2].map((n) => es.discern.tally.says(0, n))).toEqual([
      '«lo dice» en 0 de 0 afirmaciones respaldadas',
      '«lo dice» en 0 de 1 afirmación respaldada',
      '«lo dice» en 0 de 2 afirmaciones respaldadas',
    ]);
  });
});

describe('catalogue shape', () => {
  it('the groups named by a constant of the game have exactly its keys, in both languages', () => {
    for (const c of Object.values(CATALOGS)) {
      expect(Object.keys(c.scoreboardMenu)).toEqual([...SCOREBOARD_CHOICES]);
      expect(Object.keys(c.scoreboardShows)).toEqual([...SCOREBOARD_SHOWS]);
      expect(Object.keys(c.stance)).toEqual(Stance.options);
      expect(Object.keys(c.stanceButton)).toEqual(Stance.options);
      expect(Object.keys(c.outcome)).toEqual([...OUTCOMES]);
    }
  });

  it('a catalogue with a string missing, or one English does not have, does not compile', () => {
    const { start: _start, ...missing } = CATALOGS.es;
    const { right: _right, ...outcome } = CATALOGS.es.outcome;
    // @ts-expect-error "start" is missing
    const noStart: Strings = missing;
    // @ts-expect-error an outcome's word is missing
    const noVerdict: Strings = { ...CATALOGS.es, outcome };
    // @ts-expect-error English has no such string
    const extra: Strings = { ...CATALOGS.es, startt: 'Empezar' };
    expect([noStart, noVerdict, extra].every((c) => typeof c === 'object')).toBe(true);
  });
});
