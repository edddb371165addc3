import type Phaser from 'phaser';
import { OUTCOME_MARK, type AnswerOutcome } from '../core/rules/scoring';
import { COLOR, hex } from '../platform/theme';
import { drawVerdictIcon } from './shapes';

/**
 * Round progress as pips: a round answered shows how it went (right, partly, not right, no
 * answer) by the outcome's mark, shape and colour (`outcomes`, from the screen model's header);
 * the current round is outlined; one still to come is an empty box.
 */
export function addProgressPips(
  scene: Phaser.Scene,
  x: number,
  y: number,
  current: number,
  total: number,
  answered: number,
  outcomes: readonly (AnswerOutcome | null)[] = [],
): number {
  const g = scene.add.graphics();
  const size = 28;
  const gap = 16;
  for (let i = 0; i < total; i++) {
    const px = x + i * (size + gap);
    const outcome = outcomes[i] ?? null;
    if (outcome) drawVerdictIcon(scene, px + size / 2, y + size / 2, OUTCOME_MARK[outcome], size + 8);
    else if (i < answered) g.fillStyle(hex(COLOR.accent), 1).fillRoundedRect(px, y, size, size, 6);
    else
      g.fillStyle(hex(COLOR.panelRaised), 1).fillRoundedRect(px, y, size, size, 6).lineStyle(2, hex(COLOR.inkMuted), 1).strokeRoundedRect(px, y, size, size, 6);
    if (i === current) g.lineStyle(5, hex(COLOR.ink), 1).strokeRoundedRect(px - 5, y - 5, size + 10, size + 10, 9);
  }
  return total * (size + gap) - gap;
}
