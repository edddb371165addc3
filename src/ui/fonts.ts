import { FONT } from './theme';

/**
 * The three faces the game draws with. Asked for as soon as the script runs, so the fetch
 * overlaps the game's start-up; the italic would otherwise be fetched only on first use, and
 * the canvas would draw that text in a stand-in face.
 */
const family = FONT.split(',')[0]!;
export const fontsLoaded: Promise<void> = Promise.all(['44px', 'bold 44px', 'italic 44px'].map((f) => document.fonts.load(`${f} ${family}`)))
  .then(() => undefined)
  .catch(() => undefined);
