/**
 * The words of how an answer went, in one place for every view: the canvas reveal and recaps,
 * the DOM layer, read-aloud, the CSV and the print summary all call these, so an outcome is
 * worded the same everywhere (the words themselves are the catalog's `outcome` table).
 */
import type { AnswerOutcome } from '../core/rules/scoring';
import type { RevealHeadline } from '../core/screens/pickScreen';
import type { PickCall } from '../core/screens/views';
import { t } from './strings';

/** The word for an outcome ("Right", "Partly right", "Not right", "No answer"). */
export const outcomeWord = (o: AnswerOutcome): string => t.outcome[o];

/** The reveal's banner: the outcome of the answer, or with every team answering, that they did. */
export const headlineText = (hl: RevealHeadline): string => (hl.kind === 'teams' ? t.teamsScored : outcomeWord(hl.outcome));

/** What a pick-all answer did with one option, for the reveal's list ("found", "missed"…). */
export const callWord = (c: PickCall): string => t.pickCall[c];
