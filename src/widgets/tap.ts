import type Phaser from 'phaser';

/**
 * Fires on release only when the press began on the same target. A tap that closes an
 * overlay therefore cannot also press the button that was underneath it, and a screen
 * that changed between press and release cannot be tapped by accident.
 */
export function onTap(target: Phaser.GameObjects.GameObject, fn: () => void): void {
  let pressed = false;
  target.on('pointerdown', () => (pressed = true));
  target.on('pointerout', () => (pressed = false));
  target.on('pointerup', () => {
    if (pressed) fn();
    pressed = false;
  });
}
