/**
 * Reading a saved game back, so a reload, a closed tab or a crash loses nothing (writing it
 * is saveSlot.ts). What comes back from storage is versioned, schema-checked and checked
 * against the pack before it is trusted; anything unreadable is kept aside under a backup
 * key, and the game starts clean and says so. Write failures (storage full or blocked) never
 * escape. This module brings the schema library with it: it is loaded only when there is a
 * saved game to read.
 */
import '../core/pack/zodConfig';
import { z } from 'zod';
import { fitsPack } from '../core/rules/fitsPack';
import { hash32 } from '../core/rules/order';
import type { Pack } from '../core/pack/schema';
import { GameState } from '../core/rules/stateSchema';
import { keepBackup } from './backups';
import { SAVE_KEY, SAVE_VERSION } from './saveSlot';
import { LANGUAGES, MOTIONS, SPEECH_RATES, TEXT_SIZES, THEMES, VOLUMES } from './settings';

export const SavedSettings = z.strictObject({
  sound: z.boolean(),
  /** How loud the sound is when on (M keeps it; the menu cycles it). */
  volume: z.literal(VOLUMES),
  /** A quiet bed of music under discussion time (off by default; only with sound on). */
  music: z.boolean(),
  /** Motion as the device asks, always, or reduced. */
  motion: z.enum(MOTIONS),
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  /** Read each new question and reveal aloud (off by default; R reads on demand). */
  readAloud: z.boolean(),
  speechRate: z.literal(SPEECH_RATES),
  /** A voice by name, or the browser's default. */
  voice: z.string().max(200).nullable(),
});
export type SavedSettings = z.infer<typeof SavedSettings>;

const Saved = z.strictObject({
  version: z.literal(SAVE_VERSION),
  packId: z.string(),
  game: GameState,
  settings: SavedSettings,
});
export type Saved = z.infer<typeof Saved>;

/**
 * (A phase added to the list, as 'review' was, needs no new version: every earlier save still reads.)
 * Migrations from older save versions, H5P-style: each takes version N's data to N+1.
 * Each version keeps a frozen fixture in tests/fixtures/saves/ that must still load.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: the round timer (off, none running, nothing locked), the scoreboard and discussion settings arrived.
  1: (data) => ({
    ...data,
    game: {
      ...(data.game as Record<string, unknown>),
      timerSeconds: 0,
      timer: null,
      locked: false,
      scoreboard: 'always',
      discuss: false,
      discussing: false,
      teamPicks: [],
      activeTeam: 0,
    },
  }),
  // 2 → 3: two to six named teams (a case debate's cards now name the side, not the team), the
  // session's level list, the discussion countdown, auto-advance, the scoreboard's view; text size, theme, language and read-aloud.
  2: (data) => {
    const game = data.game as Record<string, unknown>;
    const records = Object.fromEntries(
      Object.entries((game.records ?? {}) as Record<string, Record<string, Record<string, unknown>>>).map(([level, rounds]) => [
        level,
        Object.fromEntries(Object.entries(rounds).map(([round, rec]) => [round, rec.draft ? { ...rec, draft: sideDraft(rec.draft) } : rec])),
      ]),
    );
    return {
      ...data,
      settings: {
        textSize: 'standard',
        theme: 'dark',
        language: 'en',
        readAloud: false,
        speechRate: 1,
        voice: null,
        ...(data.settings as Record<string, unknown>),
      },
      game: {
        ...game,
        records,
        draft: sideDraft(game.draft),
        scoreboardShows: 'all',
        teams: ['', ''],
        skipped: [],
        discussSeconds: 0,
        discussTimer: null,
        autoAdvance: false,
      },
    };
  },
  // 3 → 4: lists are shown shuffled by a seed kept in the game. An older save gets one drawn from
  // its own contents, so reading the same old save twice shows the same order.
  3: (data) => ({ ...data, game: { ...(data.game as Record<string, unknown>), seed: hash32(JSON.stringify(data.game)) } }),
  // 4 → 5: the sound's volume and the motion setting; confidence ("sure" answers), off, with no marks.
  4: (data) => ({
    ...data,
    settings: { volume: 0.65, music: false, motion: 'system', ...(data.settings as Record<string, unknown>) },
    game: { ...(data.game as Record<string, unknown>), confidence: false, sure: [] },
  }),
};

/** Version 2 case drafts said which team played a card; from 3 they say which side. */
function sideDraft(draft: unknown): unknown {
  const d = draft as { kind?: string; played?: { card: string; team: number }[] } | null;
  if (!d || d.kind !== 'case' || !Array.isArray(d.played)) return draft;
  return { ...d, played: d.played.map(({ team, ...p }) => ({ ...p, side: team })) };
}

export { fitsPack };

export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'loaded'; game: GameState; settings: SavedSettings }
  | {
      kind: 'discarded';
      reason: 'unreadable' | 'newer' | 'other-pack' | 'does-not-fit' | 'unavailable';
      backupKey: string | null;
      /** For a save that could be read: whether anything had been answered in it (an untouched one is not worth a notice). */
      answered?: boolean;
    };

export function loadSaved(storage: Storage | null, pack: Pack, now = Date.now()): LoadOutcome {
  if (!storage) return { kind: 'discarded', reason: 'unavailable', backupKey: null };
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'discarded', reason: 'unavailable', backupKey: null };
  }
  if (raw === null) return { kind: 'none' };
  const discard = (reason: Exclude<LoadOutcome, { kind: 'none' | 'loaded' }>['reason'], answered?: boolean): LoadOutcome => ({
    kind: 'discarded',
    reason,
    backupKey: keepBackup(storage, raw!, now),
    ...(answered === undefined ? {} : { answered }),
  });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return discard('unreadable');
  }
  if (typeof data !== 'object' || data === null) return discard('unreadable');
  let record = data as Record<string, unknown>;
  const version = typeof record.version === 'number' ? record.version : NaN;
  if (version > SAVE_VERSION) return discard('newer');
  for (let v = version; v < SAVE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return discard('unreadable');
    record = { ...migrate(record), version: v + 1 };
  }
  const parsed = Saved.safeParse(record);
  if (!parsed.success) return discard('unreadable');
  const answered = Object.values(parsed.data.game.records).some((level) => Object.keys(level).length > 0);
  if (parsed.data.packId !== pack.manifest.id) return discard('other-pack', answered);
  if (!fitsPack(pack, parsed.data.game)) return discard('does-not-fit', answered);
  return { kind: 'loaded', game: parsed.data.game, settings: parsed.data.settings };
}
