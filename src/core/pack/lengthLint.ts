/**
 * Length warnings for the pack text the screens show that lint.ts's LIMITS do not cover: the
 * pack's title and summary, each question's title, question and context, a claim, and the
 * explanations of the who-said-it and who's-who rounds, and the quotes a who's-who round shows. A pack whose text stays within these
 * fits every screen at every display preset (Large and Extra large page or step down to the
 * 36 px floor), as tests/e2e/lengths.spec.ts checks with a pack at every limit.
 *
 * Each limit is measured from the screen that shows the field (1920×1080, Spanish labels,
 * Extra large, text of average word length), with some room for wide letters.
 */
import type { Level, PackManifest } from './schema';
import type { PackWarning } from './lint';

export const TEXT_LIMITS = {
  /** The title screen's pack panel (two lines at Extra large above the pack tabs) and its tab. */
  packTitle: 70,
  /** Read aloud with the title (not drawn): a couple of sentences. */
  summary: 240,
  /** The strip above a question's screens and the question's intro, one line in capitals. */
  levelTitle: 40,
  /** The question's intro (three lines at 72 px), the summary's and the results' heading. */
  question: 120,
  /** Under the question on its intro. */
  context: 460,
  /** A claim round's claim, above its three answers (the debate kinds' claims are not measured yet). */
  claim: 160,
  /** A who-said-it reveal's explanation (the reveal's explanation column, as an option's). */
  whoExplanation: 400,
  /** A who's-who scorecard's explanation, above the matches. */
  whosWhoExplanation: 260,
  /** Each quote a who's-who round shows (up to four of them beside the speakers, where an evidence card shows one). */
  whosWhoQuote: 140,
  /** A who's-who round's quotes together (so at most two of them near the limit above). */
  whosWhoQuotes: 320,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** What each field is called in a message, from the teacher's side ("this question is …"). */
const NAMES: Record<TextField, string> = {
  packTitle: "the pack's title",
  summary: "the pack's summary",
  levelTitle: "this question's title",
  question: 'this question',
  context: "this question's context",
  claim: 'this claim',
  whoExplanation: 'this explanation',
  whosWhoExplanation: 'this explanation',
  whosWhoQuote: "this who's-who quote",
  whosWhoQuotes: "this who's-who round's quotes together",
};

/** The warning for a text over its limit: how long it is, what fits, and to shorten it. */
export function lengthMessage(field: TextField, length: number): string {
  return `${NAMES[field]} is ${length} characters; screens fit up to ${TEXT_LIMITS[field]}: shorten it`;
}

function over(out: PackWarning[], file: string, path: string, field: TextField, value: string): void {
  const length = [...value].length;
  if (length > TEXT_LIMITS[field]) out.push({ file, path, severity: 'warning', message: lengthMessage(field, length) });
}

/** Every length warning for a pack that loads, in file order. */
export function lengthWarnings(manifest: PackManifest, levels: readonly Level[]): PackWarning[] {
  const out: PackWarning[] = [];
  over(out, 'pack.json', 'title', 'packTitle', manifest.title);
  over(out, 'pack.json', 'summary', 'summary', manifest.summary);
  const quotes = new Map(manifest.quotes.map((q) => [q.id, q.text]));
  for (const level of levels) {
    const file = `${level.id}.json`;
    over(out, file, 'title', 'levelTitle', level.title);
    over(out, file, 'question', 'question', level.question);
    over(out, file, 'context', 'context', level.context);
    level.rounds.forEach((round, r) => {
      const at = `rounds[${r}]`;
      if (round.type === 'claim') over(out, file, `${at}.claim`, 'claim', round.claim);
      if (round.type === 'who') over(out, file, `${at}.explanation`, 'whoExplanation', round.explanation);
      if (round.type !== 'whoswho') return;
      over(out, file, `${at}.explanation`, 'whosWhoExplanation', round.explanation);
      round.quotes.forEach((q, i) => over(out, file, `${at}.quotes[${i}]`, 'whosWhoQuote', quotes.get(q) ?? ''));
      over(out, file, `${at}.quotes`, 'whosWhoQuotes', round.quotes.map((q) => quotes.get(q) ?? '').join(''));
    });
  }
  return out;
}
