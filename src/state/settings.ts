/**
 * The choices a device's settings are made of. Kept apart from their schema (persistence.ts)
 * so screens and keys can offer them without loading the schema library at start-up.
 */

/** Display settings: the text size preset, and the dark or light theme. */
export const TEXT_SIZES = ['standard', 'large', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['dark', 'light'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Interface languages (a pack's own text stays in its language). */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Read-aloud speeds on offer. */
export const SPEECH_RATES = [0.8, 1, 1.25] as const;

/** Sound volumes on offer (the share of full loudness); the menu cycles off → each of these. */
export const VOLUMES = [0.35, 0.65, 1] as const;
export type Volume = (typeof VOLUMES)[number];

/**
 * Motion: as the device asks (prefers-reduced-motion), always on, or reduced (instant changes,
 * the stamps and podium still shown, still). A teacher overrides the device either way.
 */
export const MOTIONS = ['system', 'full', 'reduced'] as const;
export type MotionSetting = (typeof MOTIONS)[number];

/** What the menu's Sound entry steps through: off, three volumes, then music under discussions. */
export const SOUND_STOPS = [
  { sound: false },
  { sound: true, volume: 0.35, music: false },
  { sound: true, volume: 0.65, music: false },
  { sound: true, volume: 1, music: false },
  { sound: true, volume: 0.65, music: true },
] as const satisfies readonly ({ sound: false } | { sound: true; volume: Volume; music: boolean })[];

interface SoundSettings {
  sound: boolean;
  volume: Volume;
  music: boolean;
}

/** The stop these settings are at (a volume and music the menu does not offer count as the nearest on-stop). */
export function soundStop(s: SoundSettings): number {
  if (!s.sound) return 0;
  const at = SOUND_STOPS.findIndex((stop) => stop.sound && stop.volume === s.volume && stop.music === s.music);
  return at >= 0 ? at : 2;
}

/** The settings after the menu's Sound entry is chosen once more. */
export function nextSound<S extends SoundSettings>(s: S): S {
  const stop = SOUND_STOPS[(soundStop(s) + 1) % SOUND_STOPS.length]!;
  return { ...s, ...stop };
}
