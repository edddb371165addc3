import type Phaser from 'phaser';

export interface HitArea {
  scene: string;
  name: string;
  /** In design pixels (1920×1080). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the named click targets of the running scenes are, so browser tests can click
 * the canvas like a person would. It locates controls; it never reads game state.
 */
export function hitAreas(game: Phaser.Game): HitArea[] {
  return game.scene
    .getScenes(true)
    .flatMap((scene) =>
      scene.children.list
        .filter((o): o is Phaser.GameObjects.Zone => o.type === 'Zone' && o.name !== '' && !!o.input?.enabled)
        .map((z) => ({ scene: scene.scene.key, name: z.name, x: z.x, y: z.y, width: z.width, height: z.height })),
    );
}
