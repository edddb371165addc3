/** The helpers each round kind's pack checks use (src/core/rounds/<kind>.schema.ts): references, verdicts, cards. */
import type { PackIssue } from './issues';
import { matchInSource, mismatchMessage } from './sourceText';
import { cutInWord } from './quoteBounds';
import type { DebateCard, SpeakerKind, Verdict } from './schema';

export interface Refs {
  speakerIds: ReadonlySet<string>;
  quoteById: ReadonlyMap<string, { speaker: string }>;
  speakerKind: ReadonlyMap<string, SpeakerKind>;
  sourceText: string;
  /** The source's file name, for messages. */
  sourceFile: string;
  /** Quote ids and `speaker:<id>` keys that some level uses. */
  used: Set<string>;
  /** The narration passed the source comparison before (see LoadOptions in validate.ts). */
  sourceChecked?: boolean;
}

export function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

/** Collects issues for one file, with helpers for the checks every round type shares. */
export class Checker {
  constructor(
    readonly file: string,
    readonly refs: Refs,
    private readonly issues: PackIssue[],
  ) {}

  fail(path: string, message: string): void {
    this.issues.push({ file: this.file, path, message });
  }

  quote(id: string, path: string): { speaker: string } | undefined {
    const q = this.refs.quoteById.get(id);
    if (!q) this.fail(path, `unknown quote "${id}"`);
    else this.refs.used.add(id);
    return q;
  }

  speaker(id: string, path: string): boolean {
    if (!this.refs.speakerIds.has(id)) {
      this.fail(path, `unknown speaker "${id}"`);
      return false;
    }
    this.refs.used.add(`speaker:${id}`);
    return true;
  }

  unique(ids: readonly string[], path: string, what: string): void {
    for (const d of duplicates(ids)) this.fail(path, `duplicate ${what} "${d}"`);
  }

  /** Options scored by verdict: evidence resolves, supported/contradicted have some, one is best. */
  verdicts(options: readonly { verdict: Verdict; evidence: readonly string[] }[], path: string, key = 'options'): void {
    options.forEach((o, i) => {
      o.evidence.forEach((q, e) => this.quote(q, `${path}.${key}[${i}].evidence[${e}]`));
      if ((o.verdict === 'supported' || o.verdict === 'contradicted') && o.evidence.length === 0) {
        this.fail(`${path}.${key}[${i}].evidence`, `a "${o.verdict}" option needs at least one evidence quote`);
      }
    });
    if (!options.some((o) => o.verdict === 'supported')) {
      this.fail(`${path}.${key}`, 'no option is "supported": every scored round needs a best answer');
    }
  }

  cards(cards: readonly DebateCard[], path: string): void {
    this.unique(
      cards.map((c) => c.id),
      `${path}.cards`,
      'card id',
    );
    cards.forEach((c, i) => {
      if (c.quote) this.quote(c.quote, `${path}.cards[${i}].quote`);
      const { sourceText, sourceFile } = this.refs;
      const wrong =
        c.narration && !this.refs.sourceChecked
          ? (mismatchMessage(matchInSource(sourceText, c.narration), 'narration', sourceFile) ??
            cutInWord(sourceText, c.narration, 'narration', sourceFile, 'a passage'))
          : null;
      if (wrong) this.fail(`${path}.cards[${i}].narration`, wrong);
    });
  }
}
