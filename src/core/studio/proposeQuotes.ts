/**
 * The studio's first reading of an article: every passage inside quotation marks, with the
 * person or outlet the sentence gives it to ("said X", "X told Y", "according to X", "per X",
 * "she warned" after X was named), and the roster of those it gives words to, with the role
 * printed before the name ("Harbour master Tom Achebe"). Only proposals: the author accepts,
 * edits or rejects each. A quote with no attribution in its own sentence is proposed with no
 * speaker rather than guessed: a wrong name is worse than none (tests/unit/proposeQuotes.test.ts
 * holds it to the shipped packs, whose every attribution a reviewer checked).
 */

export interface ProposedSpeaker {
  name: string;
  /** The role as the article prints it before the name, or '' where it gives none. */
  role: string;
}

export interface ProposedQuote {
  /** The words inside the marks, as the article prints them (the sentence's closing stop or comma left out). */
  text: string;
  /** Where the words start and end in the body (end exclusive), for the article view to highlight. */
  start: number;
  end: number;
  /** The person or outlet the sentence gives the words to, by name as the roster has it, or null. */
  speaker: string | null;
  /** The words that made the attribution ("said", "according to"), or '' with no speaker. */
  cue: string;
}

export interface Proposals {
  quotes: ProposedQuote[];
  speakers: ProposedSpeaker[];
}

/** Spanish speech verbs: a Spanish sentence often leaves the subject out ("Pero advirtió que…"). */
const VERBS_ES =
  'dijo|dice|afirmó|afirma|advirtió|advierte|añadió|añade|escribió|escribe|explicó|explica|aseguró|asegura|declaró|declara|señaló|señala|llamó|llama|prometió|promete|insistió|insiste|sostuvo|sostiene|indicó|indica|alertó|alerta|preguntó|pregunta|respondió|responde|calificó|califica';
const VERBS = `said|says|told|tells|warned|warns|added|adds|wrote|writes|argued|argues|called|calls|promised|promises|insisted|insists|noted|notes|stated|states|claimed|claims|explained|explains|asked|asks|replied|replies|declared|declares|suggested|suggests|posted|posts|reported|reports|${VERBS_ES}`;
/** The end of a word, accented letters included (\b takes "ó" for a gap). */
const END = '(?![\\p{L}\\p{N}])';
/** Titles that sit between a role and a name and belong to neither. */
const TITLES = new Set(['Dr.', 'Dr', 'Professor', 'Prof.', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame']);
/** Capitalised words that open sentences or name no one. */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'In',
  'On',
  'At',
  'This',
  'That',
  'His',
  'Her',
  'Their',
  'If',
  'When',
  'As',
  'For',
  'After',
  'Before',
  'While',
  'Yet',
  'So',
  'Ultimately',
  'No',
  'Feasibility',
  'El',
  'La',
  'Los',
  'Las',
  'Un',
  'Una',
  'Pero',
  'Y',
  'En',
  'Según',
  'Con',
  'Por',
  'Para',
  'Ella',
  'Él',
  'Este',
  'Esta',
]);

const WORD = "\\p{Lu}[\\p{L}'’-]+";
/** A printed name: capitalised words (initials allowed), or one word in capitals (an outlet: BBC, VOA). */
const NAME = `(?:(?:${WORD}|\\p{Lu}\\.)(?:\\s+(?:${WORD}|\\p{Lu}\\.))*|[A-Z]{2,}\\b)`;
const LOWER = '\\p{Ll}+';
const SUBJECT = new RegExp(`(${NAME})(?:,[^.,“”"«»]{0,80},)? (?:${LOWER} ){0,2}(${VERBS})${END}`, 'gu');
const OBJECT = new RegExp(`(?<![\\p{L}])(${VERBS}) (?:the )?(${NAME})`, 'gu');
const ACCORDING = new RegExp(`(?<![\\p{L}])(according to|per|según) (?:the |el |la |los |las )?(?:${LOWER} ){0,3}(${NAME})`, 'gu');
const PRONOUN = new RegExp(`\\b(?:he|she|they) (?:[a-z]+ ){0,2}(${VERBS})${END}`, 'giu');
/** A Spanish sentence or clause that opens on its verb: its subject is the last person named. */
const PRO_DROP = new RegExp(`(?:^\\s*|(?<![\\p{L}])(?:pero|y|además|también) )(${VERBS_ES})${END}`, 'giu');
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:by|of|to|from|with|for|in|at|on|de|del|por|con|para|en|a)\s+(?:the\s+|el\s+|la\s+)?$/iu;
/** Words a role ends with, just before a person's name (a short list: a name after any other word is not taken for a person's). */
const ROLE_WORDS =
  /^(?:member|mayor|minister|engineer|architect|economist|professor|attorney|lawyer|spokes(?:person|man|woman)|director|analyst|expert|official|officer|chief|council(?:l)?or|senator|president|secretary|governor|coach|teacher|doctor|nurse|researcher|scientist|master|judge|leader|head|manager|chair(?:man|woman)?|resident|owner|student|worker|activist|historian|librarian|inspector|treasurer|clerk|reporter|editor|concejala?|alcaldesa|alcalde|ingenier[oa]|arquitect[oa]|economista|profesora?|abogad[oa]|portavoz|directora?|analista|expert[oa]|ministr[oa]|president[ea]|secretari[oa]|jef[ea]|jueza?|investigadora?|entrenadora?|historiadora?|bibliotecari[oa]|senadora?|gobernadora?|maestr[oa]|médic[oa]|científic[oa]|periodista|portavoz)$/iu;
/** Words that end a clause: an attribution on one side does not reach a quote on the other. */
const BREAKS = /\b(?:although|though|while|whereas|but|despite|because|since|unless|aunque|pero|mientras|porque|sino)\b/i;
const QUOTED = /“([^”]+)”|"([^"]+)"|«([^»]+)»/g;
/** Other quotes in a sentence, blanked out before it is read for an attribution. */
const OTHER_QUOTES = /“[^”]*”|"[^"]*"|«[^»]*»/g;

/** A printed name as the roster keeps it: a person's last two words (three with an initial), an outlet's one, and what came before it. */
function splitName(raw: string): { name: string; prefix: string } | null {
  const words = raw
    .trim()
    .replace(/['’]s$/, '')
    .split(/\s+/);
  while (words.length && NOT_NAMES.has(words[0]!)) words.shift();
  if (words.length === 1 && /^[A-Z]{2,}$/.test(words[0]!)) return { name: words[0]!, prefix: '' };
  if (words.length < 2) return null;
  const take = words.length >= 3 && /^[A-Z]\.$/.test(words[words.length - 2]!) ? 3 : 2;
  const name = words.slice(-take);
  if (name.some((w) => TITLES.has(w) || NOT_NAMES.has(w))) return null;
  return { name: name.join(' '), prefix: words.slice(0, -take).join(' ') };
}

/** The lower-case role printed just before a name ("Naval architect Dr. Priya Nand"), to the clause's start. */
function roleBefore(body: string, at: number): string {
  const before = body
    .slice(Math.max(0, at - 80), at)
    .replace(/(?:\b(?:Dr|Prof|Mr|Mrs|Ms)\.|\bProfessor)\s*$/, '')
    .trimEnd();
  const clause = before.split(/[.!?,;:“”"«»()[\]\n]|\b(?:said|says|that|and|but|who|of|to|by|with|per|que|y|pero|quien|dijo|según|con|por)\b/).pop() ?? '';
  const words = clause
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|el|la|los|las|un|una)$/i.test(w));
  const role = words.slice(-4);
  if (role.length === 0 || role.slice(1).some((w) => /^[A-Z]/.test(w))) return '';
  return role.join(' ');
}

/** Everyone the article gives words to, with a role where it prints one (the first mention that has one). */
function rosterOf(body: string): ProposedSpeaker[] {
  const found = new Map<string, ProposedSpeaker>();
  const add = (raw: string, at: number) => {
    const split = splitName(raw);
    if (!split) return;
    const lower = roleBefore(body, at);
    // "Transport economist Professor Lars Berg": the title is neither the role nor the name.
    const prefix = split.prefix.split(' ').filter((w) => w && !(lower && TITLES.has(w)));
    const role = [lower, prefix.join(' ')].filter(Boolean).join(' ');
    const known = found.get(split.name);
    if (!known) found.set(split.name, { name: split.name, role });
    else if (!known.role && role) known.role = role;
  };
  for (const m of body.matchAll(SUBJECT)) add(m[1]!, m.index!);
  for (const m of body.matchAll(OBJECT)) add(m[2]!, m.index! + m[0].length - m[2]!.length);
  for (const m of body.matchAll(ACCORDING)) add(m[2]!, m.index! + m[0].length - m[2]!.length);
  // Someone named in full once may be given words by surname alone later ("per Rubio").
  return [...found.values()];
}

/** The roster's name a printed name stands for: the same name, or a person's surname alone. */
function resolve(raw: string, roster: readonly ProposedSpeaker[], body: string): string | null {
  const split = splitName(raw);
  if (split) return roster.some((r) => r.name === split.name) ? split.name : null;
  const word = raw.trim().replace(/['’]s$/, '');
  const bySurname = roster.filter((r) => r.name.includes(' ') && r.name.split(' ').pop() === word);
  if (bySurname.length === 1) return bySurname[0]!.name;
  // A surname whose full name the article printed, though never as a speaker: "Secretary of State Marco Rubio".
  const full = new RegExp(`\\b([A-Z][a-z]+) ${word}\\b`).exec(body);
  return full && !NOT_NAMES.has(full[1]!) ? `${full[1]} ${word}` : null;
}

/** True where a full stop at `i` ends a sentence ("U.S." and "Dr." do not). */
function endsSentence(body: string, i: number): boolean {
  // The stop may sit inside the closing mark: spring.” She
  const after = /["”’)]/.test(body[i + 1] ?? '') ? body[i + 2] : body[i + 1];
  if (!/[.!?]/.test(body[i] ?? '') || !/\s/.test(after ?? ' ')) return false;
  const word = /(\S+)$/.exec(body.slice(Math.max(0, i - 12), i + 1))?.[1] ?? '';
  return !/^(?:[A-Z]\.)+$|^[A-Z]\.[A-Z]\.$/.test(word.replace(/^[“"(]/, '')) && !TITLES.has(word);
}

function sentenceAround(body: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && body[from - 1] !== '\n' && !endsSentence(body, from - 2)) from--;
  let to = end;
  while (to < body.length && body[to] !== '\n' && !endsSentence(body, to)) to++;
  return { from, to: Math.min(body.length, to + 1) };
}

/**
 * Who a sentence gives the quote at [start, end) to: the speech verb nearest the quote with a
 * name beside it; a pronoun's verb gives it to the last name printed before. Other quotes in the
 * sentence are blanked out first, so their words are never read as an attribution.
 */
function attribute(body: string, start: number, end: number, roster: readonly ProposedSpeaker[]): { speaker: string | null; cue: string } {
  const { from, to } = sentenceAround(body, start, end);
  const plain = body.slice(from, to).replace(OTHER_QUOTES, (q) => ' '.repeat(q.length));
  const open = start - from;
  const close = end - from;
  const distance = (at: number, length: number) => (at + length <= open ? open - (at + length) : at >= close ? at - close : 0);
  let best: { speaker: string; cue: string; distance: number } | null = null;
  const consider = (raw: string, cue: string, at: number, length: number) => {
    // "…,” VOA said, although Bukele is “regarded as…”: the cue ends at the clause, and the second quote is the writer's.
    const between = at + length <= open ? plain.slice(at + length, open) : plain.slice(close, at);
    if (BREAKS.test(between)) return;
    const speaker = resolve(raw, roster, body);
    const d = distance(at, length);
    if (speaker && (!best || d < best.distance)) best = { speaker, cue, distance: d };
  };
  for (const m of plain.matchAll(ACCORDING)) consider(m[2]!, m[1]!, m.index!, m[0].length);
  for (const m of plain.matchAll(SUBJECT)) {
    // "experts interviewed by the BBC said": a name after a preposition is not who speaks.
    if (!PREPOSITION_BEFORE.test(plain.slice(Math.max(0, m.index! - 12), m.index!))) consider(m[1]!, m[2]!, m.index!, m[0].length);
  }
  for (const m of plain.matchAll(OBJECT)) consider(m[2]!, m[1]!, m.index!, m[0].length);
  const found = best as { speaker: string; cue: string } | null;
  if (found) return { speaker: found.speaker, cue: found.cue };
  const pronoun = [...plain.matchAll(PRONOUN)][0] ?? [...plain.matchAll(PRO_DROP)][0];
  const last = pronoun ? lastPersonBefore(body, start, roster) : null;
  return pronoun && last ? { speaker: resolve(last, roster, body) ?? last, cue: pronoun[1]! } : { speaker: null, cue: '' };
}

/**
 * The last person's name printed before `at` in the same paragraph, whether or not the article
 * gave them words before: "Council member Luis Ferreira disagreed. “…,” he told reporters." is
 * Ferreira's, not the mayor's of the paragraph before. A name counts as a person's when the
 * article gives it words or prints a role or title before it. No name in the paragraph, no guess.
 */
function lastPersonBefore(body: string, at: number, roster: readonly ProposedSpeaker[]): string | null {
  const from = body.lastIndexOf('\n', at) + 1;
  const before = body.slice(from, at).replace(OTHER_QUOTES, (q) => ' '.repeat(q.length));
  let last: string | null = null;
  for (const m of before.matchAll(new RegExp(NAME, 'gu'))) {
    const split = splitName(m[0]);
    if (!split || /^[A-Z]{2,}$/.test(split.name)) continue;
    // A person: one the article gives words to, or a name printed right after a role or a title ("Council member Luis Ferreira", not "reach Gull Island").
    const known = roster.some((r) => r.name === split.name);
    const wordBefore = /([A-Za-z]+)\.?\s*$/.exec(before.slice(0, m.index!))?.[1] ?? '';
    if (known || TITLES.has(wordBefore) || TITLES.has(`${wordBefore}.`) || ROLE_WORDS.test(wordBefore) || ROLE_WORDS.test(split.prefix)) last = split.name;
  }
  return last;
}

/** The quotes and speakers an article's body proposes (see the top of this file). */
export function proposeQuotes(body: string): Proposals {
  const speakers = rosterOf(body);
  const quotes: ProposedQuote[] = [];
  for (const m of body.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    // The sentence's own full stop or comma inside the marks is the writer's, not the speaker's.
    const text = inner.trim().replace(/[.,;:]+$/, '');
    if (!text) continue;
    const start = m.index! + 1 + (inner.length - inner.trimStart().length);
    const end = start + text.length;
    // The same words twice (a phrase the article repeats) are one proposal.
    if (quotes.some((q) => q.text === text)) continue;
    const who = attribute(body, start, end, speakers);
    if (who.speaker && !speakers.some((s) => s.name === who.speaker)) speakers.push({ name: who.speaker, role: '' });
    quotes.push({ text, start, end, ...who });
  }
  return { quotes, speakers };
}

/** A selection snapped outwards to whole words (the studio's span tool): no quote starts or ends mid-word. */
export function snapToWords(body: string, start: number, end: number): { start: number; end: number } {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(body.length, Math.max(start, end));
  while (s > 0 && isWord(body[s - 1]) && isWord(body[s])) s--;
  while (e < body.length && isWord(body[e - 1]) && isWord(body[e])) e++;
  // Spaces and punctuation at the edges are not part of anyone's words.
  while (s < e && !isWord(body[s])) s++;
  while (e > s && !isWord(body[e - 1])) e--;
  return { start: s, end: e };
}
