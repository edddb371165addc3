/**
 * Generated packs for the length and long-list checks (issue 16, item 14): a pack whose every
 * shown text is at its length limit (lint.ts LIMITS and lengthLint.ts TEXT_LIMITS), and packs of
 * many questions. Made at test time, never committed. Text is ordinary words of average length.
 */
import { LIMITS } from '../../src/core/pack/lint';
import { TEXT_LIMITS } from '../../src/core/pack/lengthLint';

const WORDS = (
  'the council said that its members would decide about the bridge before summer while engineers ' +
  'warned that nobody should walk on the structure until every test was finished and approved by ' +
  'independent inspectors working for the regional government'
).split(' ');

/** Words from the list, `n` characters exactly, starting with a capital and ending in a full stop. */
export function words(n: number, offset = 0): string {
  let s = '';
  for (let i = offset; s.length < n + 1; i++) s += `${WORDS[i % WORDS.length]} `;
  let out = s.slice(0, n - 1).trimEnd();
  while (out.length < n - 1) out += 'x';
  return `${out[0]!.toUpperCase()}${out.slice(1)}.`;
}

/** A quote's text, `n` characters, ending on a word (no full stop: quotes are cut from sentences). */
function quoteText(n: number, offset: number): string {
  const w = words(n + 1, offset);
  const body = w.slice(0, n);
  return /\s$/.test(body) ? `${body.slice(0, -1)}s` : body;
}

type Files = Record<string, string>;

interface Shape {
  id: string;
  title: string;
  levels: number;
  /** Every shown text at its limit (else short, ordinary text). */
  full: boolean;
}

const SPEAKERS = [
  { id: 'pell', name: 'Ada Pell', role: 'Mayor of Millbrook', kind: 'official' },
  { id: 'okoro', name: 'Ravi Okoro', role: 'structural engineer', kind: 'expert' },
  { id: 'voss', name: 'Lena Voss', role: 'town historian', kind: 'expert' },
  { id: 'hale', name: 'Tom Hale', role: 'council treasurer', kind: 'official' },
] as const;

function makePack({ id, title, levels: count, full }: Shape): Files {
  const len = (limit: number, short: number) => (full ? limit : short);
  const quotes = SPEAKERS.map((s, i) => ({ id: `${s.id}-q`, speaker: s.id, text: quoteText(len(LIMITS.quote, 60), i * 7) }));
  // Each speaker's second quote, for the who's-who round (which shows four at once).
  // Two at the limit for one quote, the other two sharing what the limit for all four leaves.
  const whoLen: number[] = [TEXT_LIMITS.whosWhoQuote, TEXT_LIMITS.whosWhoQuote];
  const rest = (TEXT_LIMITS.whosWhoQuotes - 2 * TEXT_LIMITS.whosWhoQuote) / 2;
  whoLen.push(Math.floor(rest), Math.ceil(rest));
  quotes.push(...SPEAKERS.map((s, i) => ({ id: `${s.id}-w`, speaker: s.id, text: quoteText(len(whoLen[i]!, 30), i * 11 + 1) })));
  const body = quotes.map((q, i) => `${SPEAKERS[i % 4]!.name} spoke on Tuesday. “${q.text},” ${SPEAKERS[i % 4]!.name.split(' ')[0]} said.`).join('\n\n');
  const source = `# Lantern Bridge\n\nFICTION, made up for the game's tests.\n\n---\n\n${body}\n`;
  const option = (i: number, verdict: string, best: boolean) => ({
    id: `o${i}`,
    // The best answer a little shorter than the rest, so no length tell fires.
    text: words(len(LIMITS.option - (best ? 12 : i * 2), 24 + i * 3), i * 5),
    verdict,
    evidence: verdict === 'supported' || verdict === 'contradicted' ? [quotes[i % 4]!.id] : [],
    explanation: words(len(LIMITS.explanation, 40), i * 3),
  });
  const files: Files = {};
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const lid = `q${n + 1}`;
    ids.push(lid);
    const second = n % 2 === 1;
    const rounds = [
      {
        id: 'pick',
        type: 'choice',
        prompt: words(len(LIMITS.prompt, 40), n),
        options: ['supported', 'partial', 'unsupported', 'contradicted'].map((v, i) => option(i, v, v === 'supported')),
      },
      second
        ? {
            id: 'sort',
            type: 'whoswho',
            prompt: words(len(LIMITS.prompt, 40), n + 2),
            quotes: quotes.slice(4).map((q) => q.id),
            speakers: SPEAKERS.map((s) => s.id),
            explanation: words(len(TEXT_LIMITS.whosWhoExplanation, 50), n),
          }
        : {
            id: 'claim',
            type: 'claim',
            prompt: words(len(LIMITS.prompt, 40), n + 1),
            claim: words(len(TEXT_LIMITS.claim, 50), n + 4),
            options: (['says', 'contradicts', 'not-said'] as const).map((a) => ({
              id: a,
              verdict: a === (n % 4 === 0 ? 'says' : 'contradicts') ? 'supported' : 'unsupported',
              evidence: a === 'not-said' ? [] : [quotes[1]!.id],
              explanation: words(len(LIMITS.explanation, 40), n + 6),
            })),
          },
      {
        id: 'who',
        type: 'who',
        prompt: words(len(LIMITS.prompt, 30), n + 3),
        quote: quotes[n % 4]!.id,
        speakers: SPEAKERS.map((s) => s.id),
        explanation: words(len(TEXT_LIMITS.whoExplanation, 50), n + 5),
      },
    ];
    files[`${lid}.json`] = JSON.stringify({
      id: lid,
      title: words(len(TEXT_LIMITS.levelTitle, 14 + (n % 10)), n),
      question: words(len(TEXT_LIMITS.question, 50), n + 1),
      context: words(len(TEXT_LIMITS.context, 80), n + 2),
      rounds,
    });
  }
  files['pack.json'] = JSON.stringify({
    schemaVersion: 2,
    id,
    title,
    summary: words(len(TEXT_LIMITS.summary, 60)),
    fiction: true,
    source: {
      title: 'The Lantern Bridge debate',
      outlet: 'The Millbrook Gazette',
      author: 'Test Writer',
      date: 'March 2031',
      reported: 'Mar 2031',
      file: 'source.md',
    },
    speakers: SPEAKERS,
    quotes,
    levels: ids,
  });
  files['source.md'] = source;
  return files;
}

/** Two questions (a choice, a claim and a who-said-it; a choice, a who's-who and a who-said-it), every text at its limit. */
export const limitPack = (): Files => makePack({ id: 'limits', title: words(TEXT_LIMITS.packTitle), levels: 2, full: true });

/** A pack of `levels` short questions. */
export const manyLevelsPack = (levels: number, id = 'many-levels', title = `${levels} questions`): Files => makePack({ id, title, levels, full: false });
