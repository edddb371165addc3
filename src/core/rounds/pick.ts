/** What the answer-picking kinds share: evidence read off their options. */
import type { RoundOption } from '../rules/options';

/** Every quote any option cites. */
export const optionEvidence = (options: readonly RoundOption[]): string[] => options.flatMap((o) => o.evidence);

/** The quotes behind the best answer(s). */
export const supportedEvidence = (options: readonly RoundOption[]): string[] => [
  ...new Set(options.filter((o) => o.verdict === 'supported').flatMap((o) => o.evidence)),
];
