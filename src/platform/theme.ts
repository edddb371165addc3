/**
 * The newsroom look: ink-navy paper, cream type, a press-gold accent. Every text colour
 * here is at least 7:1 against the panels it sits on (checked in tests/unit/theme.test.ts).
 */
import type { SpeakerKind, Verdict } from '../core/pack/schema';
import type { TextSize, ThemeName } from '../state/settings';

export const DESIGN = { width: 1920, height: 1080, margin: 64 } as const;

export const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

/** Text size presets for the back row: the standard sizes, or all text larger by a factor. */
const TEXT_FACTOR: Record<TextSize, number> = { standard: 1, large: 1.25, xl: 1.5 };
const BASE_SIZE = { small: 36, body: 44, question: 52, heading: 64, hero: 120 } as const;

/**
 * Type sizes at 1920×1080. The standard preset is the floor from the brief (nothing under
 * 36 px); Large and Extra large scale every size but the title's. Read at draw time, so a
 * change of preset takes effect when the scenes redraw.
 */
export const SIZE: { small: number; body: number; question: number; heading: number; hero: number } = { ...BASE_SIZE };

/**
 * The floor under every preset. A dense list that cannot fit at a larger preset's sizes
 * falls back towards this, never below it.
 */
export const MIN_TEXT = BASE_SIZE.small;

/**
 * The reading screen's type: the preset's sizes up to a cap. At Extra large (×1.5) the body
 * would be 66 px and a page would hold a few lines, so a long sentence could not fit under the
 * article's title (measured: it ran into the footer); capped, pages keep whole sentences and
 * stay larger than the standard preset. One source for the scene, its keys and the DOM layer,
 * which must count the same pages.
 */
export const READER_CAP = { body: 55, small: 45 } as const;
export const readerBody = (): number => Math.min(SIZE.body, READER_CAP.body);
export const readerSmall = (): number => Math.min(SIZE.small, READER_CAP.small);

export function applyTextSize(preset: TextSize): void {
  const k = TEXT_FACTOR[preset];
  SIZE.small = Math.round(BASE_SIZE.small * k);
  SIZE.body = Math.round(BASE_SIZE.body * k);
  SIZE.question = Math.round(BASE_SIZE.question * k);
  SIZE.heading = Math.round(BASE_SIZE.heading * k);
}

/**
 * A palette. Text colours (`ink`, `inkMuted`, `accent`, `highlight`, `verdictText`) are
 * separate from fills (`accentFill`, `hoverFill`, `highlightFill`), because a light theme
 * needs dark text but still light fills under dark lettering.
 */
export interface Palette {
  background: string;
  panel: string;
  panelRaised: string;
  ink: string;
  inkMuted: string;
  /** Headings, labels and strokes in the accent colour. */
  accent: string;
  /** The primary button and other accent surfaces, under `paperInk` text. */
  accentFill: string;
  hoverFill: string;
  /** The keyboard focus ring and the selected card's outline. */
  focus: string;
  selected: string;
  paper: string;
  paperInk: string;
  /** Warnings and the last ten seconds, as text on the background. */
  highlight: string;
  /** Banners and the quote's highlight in the article, under `paperInk` text. */
  highlightFill: string;
  verdictText: Record<Verdict, string>;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  dark: {
    background: '#0e1a2b',
    panel: '#182a42',
    panelRaised: '#21385a',
    ink: '#f7f2e8',
    inkMuted: '#d5dbe6',
    accent: '#f4c95d',
    accentFill: '#f4c95d',
    hoverFill: '#ffe08a',
    focus: '#ffe08a',
    selected: '#22406a',
    paper: '#f7f2e8',
    paperInk: '#14213d',
    highlight: '#ffe08a',
    highlightFill: '#ffe08a',
    verdictText: { supported: '#8ee6b0', partial: '#fad542', unsupported: '#b8b3e6', contradicted: '#fb9e60' },
  },
  light: {
    background: '#f3ede0',
    panel: '#ffffff',
    panelRaised: '#e9e2d2',
    ink: '#14213d',
    inkMuted: '#34425e',
    accent: '#5c3d00',
    accentFill: '#f4c95d',
    hoverFill: '#ffe08a',
    focus: '#1d4ed8',
    selected: '#dbe6f6',
    paper: '#fffdf7',
    paperInk: '#14213d',
    highlight: '#8a1414',
    highlightFill: '#ffe08a',
    verdictText: { supported: '#0d5a2f', partial: '#5c3d00', unsupported: '#3f2f8f', contradicted: '#8a1414' },
  },
};

/** The palette in use (dark by default); `applyTheme` swaps it before the scenes redraw. */
export const COLOR: Palette = { ...PALETTES.dark, verdictText: { ...PALETTES.dark.verdictText } };

export function applyTheme(name: ThemeName): void {
  const p = PALETTES[name];
  Object.assign(COLOR, p, { verdictText: { ...p.verdictText } });
}

export const VERDICT_STYLE: Readonly<Record<Verdict, { color: string; icon: 'check' | 'half' | 'question' | 'cross' }>> = {
  supported: { color: '#8ee6b0', icon: 'check' },
  partial: { color: '#fad542', icon: 'half' },
  unsupported: { color: '#b8b3e6', icon: 'question' },
  contradicted: { color: '#fb9e60', icon: 'cross' },
};

export const KIND_STYLE: Readonly<Record<SpeakerKind, { color: string; shape: 'circle' | 'hexagon' | 'square' }>> = {
  expert: { color: '#8ecdf4', shape: 'circle' },
  official: { color: '#f4c95d', shape: 'hexagon' },
  outlet: { color: '#e4f8bf', shape: 'square' },
};

/**
 * Teams differ by colour, shape and number, never colour alone — and never by a letter,
 * which is an answer's key (option A showing team badge "A" would read as a pick).
 */
export type TeamShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'hexagon' | 'star';
export const TEAM_STYLE: readonly { color: string; shape: TeamShape }[] = [
  { color: '#8ecdf4', shape: 'circle' },
  { color: '#f6b27a', shape: 'diamond' },
  { color: '#e8fa42', shape: 'square' },
  { color: '#60fbcc', shape: 'triangle' },
  { color: '#cdeffe', shape: 'hexagon' },
  { color: '#8efb60', shape: 'star' },
];

/**
 * Answer tiles: each shown option gets a colour, a shape and its letter, by its place on
 * screen (A, B, C…), so a team can point from the back ("the blue diamond"). The order of the
 * options is shuffled per session, so a style says nothing about the answer. The text on a
 * tile is `ink` (white on the dark fills, navy on the light ones), at least 7:1 either way;
 * the colours stay apart for the common colour-vision deficiencies (tests/unit/colour-vision),
 * and no style repeats a team's colour and shape (a team badge sits on a tile in team play).
 * `id` names the style in both catalogues (`t.tileName`).
 */
export type TileId = 'red' | 'blue' | 'yellow' | 'green' | 'purple' | 'orange';
export const TILE_STYLE: readonly { id: TileId; color: string; ink: string; shape: TeamShape }[] = [
  { id: 'red', color: '#98010b', ink: '#ffffff', shape: 'triangle' },
  { id: 'blue', color: '#0d3fcd', ink: '#ffffff', shape: 'diamond' },
  { id: 'yellow', color: '#fae313', ink: '#14213d', shape: 'circle' },
  { id: 'green', color: '#72f0af', ink: '#14213d', shape: 'square' },
  { id: 'purple', color: '#4f0d7f', ink: '#ffffff', shape: 'hexagon' },
  { id: 'orange', color: '#f69c3b', ink: '#14213d', shape: 'star' },
];

/** The tile style of the option shown `n`th (1-based), by place alone. */
export const tileStyle = (n: number): (typeof TILE_STYLE)[number] => TILE_STYLE[(n - 1) % TILE_STYLE.length]!;

export function hex(color: string): number {
  return Number.parseInt(color.slice(1), 16);
}
