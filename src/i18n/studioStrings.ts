/**
 * The pack studio's interface strings, one catalog per language (Spanish in
 * studioStrings.es.ts). Apart from the game's catalogs: the game never loads these.
 */
import type { SpeakerKind } from '../core/pack/schema';
import { studioEs } from './studioStrings.es';

export const studioEn = {
  title: 'Pack studio',
  intro: 'Turn an article into a level pack: the article, the people it quotes, their exact words, then the questions.',
  language: 'Language',
  steps: {
    source: '1. The article',
    quotes: '2. Speakers and quotes',
    levels: '3. Questions',
    checks: '4. Checks',
    files: '5. Save and share',
    assistant: '6. An AI assistant (optional)',
  },
  articleTitle: 'Headline',
  outlet: 'Outlet (who published it)',
  author: 'Author',
  date: 'Date, as published',
  reported: 'Short form for “as reported in…”',
  packTitle: 'Pack title',
  summary: 'One line on what the pack is about',
  fiction: 'This article is made up (a practice pack)',
  body: 'The article’s text (paste it, or open a file)',
  openFile: 'Open a .txt, .md or .html file',
  bodyHelp: 'Only these words can be quoted. The details above are about the article, not in it: nobody can be quoted from them.',
  speakers: 'Speakers',
  kindHelp: {
    expert: 'Expert: judges the question from knowledge (a scholar, a lawyer, an analyst).',
    official: 'Official: speaks for a government or a side, and may be making a claim.',
    outlet: 'News outlet: a paper or broadcaster whose own reporting is cited.',
  } satisfies Record<SpeakerKind, string>,
  kind: { expert: 'Expert', official: 'Official', outlet: 'News outlet' } satisfies Record<SpeakerKind, string>,
  speakerName: 'Name, as the article prints it',
  speakerRole: 'Role, as the article gives it (leave empty if it gives none)',
  speakerKind: 'Kind',
  addSpeaker: 'Add speaker',
  removeSpeaker: (name: string) => `Remove ${name}`,
  propose: 'Find quotes in the article',
  proposals: 'Proposed quotes',
  noProposals: 'No text in quotation marks was found. Select words in the article to make a quote.',
  proposedBy: (name: string | null) => (name ? `given to ${name}` : 'nobody named nearby'),
  accept: 'Accept',
  reject: 'Reject',
  saidBy: 'Said by',
  ownReporting: (outlet: string) => `The article’s own reporting (${outlet}): nobody’s quoted words`,
  chooseSpeaker: 'Choose a speaker…',
  articleView: 'The article (select words to quote them)',
  selection: (text: string) => (text ? `Selected: “${text}”` : 'Nothing selected'),
  quoteSelection: 'Make a quote of the selection',
  quotes: 'Quotes',
  removeQuote: 'Remove',
  errors: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
  warnings: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  empty: 'This is empty: write it.',
  playNow: 'Play this question now, in the game',
  playBlocked: 'A question can be played once the checks find no problem.',
  tooLong: (n: number, max: number) => `This text has ${n.toLocaleString('en')} characters; the studio takes articles of up to ${max.toLocaleString('en')}.`,
  proposeHelp:
    'It finds words inside quotation marks. Reported speech (“she warned that…”) is the article’s reporting, not anyone’s words: to use it as evidence, select it below and choose “The article’s own reporting” as who said it.',
  chooseQuote: 'Choose a quote…',
  allGood: 'No problems: the pack can be exported.',
  showAll: 'Show every problem',
  where: (file: string, path: string) => `${file}, ${path}`,
  exportBundle: 'Export the pack (.pack.json)',
  exportZip: 'Export the pack folder (.zip)',
  exportBlocked: 'Fix the problems first: a pack with errors is saved as a draft but not exported.',
  importPack: 'Open a pack to edit it (.pack.json or .zip)',
  imported: (title: string) => `Opened “${title}”.`,
  importFailed: 'That file is not a pack the studio can open.',
  saved: 'Draft saved on this device.',
  notSaved: 'This browser would not keep the draft: export it to keep it.',
  newDraft: 'Start a new draft',
  levelTitle: 'Question’s short title (the list shows it)',
  addLevel: 'Add a question',
  levelQuestion: 'The question, as the class reads it',
  levelContext: 'One or two lines of context',
  level: (n: number, title: string) => `Question ${n}: ${title}`,
  round: (n: number, kind: string) => `Round ${n} (${kind})`,
  roundKind: { choice: 'Which is right? (one answer)', claim: 'What does the article say? (a claim)', who: 'Who said it?' },
  addRound: (kind: string) => `Add a round: ${kind}`,
  removeRound: 'Remove this round',
  prompt: 'Prompt (what the class is asked)',
  claimText: 'The claim to test',
  option: (n: number) => `Answer ${n}`,
  optionText: 'Answer text',
  claimAnswer: { says: 'The article says so', contradicts: 'The article says otherwise', 'not-said': 'The article doesn’t say' },
  verdict: 'What the sources say about it',
  verdicts: { supported: 'Backed by the sources', partial: 'Partly backed', unsupported: 'No basis in the sources', contradicted: 'The sources say otherwise' },
  evidence: 'Evidence (the quotes that show it)',
  explanation: 'Why (shown at the reveal)',
  whoQuote: 'The quote',
  whoSpeakers: 'Speakers offered (3 or 4, the quote’s own among them)',
  chars: (n: number, max: number) => `${n} of ${max} characters`,
  confirmNew: 'Press again to throw this draft away',
  // The assistant without a network (core/studio/assistant.ts)
  assistantIntro:
    'The studio never goes online. To let an AI tool of your choice help, copy the instructions below into it, then paste its answer back here: each speaker, quote and question in it is checked like everything else, and nothing is added until you say so.',
  copyInstructions: 'Copy instructions for an AI assistant',
  copied: 'Copied: paste them into the assistant.',
  copyRefused: 'This browser would not copy: select the text below and copy it yourself.',
  instructionsLabel: 'The instructions (the rules, the pack format, the article and the pack so far)',
  answerLabel: 'Paste the assistant’s answer',
  readAnswer: 'Read the answer',
  answerItems: 'What the answer would add',
  itemKind: { speaker: 'Speaker', quote: 'Quote', level: 'Question' },
  refused: 'Refused',
  alreadyThere: 'already in the pack',
  canAdd: 'can be added',
  addItem: 'Add',
  addAllGood: 'Add everything that passed the checks',
  added: (n: number) => (n === 1 ? 'Added 1 item.' : `Added ${n} items.`),
  assistantRules: [
    '# Help write a level pack for “On the Record”, a classroom game',
    'Below are the rules, the pack format as JSON Schema, a news article, and the pack written so far. Propose speakers, quotes and questions (levels) for it.',
    'Rules. 1. A quote is the article’s exact words, copied character for character from the article’s text (the part after the line “---”), never from the headline, outlet, author or date, and at least three words long. Never reword, join or shorten a quote. 2. Give each quote to the person the article gives it to, with their name and role exactly as the article prints them. Never put the article’s own narration in anyone’s mouth. 3. A speaker’s kind: "expert" judges the question from knowledge (a scholar, a lawyer, an analyst); "official" speaks for a government or a side and may be making a claim; "outlet" is a news organisation whose own reporting is cited. 4. Invent nothing: no facts, dates, outlets or quotes the article does not have. 5. Every answer option’s verdict and evidence come from the quotes: "supported", "partial", "unsupported" or "contradicted". 6. The right answer must not give itself away: not always the first or the longest option, not worded differently from the others. "The article doesn’t say" and "the experts leave it open" are real answers where they are true.',
  ].join('\n\n'),
  answerFormat:
    'Answer with one JSON object and nothing else: {"speakers": [...], "quotes": [...], "levels": [...]}, each item as the schema describes a speaker, a quote and a level. Reuse the ids of the speakers and quotes already in the pack; give new items new ids (lower-case letters, digits and hyphens).',
  schemaHeading: 'The pack format (JSON Schema of pack.json and of one level file)',
  articleHeading: 'The article',
  packHeading: 'The pack so far',
} as const;

export type StudioStrings = {
  [K in keyof typeof studioEn]: (typeof studioEn)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof studioEn)[K] extends string
      ? string
      : { [P in keyof (typeof studioEn)[K]]: string };
};

export const studioCatalogs = { en: studioEn as StudioStrings, es: studioEs } as const;
export type StudioLanguage = keyof typeof studioCatalogs;
