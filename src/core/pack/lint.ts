/**
 * Legibility warnings for shared screens: text that would not fit its place at the minimum
 * text size (36 px at 1080p) without shrinking or paging. Warnings, not errors: the game
 * still lays them out, but the back row suffers. The limits are measured from the layouts.
 */
import type { PackIssue } from './issues';
import type { Level, PackManifest } from './schema';
import { lintTells } from './lintTells';
import { parseSource } from './sourceText';
import { quoteWarnings } from './quoteBounds';
import { lengthWarnings } from './lengthLint';

export const LIMITS = {
  /** A question: three lines of 52 px type across the screen. */
  prompt: 200,
  /** An answer card: three lines in a half-width card at 44 px. */
  option: 120,
  /** A quote on an evidence card. */
  quote: 320,
  /** The explanation beside the evidence. */
  explanation: 400,
} as const;

export interface PackWarning extends PackIssue {
  severity: 'warning';
}

const warn = (file: string, path: string, what: string, length: number, limit: number): PackWarning => ({
  file,
  path,
  severity: 'warning',
  message: `${what} is ${length} characters: over ${limit}, it will not fit a shared screen at the minimum text size (shorten it)`,
});

/**
 * Every warning for a pack that loads: legibility (above), answer tells (lintTells.ts), and a
 * source without a header. Given the source text, checks its format too.
 */
export function lintPack(manifest: PackManifest, levels: readonly Level[], sourceText?: string): PackWarning[] {
  const out: PackWarning[] = [];
  if (sourceText !== undefined && !parseSource(sourceText).hasHeader) {
    out.push({
      file: manifest.source.file,
      path: '(root)',
      severity: 'warning',
      message:
        'there is no line "---", so the whole file is read as the article body. Put the information about the article (title, outlet, author, date) above a line of three hyphens "---" and the article below it',
    });
  }
  manifest.quotes.forEach((q, i) => {
    if (q.text.length > LIMITS.quote) out.push(warn('pack.json', `quotes[${i}].text`, 'the quote', q.text.length, LIMITS.quote));
  });
  for (const level of levels) {
    const file = `${level.id}.json`;
    level.rounds.forEach((round, r) => {
      const at = `rounds[${r}]`;
      if (round.prompt.length > LIMITS.prompt) out.push(warn(file, `${at}.prompt`, 'the prompt', round.prompt.length, LIMITS.prompt));
      if (round.type === 'choice' || round.type === 'multi') {
        round.options.forEach((o, i) => {
          if (o.text.length > LIMITS.option) out.push(warn(file, `${at}.options[${i}].text`, 'the option', o.text.length, LIMITS.option));
        });
      }
      const explained = round.type === 'choice' || round.type === 'multi' || round.type === 'claim' || round.type === 'rebuttal' ? round.options : [];
      explained.forEach((o, i) => {
        if (o.explanation.length > LIMITS.explanation)
          out.push(warn(file, `${at}.options[${i}].explanation`, 'the explanation', o.explanation.length, LIMITS.explanation));
      });
    });
  }
  out.push(...lengthWarnings(manifest, levels));
  if (sourceText !== undefined) out.push(...quoteWarnings(manifest, sourceText));
  out.push(...lintTells(levels));
  return out;
}
