/** "Pick all that apply": three to six answers, each scored by its own verdict (every one the sources back is a right pick). */
import type { RoundOf } from '../../core/pack/schema';
import { LIST_SIZES, type Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import type { Ctx } from '../fields';
import { optionsForm } from './optionsForm';

export function multiForm(c: Ctx, path: Path, at: string, round: RoundOf<'multi'>): Child[] {
  return optionsForm(c, path, at, round, LIST_SIZES.multi);
}
