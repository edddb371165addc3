/** Cross-checks of one round against the pack: references, verdicts, and debate rules. */
import type { PackIssue } from './issues';
import { matchInSource, mismatchMessage } from './sourceText';
import type { DebateCard, Round, SpeakerKind, Verdict } from './schema';

export interface Refs {
  speakerIds: ReadonlySet<string>;
  quoteById: ReadonlyMap<string, { speaker: string }>;
  speakerKind: ReadonlyMap<string, SpeakerKind>;
  sourceText: string;
  /** The source's file name, for messages. */
  sourceFile: string;
  /** Quote ids and `speaker:<id>` keys that some level uses. */
  used: Set<string>;
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
    this.unique(cards.map((c) => c.id), `${path}.cards`, 'card id');
    cards.forEach((c, i) => {
      if (c.quote) this.quote(c.quote, `${path}.cards[${i}].quote`);
      const wrong = c.narration ? mismatchMessage(matchInSource(this.refs.sourceText, c.narration), 'narration', this.refs.sourceFile) : null;
      if (wrong) this.fail(`${path}.cards[${i}].narration`, wrong);
    });
  }
}

export function checkRound(round: Round, at: string, c: Checker): void {
  switch (round.type) {
    case 'who': {
      const quote = c.quote(round.quote, `${at}.quote`);
      round.speakers.forEach((s, i) => c.speaker(s, `${at}.speakers[${i}]`));
      for (const d of duplicates(round.speakers)) c.fail(`${at}.speakers`, `speaker "${d}" is offered twice`);
      if (quote && !round.speakers.includes(quote.speaker)) {
        c.fail(`${at}.speakers`, `the quote's own speaker "${quote.speaker}" must be one of the choices`);
      }
      return;
    }
    case 'choice':
    case 'claim':
    case 'multi':
      c.unique(round.options.map((o) => o.id), `${at}.options`, 'option id');
      c.verdicts(round.options, at);
      return;
    case 'rebuttal':
      c.unique(round.options.map((o) => o.id), `${at}.options`, 'option id');
      c.verdicts(round.options.map((o) => ({ verdict: o.verdict, evidence: [o.quote] })), at);
      round.options.forEach((o, i) => c.quote(o.quote, `${at}.options[${i}].quote`));
      return;
    case 'case': {
      c.cards(round.cards, at);
      round.experts.evidence.forEach((q, i) => c.quote(q, `${at}.experts.evidence[${i}]`));
      const bearings = new Set(round.cards.map((card) => card.bearing));
      if (!bearings.has('for') || !bearings.has('against')) {
        c.fail(`${at}.cards`, 'a hand needs cards on both sides of the claim (bearing "for" and "against")');
      }
      return;
    }
    case 'verdict':
      c.cards(round.cards, at);
      c.unique(round.scale.map((p) => p.id), `${at}.scale`, 'scale position');
      c.verdicts(round.scale, at, 'scale');
      c.quote(round.counter, `${at}.counter`);
      if (round.cards.filter((card) => card.bearing === 'for').length < 3) {
        c.fail(`${at}.cards`, "a closing argument needs at least 3 cards that back the experts' view");
      }
      return;
    case 'whoswho': {
      round.speakers.forEach((s, i) => {
        if (c.speaker(s, `${at}.speakers[${i}]`) && c.refs.speakerKind.get(s) === 'outlet') {
          c.fail(`${at}.speakers[${i}]`, `"${s}" is a news outlet: who's-who sorts experts and officials`);
        }
      });
      c.unique(round.speakers, `${at}.speakers`, 'speaker');
      const owners = round.quotes.map((q, i) => c.quote(q, `${at}.quotes[${i}]`)?.speaker);
      owners.forEach((owner, i) => {
        if (owner && !round.speakers.includes(owner)) c.fail(`${at}.quotes[${i}]`, `its speaker "${owner}" must be one of the choices`);
      });
      c.unique(owners.filter((o): o is string => !!o), `${at}.quotes`, 'speaker among the quotes');
      return;
    }
  }
}
