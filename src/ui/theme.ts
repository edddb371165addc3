/**
 * The newsroom look: ink-navy paper, cream type, a press-gold accent. Every text colour
 * here is at least 7:1 against the panels it sits on (checked in tests/unit/theme.test.ts).
 */
import type { SpeakerKind, Verdict } from '../core/schema';

export const DESIGN = { width: 1920, height: 1080, margin: 64 } as const;

export const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

/** Minimum sizes at 1920×1080, from the issue: nothing readable under 36 px. */
export const SIZE = { small: 36, body: 44, question: 52, heading: 64, hero: 120 } as const;

export const COLOR = {
  background: '#0e1a2b',
  panel: '#182a42',
  panelRaised: '#21385a',
  ink: '#f7f2e8',
  inkMuted: '#d5dbe6',
  accent: '#f4c95d',
  focus: '#ffe08a',
  selected: '#22406a',
  paper: '#f7f2e8',
  paperInk: '#14213d',
  highlight: '#ffe08a',
} as const;

export const VERDICT_STYLE: Readonly<Record<Verdict, { color: string; icon: 'check' | 'half' | 'question' | 'cross' }>> = {
  supported: { color: '#8ee6b0', icon: 'check' },
  partial: { color: '#f4c95d', icon: 'half' },
  unsupported: { color: '#cfc8ff', icon: 'question' },
  contradicted: { color: '#ffaaa5', icon: 'cross' },
};

export const KIND_STYLE: Readonly<Record<SpeakerKind, { color: string; shape: 'circle' | 'hexagon' | 'square' }>> = {
  expert: { color: '#8ecdf4', shape: 'circle' },
  official: { color: '#f4c95d', shape: 'hexagon' },
  outlet: { color: '#d9c2f0', shape: 'square' },
};

/** Teams differ by colour, shape and letter, never colour alone. */
export type TeamShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'hexagon' | 'star';
export const TEAM_STYLE: readonly { color: string; shape: TeamShape; letter: string }[] = [
  { color: '#8ecdf4', shape: 'circle', letter: 'A' },
  { color: '#f6b27a', shape: 'diamond', letter: 'B' },
  { color: '#a8e6a1', shape: 'square', letter: 'C' },
  { color: '#f5a9cf', shape: 'triangle', letter: 'D' },
  { color: '#d9c2f0', shape: 'hexagon', letter: 'E' },
  { color: '#f2e394', shape: 'star', letter: 'F' },
];

export function hex(color: string): number {
  return Number.parseInt(color.slice(1), 16);
}
