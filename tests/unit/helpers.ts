import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatIssue } from '../../src/core/pack/issues';
import { loadPack, type LoadResult } from '../../src/core/pack/validate';
import { reduce, type Action, type GameState } from '../../src/core/rules/game';
import type { DebateMove } from '../../src/core/rules/debate';
import type { Pack } from '../../src/core/pack/schema';
import type { GameStore } from '../../src/state/store';
import { screenOf } from '../../src/core/screens/screen';
import { lastBeat } from '../../src/core/screens/revealBeats';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const MINI_PACK_DIR = join(ROOT, 'tests/fixtures/mini-pack');
export const CECOT_DIR = join(ROOT, 'levels/cecot-2025');
export const DEBATE_PACK_DIR = join(ROOT, 'tests/fixtures/debate-pack');

/** Every .json and .md file of a pack folder, by file name, as text (what loadPack takes). */
export function readPackFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json') || name.endsWith('.md')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

export function loadPackDir(dir: string): LoadResult {
  return loadPack(readPackFiles(dir));
}

/** Loads a pack that must be valid; throws with every issue listed when it is not. */
export function loadValidPack(dir: string): Pack {
  const r = loadPackDir(dir);
  if (!r.ok) throw new Error(`pack at ${dir} has ${r.issues.length} issue(s):\n${r.issues.map(formatIssue).join('\n')}`);
  return r.pack;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies one action that must be accepted, checking purity and serialisability on the way. */
export function step(pack: Pack, s: GameState, a: Action): GameState {
  const before = structuredClone(s);
  const out = reduce(pack, deepFreeze(s), a);
  if (!out.ok) throw new Error(`${JSON.stringify(a)} rejected in phase ${s.phase}: ${out.error.code} ${out.error.message}`);
  expect(s).toEqual(before);
  expect(JSON.parse(JSON.stringify(out.state))).toEqual(out.state);
  return out.state;
}

export function run(pack: Pack, s: GameState, actions: readonly Action[]): GameState {
  return actions.reduce((acc, a) => step(pack, acc, a), s);
}

export const A = {
  next: { type: 'next' },
  back: { type: 'back' },
  confirm: { type: 'confirm' },
  openMenu: { type: 'openMenu' },
  closeMenu: { type: 'closeMenu' },
  closeSource: { type: 'closeSource' },
  toTitle: { type: 'toTitle' },
  toLevelSelect: { type: 'toLevelSelect' },
  restart: { type: 'restart' },
  choose: (option: string): Action => ({ type: 'choose', option }),
  openLevel: (level: number): Action => ({ type: 'openLevel', level }),
  showSource: (quote: string): Action => ({ type: 'showSource', quote }),
} as const satisfies Record<string, Action | ((x: never) => Action)>;

/**
 * The next action that moves the current debate round towards its confirm: not a good answer,
 * just a complete one (first side, first free cards, no concession, first speaker, "expert",
 * first scale position). For drivers that must get through debate rounds; null outside one.
 */
export function completeDebate(pack: Pack, s: GameState): Action | null {
  const round = pack.levels[s.level]?.rounds[s.round];
  const d = s.draft;
  if (s.phase !== 'round' || !round || !d) return null;
  const confirm: Action = { type: 'confirm' };
  const move = (m: DebateMove): Action => ({ type: 'debate', move: m });
  if (round.type === 'case' && d.kind === 'case') {
    const sides = s.mode === 'solo' ? 1 : 2;
    if (d.step === 'stance') return d.stance === null ? move({ kind: 'stance', stance: 'for' }) : confirm;
    if (d.step === 'play') {
      const free = round.cards.find((c) => !d.played.some((p) => p.card === c.id));
      return d.played.length < 2 * sides && free ? move({ kind: 'play', card: free.id }) : confirm;
    }
    return d.conceded.length < sides ? move({ kind: 'concede', card: null }) : confirm;
  }
  if (round.type === 'whoswho' && d.kind === 'whoswho') {
    if (d.step === 'assign') {
      const open = round.quotes.find((q) => d.assign[q] === undefined);
      if (open === undefined) return confirm;
      return d.held === null ? move({ kind: 'hold', quote: open }) : move({ kind: 'assign', speaker: round.speakers[0]! });
    }
    const unsorted = round.speakers.find((sp) => d.sort[sp] === undefined);
    return unsorted === undefined ? confirm : move({ kind: 'sort', speaker: unsorted, group: 'expert' });
  }
  if (round.type === 'verdict' && d.kind === 'verdict') {
    if (d.position === null) return move({ kind: 'place', position: round.scale[0]!.id });
    const free = round.cards.find((c) => !d.cards.includes(c.id));
    return d.cards.length < 3 && free ? move({ kind: 'play', card: free.id }) : confirm;
  }
  return null;
}

/**
 * Steps a pick reveal just locked in through its beats (the picks, the verdict) to the whole
 * reveal, as Space does; nothing on any other screen. Returns the store.
 */
export function throughBeats(store: GameStore): GameStore {
  const s = () => store.getState();
  while (s().beat < lastBeat(screenOf(s().pack, s().game))) s().advance();
  return store;
}

/** Asserts the action is rejected with this code and leaves the (frozen) state untouched. */
export function rejects(pack: Pack, s: GameState, a: Action, code: string): void {
  const before = structuredClone(s);
  const out = reduce(pack, deepFreeze(s), a);
  expect(out.ok ? 'accepted' : out.error.code).toBe(code);
  expect(s).toEqual(before);
}

/** Storage in memory, like localStorage; `failWrites` makes every write throw as a full disk does. */
/** Storage in memory; `failWrites` (settable later: the disk fills up, or space is freed) makes every write throw as a full disk does. */
export function memoryStorage(init: Record<string, string> = {}, failWrites = false): Storage & { data: Map<string, string>; failWrites: boolean } {
  const data = new Map(Object.entries(init));
  const storage = {
    data,
    failWrites,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      if (storage.failWrites) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, String(v));
    },
  };
  return storage as typeof storage & Storage;
}
