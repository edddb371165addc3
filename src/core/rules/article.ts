/** The reading screen's actions: open the whole article, turn to a page of it. */
import { articlePageLimit } from '../screens/articleScreen';
import type { Pack } from '../pack/schema';
import { ok, reject, type Outcome } from './outcome';
import type { GameState } from './stateSchema';

/** Opens on the first page, over the screen it was asked from (the menu gives way to it). */
export const readArticle = (s: GameState): Outcome => ok({ ...s, overlay: { kind: 'article', page: 0 } });

/**
 * Turns to a page. How many pages there are depends on the text size (the screen model splits
 * the article for it), so the reducer only keeps the page within the most there can ever be;
 * the screen shows the last page there is for anything past it.
 */
export function turnArticle(pack: Pack, s: GameState, page: number): Outcome {
  if (s.overlay?.kind !== 'article') return reject('wrong-phase', 'the reading screen is not open');
  if (!Number.isInteger(page) || page < 0 || page >= articlePageLimit(pack)) return reject('unknown-page', `the article has no page ${page + 1}`);
  return ok({ ...s, overlay: { kind: 'article', page } });
}
