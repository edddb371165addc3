import { readdirSync, readFileSync } from 'node:fs';
import { legalActions } from '../../src/core/rules/legalActions';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { loadPack } from '../../src/core/pack/validate';
import type { Pack } from '../../src/core/pack/schema';
import type { Page } from '@playwright/test';
import { SAVE_VERSION } from '../../src/state/saveSlot';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { openGame } from './harness';

export function cecotPack(): Pack {
  const dir = new URL('../../levels/cecot-2025/', import.meta.url);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) files[name] = readFileSync(new URL(name, dir), 'utf8');
  const r = loadPack(files);
  if (!r.ok) throw new Error('the CECOT pack does not load');
  return r.pack;
}

/** Skips moves that would undo or flip what a draft already has, so the walk always moves on. */
function useful(s: GameState, a: Action): boolean {
  if (a.type !== 'debate') return true;
  const m = a.move;
  const d = s.draft;
  if (m.kind === 'undo' || m.kind === 'hold') return false;
  if (m.kind === 'play' && d && (d.kind === 'case' ? d.played.some((p) => p.card === m.card) : d.kind === 'verdict' && d.cards.includes(m.card))) return false;
  if (m.kind === 'sort' && d?.kind === 'whoswho' && d.sort[m.speaker]) return false;
  if (m.kind === 'place' && d?.kind === 'verdict' && d.position) return false;
  return true;
}

/**
 * A finished game made by the core itself (the reducer is tested elsewhere): every round
 * answered with the first useful legal move, through to the final results. For seeding a
 * saved game in browser tests that start at the end. `claimAnswer`, when given, is the
 * answer (by id, so wherever it is shown) to every claim round.
 */
export function finishedGame(pack: Pack, mode: 'solo' | 'teams' = 'solo', teams = 2, claimAnswer?: string): GameState {
  let s = initialState();
  for (const a of [{ type: 'setMode', mode }, { type: 'next' }, { type: 'setTeamCount', count: teams }] as Action[]) {
    s = (reduce(pack, s, a) as { state: GameState }).state;
  }
  for (let i = 0; i < 5000 && s.phase !== 'final'; i++) {
    const legal = legalActions(pack, s).filter(
      (a) => !['back', 'openMenu', 'toTitle', 'restart', 'showSource', 'setMode', 'poll', 'openLevel'].includes(a.type),
    );
    const pick =
      legal.find((a) => a.type === 'confirm') ??
      (s.phase === 'round' && s.selection.length === 0
        ? (legal.find((a) => a.type === 'choose' && a.option === claimAnswer) ?? legal.find((a) => a.type === 'choose'))
        : undefined) ??
      legal.find((a) => a.type === 'debate' && useful(s, a)) ??
      legal.find((a) => a.type === 'next');
    if (!pick) throw new Error(`stuck in ${s.phase}`);
    const out = reduce(pack, s, pick);
    if (!out.ok) throw new Error(out.error.message);
    s = out.state;
  }
  if (s.phase !== 'final') throw new Error('did not reach the final results');
  return s;
}

/**
 * Opens the game with `game` saved as if from an earlier lesson (it lands on the resume prompt),
 * and with printing stubbed so a test can count print requests (`window.printed`).
 */
export async function openSaved(page: Page, pack: Pack, game: GameState, settings: Partial<typeof DEFAULT_SETTINGS> = {}): Promise<void> {
  const save = JSON.stringify({ version: SAVE_VERSION, packId: pack.manifest.id, game, settings: { ...DEFAULT_SETTINGS, ...settings } });
  await page.addInitScript((data) => {
    localStorage.setItem('on-the-record:save', data);
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  }, save);
  await openGame(page, '?renderer=canvas', 'final');
}
