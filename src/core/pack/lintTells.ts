/**
 * Warnings for "tells": patterns across a pack that give the best answer away without reading
 * the article, which a class finds within a couple of levels. Warnings, not errors: one round
 * can rightly have a long best answer; the pattern across the pack is what teaches the habit.
 *
 * Order is not checked here: the game shuffles options (see order.ts), so position tells nothing.
 */
import type { Level } from './schema';
import type { PackWarning } from './lint';

export const TELLS = {
  /** Best answer the longest option in more than this share of the choice rounds… */
  longestShare: 1 / 2,
  /** …counted only from this many choice rounds (fewer is too few to be a pattern). */
  longestMinRounds: 3,
  /** The same claim answer right in every claim round, counted from this many claim rounds. */
  sameClaimMinRounds: 3,
  /** With this many claim rounds, an answer that is never right is a pattern too. */
  neverRightMinRounds: 6,
  /** Quote marks are a tell when more than this share of the options that have them are best… */
  quotedBestShare: 2 / 3,
  /** …counted from this many options with quote marks. */
  quotedMinOptions: 2,
  /** One option is far longer than the rest when it is this many times the next longest… */
  farLongerRatio: 1.6,
  /** …and at least this many characters longer (so short options differing by a word pass). */
  farLongerChars: 25,
} as const;

const QUOTE_MARKS = /["\u201C\u201D]/;
const SHOWN = 5;

interface Where {
  file: string;
  at: string;
}

const warn = (file: string, path: string, message: string): PackWarning => ({ file, path, severity: 'warning', message });
const list = (ws: readonly Where[]) =>
  `${ws
    .slice(0, SHOWN)
    .map((w) => `${w.file} ${w.at}`)
    .join(', ')}${ws.length > SHOWN ? ', …' : ''}`;

export function lintTells(levels: readonly Level[]): PackWarning[] {
  const out: PackWarning[] = [];
  const longest: Where[] = [];
  let choiceRounds = 0;
  const claimRight: { answer: string; where: Where }[] = [];
  const quoted: { best: boolean; where: Where }[] = [];

  for (const level of levels) {
    const file = `${level.id}.json`;
    level.rounds.forEach((round, r) => {
      const at = `rounds[${r}]`;
      if (round.type === 'claim') {
        const right = round.options.find((o) => o.verdict === 'supported');
        if (right) claimRight.push({ answer: right.id, where: { file, at } });
        return;
      }
      if (round.type !== 'choice' && round.type !== 'multi') return;
      const lengths = round.options.map((o) => o.text.trim().length);
      round.options.forEach((o, i) => {
        if (QUOTE_MARKS.test(o.text)) quoted.push({ best: o.verdict === 'supported', where: { file, at: `${at}.options[${i}]` } });
      });
      const far = farLonger(lengths);
      if (far) {
        out.push(
          warn(
            file,
            `${at}.options[${far.index}].text`,
            `this option is ${far.length} characters, ${(far.length / far.next).toFixed(1)}× the next longest (${far.next}): the odd one out gives itself away. Bring the options to similar lengths`,
          ),
        );
      }
      if (round.type !== 'choice') return;
      choiceRounds++;
      const max = Math.max(...lengths);
      if (round.options.some((o, i) => o.verdict === 'supported' && lengths[i] === max)) longest.push({ file, at });
    });
  }

  if (choiceRounds >= TELLS.longestMinRounds && longest.length > choiceRounds * TELLS.longestShare) {
    out.push(
      warn(
        'pack.json',
        'levels',
        `the best answer is the longest option in ${longest.length} of the ${choiceRounds} single-choice rounds (${list(longest)}): students can score by picking the longest. Shorten best answers or lengthen others, so that the best is the longest in at most a third of them`,
      ),
    );
  }

  if (claimRight.length >= TELLS.sameClaimMinRounds) {
    const counts = new Map<string, number>();
    for (const c of claimRight) counts.set(c.answer, (counts.get(c.answer) ?? 0) + 1);
    const only = counts.size === 1 ? claimRight[0]!.answer : null;
    if (only) {
      out.push(
        warn(
          'pack.json',
          'levels',
          `"${only}" is the right answer in all ${claimRight.length} claim rounds (${list(claimRight.map((c) => c.where))}): students can score by always picking it. Write claims the article supports, contradicts and does not address, so that each answer is right in some rounds`,
        ),
      );
    } else if (claimRight.length >= TELLS.neverRightMinRounds) {
      for (const answer of ['says', 'contradicts', 'not-said']) {
        if (!counts.has(answer)) {
          out.push(
            warn(
              'pack.json',
              'levels',
              `"${answer}" is never the right answer in the ${claimRight.length} claim rounds: students lose nothing by never picking it. Write a claim or two for which it is right`,
            ),
          );
        }
      }
    }
  }

  const best = quoted.filter((q) => q.best);
  if (quoted.length >= TELLS.quotedMinOptions && best.length > quoted.length * TELLS.quotedBestShare) {
    out.push(
      warn(
        'pack.json',
        'levels',
        `${best.length} of the ${quoted.length} options with quote marks are best answers (${list(best.map((q) => q.where))}): students can pick the option that quotes the article without reading it. Quote the article in wrong options too, or take the quote marks out of right ones`,
      ),
    );
  }
  return out;
}

/** The option far longer than all the others, with its length and the next longest; or null. */
export function farLonger(lengths: readonly number[]): { index: number; length: number; next: number } | null {
  if (lengths.length < 2) return null;
  const order = lengths.map((length, index) => ({ length, index })).sort((a, b) => b.length - a.length);
  const [first, second] = [order[0]!, order[1]!];
  if (first.length >= second.length * TELLS.farLongerRatio && first.length - second.length >= TELLS.farLongerChars) {
    return { index: first.index, length: first.length, next: second.length };
  }
  return null;
}
