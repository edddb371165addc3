import Phaser from 'phaser';

/**
 * Phaser starts no scene until its three built-in textures (blank, missing, white) have been
 * decoded from data: URLs. Decoding is asynchronous, and on a slow machine the wait was about
 * 35 ms in which nothing happened before the title could draw. Given to the game as its
 * `preBoot` callback, this draws the same three on small canvases instead, which exist at
 * once; Phaser's own boot still runs and still waits for its LOAD events, which are sent as
 * soon as the script that made the game has finished (every system has booted by then).
 */
export function instantBuiltinTextures(game: Phaser.Game): void {
  const textures = game.textures;
  const draw: Record<string, () => HTMLCanvasElement> = {
    __DEFAULT: () => canvas(32, 32),
    __MISSING: () => {
      // Never drawn by this game (it loads no images); loud if it ever is.
      const c = canvas(32, 32);
      const ctx = c.getContext('2d')!;
      ctx.strokeStyle = '#ff00ff';
      ctx.lineWidth = 4;
      ctx.strokeRect(2, 2, 28, 28);
      return c;
    },
    __WHITE: () => {
      const c = canvas(4, 4);
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, 4, 4);
      return c;
    },
  };
  const fromData = textures.addBase64.bind(textures);
  textures.addBase64 = (key: string, data: unknown) => {
    const make = draw[key];
    if (!make) return fromData(key, data);
    const texture = textures.addCanvas(key, make());
    queueMicrotask(() => textures.emit(Phaser.Textures.Events.LOAD, key, texture));
    return textures;
  };
}

function canvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}
