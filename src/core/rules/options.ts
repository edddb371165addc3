import type { ClaimAnswer, Pack, Round, Verdict } from '../pack/schema';

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
  verdict: Verdict;
  evidence: string[];
  explanation: string;
}

export function roundOptions(pack: Pack, round: Round): RoundOption[] {
  switch (round.type) {
    case 'choice':
    case 'multi':
      return round.options.map((o) => ({ ...o, evidence: [...o.evidence] }));
    case 'claim':
      return round.options.map((o) => ({ ...o, claimAnswer: o.id, evidence: [...o.evidence] }));
    case 'who': {
      const quote = pack.manifest.quotes.find((q) => q.id === round.quote);
      return round.speakers.map((speaker) => ({
        id: speaker,
        speaker,
        verdict: quote?.speaker === speaker ? 'supported' : 'contradicted',
        evidence: [round.quote],
        explanation: round.explanation,
      }));
    }
    case 'rebuttal':
      return round.options.map((o) => ({
        id: o.id,
        quote: o.quote,
        speaker: pack.manifest.quotes.find((q) => q.id === o.quote)?.speaker,
        verdict: o.verdict,
        evidence: [o.quote],
        explanation: o.explanation,
      }));
    case 'case':
    case 'whoswho':
    case 'verdict':
      return [];
  }
}

/** Multi-select rounds take any number of options; the others take exactly one. */
export function isMultiSelect(round: Round): boolean {
  return round.type === 'multi';
}
