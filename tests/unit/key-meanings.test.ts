import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core/rules/game';
import type { GameState } from '../../src/core/rules/game';
import { legalActions } from '../../src/core/rules/legalActions';
import { reduce } from '../../src/core/rules/game';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import { createGameStore, type AppState } from '../../src/state/store';
import { handleKey, type KeyEffects } from '../../src/input/keyboard';
import type { Pack } from '../../src/core/pack/schema';
import { CECOT_DIR, MINI_PACK_DIR, loadValidPack } from './helpers';

/**
 * One meaning per key per screen. The keyboard's table, read from the keyboard itself: every
 * key is pressed on a copy of every screen a seeded walk through two packs reaches, with the
 * store's functions and the browser effects replaced by recorders, and what the key did is
 * written down under the screen (its kind, and its step for the drafted rounds). A key that
 * does two different things on one screen fails, naming both.
 */

const KEYS = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'BFRST',
  ...'0123456789',
  ' ',
  'Enter',
  'Escape',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  '+',
  '-',
  '=',
  '.',
  '?',
  '`',
  'º',
];

/** What an action means to the room. Choosing what a letter or number labels is one meaning ("pick"), whatever it labels. */
function actionMeaning(a: Action): string {
  switch (a.type) {
    case 'next':
    case 'confirm':
    case 'openLevel':
      return 'continue';
    case 'choose':
      return 'pick';
    case 'debate':
      return a.move.kind === 'undo' ? 'undo' : a.move.kind === 'concede' && a.move.card === null ? 'concede nothing' : 'pick';
    case 'timer':
      return a.op === 'add' ? 'add time' : 'pause timer';
    case 'toggleLevel':
      return 'question list';
    default:
      return a.type;
  }
}

/** The store's own functions, by what they mean (the rest are named as they are). */
const STORE_MEANING: Partial<Record<keyof AppState, string>> = {
  advance: 'continue',
  retreat: 'back',
  moveLevelCursor: 'question list',
  setPollRow: 'pick',
};

function screenName(screen: Screen, g: GameState): string {
  const step = 'step' in screen && typeof screen.step === 'string' ? `/${screen.step}` : '';
  const all = screen.kind === 'round' && screen.allAnswer ? '/all teams' : '';
  return `${screen.kind}${step}${all}${g.discussing ? '/discussing' : ''}`;
}

/** What one key does on a copy of this state: the meanings it set off, in order ('' for nothing). */
function pressOn(pack: Pack, game: GameState, levelCursor: number | null, key: string): string {
  const store = createGameStore(pack, structuredClone(game));
  const did: string[] = [];
  const real = store.getState();
  const fakes: Partial<AppState> = {};
  for (const [name, value] of Object.entries(real) as [keyof AppState, unknown][]) {
    if (typeof value !== 'function') continue;
    (fakes as Record<string, unknown>)[name] = (...args: unknown[]) => {
      did.push(name === 'dispatch' ? actionMeaning(args[0] as Action) : (STORE_MEANING[name] ?? name));
      return true;
    };
  }
  store.setState({ ...fakes, levelCursor });
  const effect =
    (name: string) =>
    (..._: unknown[]) =>
      void did.push(`effect:${name}`);
  const effects: KeyEffects = {
    toggleFullscreen: effect('fullscreen'),
    renameTeam: effect('renameTeam'),
    readAloud: effect('readAloud'),
    openPack: effect('openPack'),
    removePack: effect('removePack'),
    downloadCsv: effect('downloadCsv'),
    printSummary: effect('printSummary'),
  };
  handleKey(store, key, effects);
  return [...new Set(did)].join(' + ');
}

/** A seeded walk through the pack by legal actions, leaning on the ones that move play on; every state on the way. */
function walk(pack: Pack, seed: number, steps: number, mode: 'solo' | 'teams' | 'all'): GameState[] {
  let x = seed;
  const rand = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const title = createGameStore(pack, undefined, undefined, { seed }).getState().game;
  // Each walk plays one way: the mode is chosen first and kept.
  const started = reduce(pack, title, { type: 'startSession', mode, seed });
  const first = started.ok ? started.state : title;
  const states: GameState[] = [title, first];
  let s = first;
  const avoid = new Set([
    'openMenu',
    'showSource',
    'readArticle',
    'restart',
    'toTitle',
    'back',
    'toLevelSelect',
    'endSession',
    'turnArticle',
    'setMode',
    'startSession',
  ]);
  for (let i = 0; i < steps; i++) {
    const legal = legalActions(pack, s).filter((a) => !avoid.has(a.type));
    if (legal.length === 0) break;
    const onward = legal.filter((a) => a.type === 'confirm' || a.type === 'next');
    const pool = onward.length && rand() < 0.35 ? onward : legal;
    const out = reduce(pack, s, pool[Math.floor(rand() * pool.length)]!);
    if (!out.ok) continue;
    s = out.state;
    states.push(s);
  }
  return states;
}

type Table = Map<string, Map<string, Map<string, string>>>;

/** screen → key → meaning → one state where it happened (for the failure message). */
function keyTable(pack: Pack, states: GameState[]): Table {
  const table: Table = new Map();
  // Up to a few states of each screen, taken across the walk (each key is pressed on each).
  const byName = new Map<string, GameState[]>();
  for (const g of states) {
    if (g.overlay) continue;
    const name = screenName(screenOf(pack, g), g);
    byName.set(name, [...(byName.get(name) ?? []), g]);
  }
  const sample = [...byName.values()].flatMap((all) =>
    Array.from({ length: Math.min(all.length, 6) }, (_, i) => all[Math.floor((i * all.length) / Math.min(all.length, 6))]!),
  );
  for (const g of sample) {
    const screen = screenOf(pack, g);
    const name = screenName(screen, g);
    const keys = table.get(name) ?? new Map<string, Map<string, string>>();
    table.set(name, keys);
    for (const cursor of screen.kind === 'setup' || screen.kind === 'levelSelect' ? [null, 0] : [null]) {
      for (const key of KEYS) {
        const meaning = pressOn(pack, g, cursor, key);
        if (!meaning) continue;
        const seen = keys.get(key) ?? new Map<string, string>();
        keys.set(key, seen);
        if (!seen.has(meaning)) seen.set(meaning, `phase ${g.phase}, level ${g.level}, round ${g.round}, cursor ${cursor}`);
      }
    }
  }
  return table;
}

const packs = [loadValidPack(MINI_PACK_DIR), loadValidPack(CECOT_DIR)];
const tables = packs.map((pack, p) => {
  const states = (['solo', 'teams', 'all'] as const).flatMap((mode, seed) => walk(pack, seed * 7 + p + 1, 500, mode));
  return keyTable(pack, states);
});

describe('one meaning per key per screen', () => {
  it('the walk reaches every kind of screen, the debate steps among them', () => {
    const names = new Set(tables.flatMap((t) => [...t.keys()]));
    const kinds = new Set([...names].map((n) => n.split('/')[0]));
    for (const k of ['title', 'setup', 'poll', 'levelSelect', 'levelIntro', 'round', 'reveal', 'levelSummary', 'final', 'case', 'whoswho', 'verdictRound'])
      expect(kinds, `never reached ${k}`).toContain(k);
    for (const n of ['case/stance', 'case/play', 'whoswho/assign', 'whoswho/sort', 'round/all teams']) expect(names, `never reached ${n}`).toContain(n);
  });

  it('no key does two different things on one screen', () => {
    const clashes: string[] = [];
    for (const table of tables)
      for (const [screen, keys] of table)
        for (const [key, meanings] of keys)
          if (meanings.size > 1) clashes.push(`${screen}: "${key}" is ${[...meanings].map(([m, where]) => `${m} (${where})`).join(' and ')}`);
    expect(clashes).toEqual([]);
  });

  it('full screen is the key left of 1 on every screen, and F never is', () => {
    for (const table of tables)
      for (const [screen, keys] of table) {
        expect([...(keys.get('`')?.keys() ?? [])], screen).toEqual(['effect:fullscreen']);
        expect([...(keys.get('º')?.keys() ?? [])], screen).toEqual(['effect:fullscreen']);
        for (const f of ['f', 'F']) expect([...(keys.get(f)?.keys() ?? [])].join(), `${screen} ${f}`).not.toContain('fullscreen');
      }
  });

  it('a letter on a screen of answers or cards picks, never blanks the screen', () => {
    for (const table of tables)
      for (const [screen, keys] of table) {
        if (!/^(round|case\/play|verdictRound|whoswho)/.test(screen)) continue;
        for (const letter of 'abcdef') expect([...(keys.get(letter)?.keys() ?? [])].join(), `${screen} ${letter}`).not.toMatch(/setBlank|fullscreen/);
      }
  });
});
