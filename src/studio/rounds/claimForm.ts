/** "What does the article say?": the claim, and the three fixed answers (says so, says otherwise, doesn't say). */
import type { RoundOf } from '../../core/pack/schema';
import { LIMITS } from '../../core/pack/lint';
import type { Path } from '../../core/studio/rounds';
import type { Child } from '../../services/dom';
import { textField, type Ctx } from '../fields';
import { optionsForm } from './optionsForm';

export function claimForm(c: Ctx, path: Path, at: string, round: RoundOf<'claim'>): Child[] {
  return [textField(c, c.t.claimText, [...path, 'claim'], `${at}.claim`, round.claim, LIMITS.prompt), ...optionsForm(c, path, at, round)];
}
