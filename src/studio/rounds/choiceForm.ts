/** "Which is right?": three or four answers, one the sources back. */
import type { RoundOf } from '../../core/pack/schema';
import { LIST_SIZES, type Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import type { Ctx } from '../fields';
import { optionsForm } from './optionsForm';

export function choiceForm(c: Ctx, path: Path, at: string, round: RoundOf<'choice'>): Child[] {
  return optionsForm(c, path, at, round, LIST_SIZES.choice);
}
