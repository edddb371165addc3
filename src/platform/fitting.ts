import type Phaser from 'phaser';

/**
 * Tries layouts in order (say, one column, then two) and keeps the first whose height
 * fits; the last is kept regardless. Text size never shrinks below the minimum: the
 * layout changes instead.
 */
export function firstThatFits(scene: Phaser.Scene, maxHeight: number, layouts: readonly (() => number)[]): number {
  let height = 0;
  for (const [i, layout] of layouts.entries()) {
    const before = scene.children.list.length;
    height = layout();
    if (height <= maxHeight || i === layouts.length - 1) return height;
    for (const o of scene.children.list.slice(before)) o.destroy();
  }
  return height;
}
