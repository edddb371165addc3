import Phaser from 'phaser';
import { FONT } from '../ui/theme';

/** Game event: the typeface is in, screens may draw. */
export const FONTS_READY = 'fonts-ready';

/** Waits for the self-hosted typeface, so no text is rasterised in a fallback font. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    const family = FONT.split(',')[0]!;
    Promise.all([document.fonts.load(`44px ${family}`), document.fonts.load(`bold 44px ${family}`)])
      .catch(() => undefined)
      .then(() => this.game.events.emit(FONTS_READY));
  }
}
