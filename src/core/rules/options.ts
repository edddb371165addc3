import type { ClaimAnswer, Verdict } from '../pack/schema';

/**
 * Every answer-picking round type seen through one shape, so scoring, the reducer and
 * both views treat "choice", "claim", "who", "multi" and "rebuttal" rounds alike.
 * Debate rounds with drafts (case, who's who, verdict) have no options.
 */
export interface RoundOption {
  id: string;
  /** What the option says; absent for claim answers, whose labels come from the UI catalog. */
  text?: string;
  claimAnswer?: ClaimAnswer;
  /** For "who said it?" options. */
  speaker?: string;
  /** For rebuttals: the quote played back at the opponent. */
  quote?: string;
  /** The speaker's kind (expert, official) is what the round asks about: show the role, never the kind. */
  kindHidden?: boolean;
  verdict: Verdict;
  evidence: string[];
  explanation: string;
}

export { optionsOf as roundOptions, isMultiSelect } from '../rounds/registry';
