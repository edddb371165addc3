/**
 * Every interface string, in one catalog per language (English here, Spanish in
 * strings.es.ts). Pack text (questions, options, quotes) never comes from here; it is data
 * and stays in the language of its source.
 */
import type { CaseRound, ClaimAnswer, SpeakerKind, Stance } from '../core/pack/schema';
import type { AnswerOutcome } from '../core/rules/scoring';
import type { PollCounts, ScoreboardShows, ScoreboardWhen, WhosWhoDraft } from '../core/rules/stateSchema';
import type { Language, TextSize, ThemeName } from '../state/settings';
import type { TileId } from '../platform/theme';
import type { PickCall } from '../core/screens/views';
import { plural } from './plural';
import { es } from './strings.es';

export const en = {
  gameTitle: 'On the Record',
  tagline: 'Weigh the claims. Check the source. Score with the experts.',
  fromArticle: (outlet: string, author: string, date: string) => `From ${outlet} · ${author} · ${date}`,
  keysTitle: 'Enter solo · T teams take turns · A all teams answer · Esc menu',
  chooseQuestion: 'Choose a question',
  levelN: (n: number, of: number) => `Question ${n} of ${of}`,
  roundN: (n: number, of: number) => `Round ${n} of ${of}`,
  progress: (answered: number, rounds: number) => `${answered}/${rounds} answered`,
  points: (score: number, max: number) => `${score} / ${max} points`,
  notStarted: 'Not started',
  done: 'Done',
  results: 'Final results',
  start: 'Start',
  resume: 'Continue',
  levelAction: { start: 'Start', continue: 'Continue', replay: 'Play again' } satisfies Record<'start' | 'continue' | 'replay', string>,
  lockIn: 'Lock in',
  continue: 'Continue',
  back: 'Back',
  pickOne: 'Pick one answer, then lock it in.',
  pickMany: 'Pick every answer that applies, then lock them in.',
  /** Back from a reveal: the question again, as it was answered (read-only). */
  reviewLine: 'Answered — Enter shows the reveal again',
  showReveal: 'Show the reveal',
  claimLabel: 'The claim',
  claimAnswer: {
    says: 'The article says so',
    contradicts: 'The article says otherwise',
    'not-said': "The article doesn't say",
  } satisfies Record<ClaimAnswer, string>,
  /**
   * How an answer went (outcomeOf in core/rules/scoring.ts): the one wording of each outcome, on
   * the reveal, the recaps, read-aloud, the CSV and the print summary (i18n/outcomeText.ts).
   */
  outcome: { right: 'Right', partly: 'Partly right', wrong: 'Not right', none: 'No answer' } satisfies Record<AnswerOutcome, string>,
  /** An answer tile's colour and shape, said before its letter ("Blue diamond B"), so a team can name it from the back. */
  tileName: {
    red: 'Red triangle',
    blue: 'Blue diamond',
    yellow: 'Yellow circle',
    green: 'Green square',
    purple: 'Purple hexagon',
    orange: 'Orange star',
  } satisfies Record<TileId, string>,
  /** The title screen: the people the article quotes, as name plates. */
  quotedInArticle: 'Quoted in the article',
  plusPoints: (n: number) => `+${n} points`,
  yourAnswer: 'Your answer',
  yourAnswers: 'Your picks',
  /** A pick-all option on the reveal's list: what the answer did with it. */
  pickCall: { found: 'found', missed: 'missed', wrong: 'not backed by the sources', partly: 'only half true' } satisfies Record<PickCall, string>,
  bestAnswer: 'Best answer',
  theEvidence: 'What the sources said',
  /** A reveal's first beat, above the class's picks, before the verdict lands. */
  sourcesAsk: 'What did the sources say?',
  /** The reveal's Next button at its first two beats: what Space shows next. */
  showVerdict: 'Show the verdict',
  showEvidence: 'Show the evidence',
  /** A team's pick on the reveal's first beat (the letter and words of what it chose). */
  teamChose: (team: string, chose: string) => `${team}: ${chose}`,
  asReported: (when: string) => `as reported in ${when}`,
  showInArticle: 'Show in article',
  closeArticle: 'Close article',
  /** The reading screen: the whole article, paged; and its print handout. */
  readArticle: 'Read the article',
  articlePage: (n: number, of: number) => `Page ${n} of ${of}`,
  articlePrevious: '← Previous',
  articleNext: 'Next →',
  articleLegend: 'Highlighted: the words the game quotes. The badge beside a line: who said them.',
  printArticle: 'Print the article',
  printLegend: 'Underlined: the words the game quotes. The boxed name after them: who said them.',
  paragraphN: (n: number) => `Paragraph ${n}`,
  paragraphContinued: (n: number) => `Paragraph ${n}, continued`,
  /** "Show in article" on a reveal with several quotes: which one, and how to reach the others. */
  quoteOf: (n: number, of: number) => `Quote ${n} of ${of}`,
  otherQuotes: (of: number) => `1–${of} or ← →: another quote`,
  previousQuote: '← Previous quote',
  nextQuote: 'Next quote →',
  evidencePage: (n: number, of: number) => `Evidence ${n} of ${of}`,
  moreEvidence: 'More evidence',
  /** A debate scorecard's quotes, a page at a time: "1 / 2", and the buttons either way. */
  pageOf: (n: number, of: number) => `${n} / ${of}`,
  pagePrevious: 'Previous',
  pageNext: 'Next',
  /** A scorecard's breakdown row about a card: who, then the start of the words. */
  breakdownCard: (who: string, words: string) => `${who}: “${words}”`,
  kind: { expert: 'Expert', official: 'Official', outlet: 'News outlet' } satisfies Record<SpeakerKind, string>,
  levelDone: 'Question complete',
  recap: 'What the sources said',
  nextLevel: 'Next question',
  nextRecap: 'Next recap',
  seeResults: 'See final results',
  finalTitle: 'Final results',
  totalScore: (score: number, max: number) => `Total: ${score} of ${max} points`,
  /** The final results' first page: the podium (team play), or the total as a big result (solo). */
  podium: 'Podium',
  finalResult: 'The result',
  outOfPoints: (max: number) => `of ${max} points`,
  backToLevels: 'Back to the questions',
  notAnswered: 'Not answered',
  notPlayed: 'Not played',
  leftOut: 'Left out of this session',
  whyNot: 'Why the other picks fall short',
  standings: 'Standings',
  standingsAfter: 'Standings after this question',
  pointsShort: (n: number) => `${n} pts`,
  rankOrdinal: (rank: number) =>
    `${rank}${rank % 10 === 1 && rank % 100 !== 11 ? 'st' : rank % 10 === 2 && rank % 100 !== 12 ? 'nd' : rank % 10 === 3 && rank % 100 !== 13 ? 'rd' : 'th'}`,
  pollNotTaken: 'The poll was not taken.',
  menu: 'Menu',
  menuResume: 'Resume',
  menuLevels: 'Question list',
  menuTitle: 'Title screen',
  menuEndSession: 'End the session now (to the results)',
  menuSettings: 'Settings…',
  menuSettingsTitle: 'Settings',
  menuBack: 'Back to the menu',
  menuRestart: 'Start over (clears scores)',
  menuRestartConfirm: (key: string) => `Really clear every score? Press ${key} again`,
  /** The menu's Sound entry, by stop (state/settings.ts SOUND_STOPS): off, three volumes, music. */
  soundMenu: (stop: number): string =>
    ['Sound: off', 'Sound: quiet', 'Sound: medium', 'Sound: loud', 'Sound: medium, music in discussions'][stop] ?? 'Sound: on',
  motionMenu: { system: 'Motion: as this device asks', full: 'Motion: on', reduced: 'Motion: reduced' } as Record<'system' | 'full' | 'reduced', string>,
  article: 'The article',
  /** Labels a [bracketed] line of the source in "show in article": it describes the page, nobody said it. */
  editorialNote: "Editorial note (what the page showed, not anyone's words)",
  playSolo: 'Play solo',
  playTeams: 'Teams take turns',
  playAll: 'All teams answer',
  continueSession: 'Continue the session',
  /** Starting a session from the title while one is under way. */
  newSessionAsk: (key: string) =>
    `A session is under way: a new one starts from zero and clears its scores. Press ${key} again to start anew, or C to continue.`,
  startKey: { solo: 'Enter', teams: 'T', all: 'A' },
  teamsScored: 'Every team answered',
  /** Every team answering: whose answer the next letter enters, and whether it has one (never which). */
  enteringFor: (team: string, done: boolean) =>
    done
      ? `${team} has answered (hidden until all are in). A letter changes it; a number picks another team.`
      : `Entering for ${team}: press its answer's letter. A number picks another team.`,
  enteringForMany: (team: string, picks: number) =>
    `Entering for ${team}: ${picks === 0 ? 'no answers yet' : picks === 1 ? '1 answer picked' : `${picks} answers picked`} (hidden until all are in). A number picks another team.`,
  /** A team's default name: by number, never by a letter that is also an answer key. */
  team: (n: number) => `Team ${n + 1}`,
  printAnswerCards: 'Print answer cards',
  answerCardsShort: 'Answer cards',
  answerCardsHelp: 'Answer cards (P): for each team, one card per letter in its colour and shape, so every team holds up its answer at once.',
  answerCardLabel: (team: string, letter: string) => `${team}: answer ${letter}`,
  setupTitle: 'Class setup',
  setupMode: 'How the class plays',
  setupTeams: (n: number) => `Teams (${n})`,
  setupLevels: (n: number, of: number) => `Questions in this session: ${n} of ${of}`,
  addTeam: 'Add team',
  removeTeam: 'Remove team',
  renameHint: 'Rename: press the team number',
  teamLock: { scored: 'The teams are fixed once a round is scored.' } satisfies Record<'scored', string>,
  modeLock: { scored: 'Fixed once a round is scored. To change it, start a new session from the title.' } satisfies Record<'scored', string>,
  renameLabel: (team: string) => `New name for ${team}`,
  renameSave: 'Save',
  renameCancel: 'Cancel',
  startSession: 'Start',
  noLevels: 'Keep at least one question in the session',
  soloNote: 'One answer for the whole class, or one player alone. Switch to teams with T or A.',
  levelOut: 'left out',
  autoAdvance: (on: boolean) => (on ? 'Auto-advance: on' : 'Auto-advance: off'),
  autoAdvanceHelp: 'Auto-advance moves on only when a countdown ends: discussion to answers, time up to the reveal.',
  /** Confidence ("sure" answers): the setup's setting, the round's mark, the reveal, the recap and the results' calibration. */
  sure: {
    setting: (on: boolean) => (on ? 'Sure answers: on' : 'Sure answers: off'),
    settingHelp:
      'Sure answers: before locking in, a team may mark its answer “sure”: +50 points if it is right, −50 if it is not (a total never goes below zero).',
    toggle: (marked: boolean) => (marked ? 'Sure ✓' : 'Mark sure'),
    badge: 'SURE',
    /** The DOM layer's button, saying what pressing it does. */
    toggleLabel: (marked: boolean) => (marked ? 'Marked sure: press to unmark' : 'Mark this answer sure'),
    reveal: (bonus: number) => (bonus > 0 ? `Sure and right: +${bonus}` : bonus < 0 ? `Sure, not right: −${-bonus}` : 'Sure, partly right: no change'),
    recap: 'sure',
    title: 'Sure answers',
    sureTally: (right: number, of: number) => `sure answers ${right} of ${of} right`,
    unmarkedTally: (right: number, of: number) => `unmarked ${right} of ${of} right`,
    points: (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n)} points`,
    csv: (marked: boolean | null) => (marked === null ? '' : marked ? 'sure' : 'not marked'),
  },
  scoreboardShows: { all: 'Scores: all teams', top3: 'Scores: top 3', change: 'Scores: gains only' } satisfies Record<ScoreboardShows, string>,
  gained: (n: number) => `+${n}`,
  fiction: 'Fiction: a made-up story for practice. Nothing in it is real news.',
  fictionShort: 'Practice (fiction)',
  choosePack: (n: number) => `${n} packs: press 1–${n} to choose`,
  packKeys: (n: number) => (n > 9 ? '1–9 or ↑ ↓ pack' : `1–${n} pack`),
  openPack: 'Open a pack',
  removePack: 'Remove this pack',
  packClose: 'Close',
  recoveryTitle: 'Something went wrong',
  recoveryText: "The class's progress is saved. Try this screen again, or go back to the title screen; the scores stay.",
  recoveryAgain: 'Try again',
  recoveryTitleScreen: 'Back to the title screen',
  tabElsewhereTitle: 'The game is open in another tab',
  tabElsewhereText:
    "The game is already open in another tab or window of this browser, and that one keeps the class's progress. Nothing done here is saved. Go back to the other tab and close this one, or use the game here: the other tab then stops saving, and this one carries on from its last move.",
  tabTakeOver: 'Use the game here',
  tabLostTitle: 'The game moved to another tab',
  tabLostText:
    "The game was opened in another tab, and that tab now keeps the class's progress. Nothing done here is saved any more; everything up to now is kept and carries on there. Close this tab, or take the game back here.",
  tabTakeBack: 'Take the game back here',
  quoted: (text: string) => `“${text}”`,
  menuData: 'Data on this device…',
  data: {
    title: 'Data on this device',
    intro: 'Everything this game keeps stays in this browser: nothing is sent anywhere. Erasing here frees space when the browser says storage is full.',
    usage: (used: string) => `This game uses about ${used} of this browser's storage.`,
    save: 'Saved game',
    saveOn: (title: string, size: string) => `One saved game, on “${title}” (${size}). It is written after every move.`,
    saveNone: 'No saved game.',
    copies: 'Copies of saves that could not be resumed',
    copiesNone: 'None.',
    copy: (when: string, size: string) => `${when} · ${size}`,
    copyUndated: (size: string) => `An earlier copy · ${size}`,
    download: 'Download',
    erase: 'Erase',
    eraseAll: 'Erase all copies',
    packs: 'Level packs kept here',
    packsNone: 'None: only the built-in packs.',
    packReady: (title: string, size: string) => `“${title}” · ${size} · ready to play`,
    packAside: (title: string, size: string, why: string) => `“${title}” · ${size} · set aside: ${why}`,
    packInUse: 'in use by the session under way',
    remove: 'Remove',
    failed: 'Part of what is kept here could not be read. Erase all data (on the Settings page, pressed twice) clears it.',
    reading: 'Reading what is kept…',
  },
  eraseAll: 'Erase all data',
  eraseAllConfirm: (key: string) => `Really erase everything on this device? Press ${key} again`,
  packProblems: (name: string, n: number) => `"${name}" was not loaded: ${n} ${plural('en', n, { one: 'problem', other: 'problems' })} to fix`,
  packLoaded: (title: string) => `Loaded "${title}". It is kept in this browser and plays offline.`,
  packNotKept: 'This browser would not keep it: it will be gone after a reload.',
  packChecking: 'Checking the pack…',
  packCheckingNote: (name: string) => `Reading "${name}" and comparing every quote with its article. A large pack takes a few seconds.`,
  packIdTaken: (id: string) => `a built-in pack already has the id "${id}": give this pack its own id`,
  replaceTitle: (title: string) => `“${title}” is being played`,
  replaceText: (answered: number) =>
    `This file is another version of the pack the class is playing, and ${answered} ${plural('en', answered, { one: 'round is', other: 'rounds are' })} answered in this session. Using the new version ends the session and clears its scores; keeping the session leaves the file unloaded.`,
  replaceKeep: 'Keep the session on the version in use',
  replaceUse: 'End the session and use the new version',
  replaceDownload: 'Download the results first',
  replaceKept: (title: string) => `Nothing changed: the session goes on with the version of "${title}" in use. Open the file again once the session has ended.`,
  packRemoveInUse: (title: string) => `"${title}" stays while its session is under way: end the session (Menu) or start a new one first.`,
  packMoreProblems: (n: number) => `…and ${n} more lines like these. Fix the ones above first, then open the file again: the list gets shorter.`,
  packRemoveAsk: (title: string) => `Remove "${title}" from this browser? Press Delete again to remove it.`,
  displayMenu: (size: TextSize, theme: ThemeName) => `Display: ${{ standard: 'standard text', large: 'large text', xl: 'extra large text' }[size]}, ${theme}`,
  teamTurn: (team: string, side: string) => `${team}'s turn · arguing ${side}`,
  teamAnswers: (team: string) => `${team} answers this round`,
  scoreboard: 'Scoreboard',
  stance: { for: 'for the claim', against: 'against the claim' } satisfies Record<Stance, string>,
  stanceButton: { for: 'For', against: 'Against' } satisfies Record<Stance, string>,
  yourSide: (side: string) => `Your side: ${side}`,
  chooseSide: 'Take a side on the claim. Read the cards first: you will argue with them.',
  playCards: (n: number) => `Play the ${n} strongest cards for your side.`,
  concedeCard: "Concede the other side's strongest card (it earns a bonus), or concede nothing.",
  concedeNothing: 'Concede nothing',
  conceded: (who: string) => `Conceded by ${who}`,
  /** A debate answer in the CSV and the print summary: the card this side granted the other. */
  concededPoint: (card: string) => `conceded the other side's point: ${card}`,
  playedBy: (who: string) => `Played by ${who}`,
  narration: "The article's narration",
  /** A quote the pack gives to the publishing outlet: its narration, or words it quotes without naming whose (true of both). */
  ownReporting: 'From the article, no source named',
  notASource: 'not a source: nobody said it',
  undo: 'Undo',
  nextStep: 'Next step',
  opponentSays: (name: string) => `${name} says`,
  madeUp: 'a made-up character',
  bestRebuttal: 'Pick the quote that answers this best.',
  whoAssign: 'Match each quote to who said it: pick a quote (1–4), then a speaker (letter).',
  whoSort: 'Now sort each speaker (press their letter to switch): expert assessment, or official / interested party?',
  groups: { expert: 'Expert assessment', official: 'Official or interested party' } satisfies Record<WhosWhoDraft['sort'][string], string>,
  unsorted: 'Not sorted yet',
  noSpeakerYet: 'No speaker yet',
  // The scale's stops and what is placed on it are the pack's words (a verdict round's scalePrompt and labels).
  scaleHelp: (stops: number, cards: number) => `Choose a stop on the scale (1–${stops}), then pick ${cards} cards for your closing argument.`,
  /** Solo play: a card's marks, with no team to name. */
  played: 'Played',
  concededSolo: 'Conceded',
  scorecard: 'Scorecard',
  scoreLine: {
    relevance: {
      'on-point': 'On point: speaks to exactly this claim',
      related: 'Related: bears on the claim only indirectly',
      'off-topic': 'Off topic: about a different question',
      'wrong-side': 'Bears on the claim, but for the other side',
    },
    stance: { backs: 'Backs your side', neutral: 'Takes no side', undercuts: 'Undercuts your side: it helps the other team' },
    strength: { strong: 'Strong source', moderate: 'Moderate source', weak: 'Weak source', 'wrong-side': 'A source on the other side earns you nothing' },
    concession: {
      strongest: "You conceded the other side's strongest card",
      weaker: 'A counter-card, but not their strongest',
      none: 'No bonus: not a counter-card, or nothing conceded',
    },
    closing: {
      backs: "Backs the experts' view",
      'off-topic': 'Off topic for this verdict',
      neutral: "Takes no side on the experts' view",
      against: "Cuts against the experts' view",
    },
  },
  matchLine: (who: string | undefined, right: string | undefined, ok: boolean) => (ok ? `Right: ${right}` : `You said ${who ?? 'nobody'}; it was ${right}`),
  sortLine: (who: string | undefined, group: string, ok: boolean) => `${who}: ${ok ? group : `not ${group}`}`,
  positionLine: (pos: string) => `You placed it at: ${pos}`,
  expertsView: {
    for: 'The experts’ evidence supports the claim',
    against: 'The experts’ evidence cuts against the claim',
    open: 'The experts leave it an open question',
  } satisfies Record<CaseRound['experts']['view'], string>,
  bestPosition: (pos: string) => `Where the experts put it: ${pos}`,
  counterQuote: 'The strongest quote the other way',
  stepLine: (n: number, of: number) => `Step ${n} of ${of}`,
  pollTitle: { before: 'Class poll: before we start', after: 'Class poll: at the end' } satisfies Record<keyof PollCounts, string>,
  pollHelp: (rows: number) => `Count the show of hands: pick a row (1–${rows}), then Up adds one and Down takes one away; or click + and -.`,
  pollMoved: 'How the class view moved',
  /** A count, or null for a show of hands not taken (never shown as 0). */
  pollBeforeAfter: (before: number | null, after: number | null) => `before ${before ?? 'not taken'} · after ${after ?? 'not taken'}`,
  unscored: 'Not scored',
  helpTitle: 'Keyboard and clicker controls',
  resumeTitle: 'Welcome back',
  resumeText: 'This browser has a class session in progress.',
  resumeButton: 'Resume class session',
  newSessionButton: 'New session',
  newSessionConfirm: 'Clear every score? Press N again',
  timerMenu: (secs: number) => (secs === 0 ? 'Round timer: off' : `Round timer: ${secs} s`),
  timeLeft: (ms: number) => {
    const s = Math.ceil(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  },
  timerPaused: 'Paused',
  /** The DOM layer's timer box (beside the live region, so it is read when asked for, not every second). */
  timeLeftTitle: 'Time left',
  timeUp: 'Time is up: lock in to see the sources',
  timeUpShort: 'Time is up',
  discussMenu: (on: boolean, secs: number) =>
    !on ? 'Discussion before answers: off' : secs === 0 ? 'Discussion before answers: on, no countdown' : `Discussion before answers: ${secs} s`,
  discussLeft: (time: string) => `Discussion: ${time} left`,
  discussOver: 'Discussion time is up: open the answers when the class is ready',
  discussPrompt: 'Discuss first: think alone, talk it over with a partner, then share with the class.',
  openAnswers: 'Open answers',
  scoreboardMenu: {
    always: 'Scoreboard: always',
    'between-levels': 'Scoreboard: between questions',
    'at-end': 'Scoreboard: only at the end',
    never: 'Scoreboard: never',
  } satisfies Record<ScoreboardWhen, string>,
  timerSays: {
    start: (secs: number) => `Timer started: ${secs} seconds.`,
    ten: '10 seconds left.',
    up: 'Time is up. Answers are locked.',
    paused: 'Timer paused.',
    resumed: 'Timer running.',
    answersOpen: 'Answers are open.',
  },
  noAnswer: 'No answer locked in',
  wholeClass: 'Class',
  downloadCsv: 'Download CSV',
  printSummary: 'Print summary',
  csvShort: 'CSV',
  printShort: 'Print',
  misconceptionsTitle: 'Most common misconceptions',
  misconceptionsShort: 'Misconceptions',
  wrongOf: (wrong: number, of: number) => `${wrong} of ${of} picks wrong`,
  misconceptionCount: (wrong: number, of: number) => `${wrong} of ${of} picks went against the sources`,
  noMisconceptions: 'No round where most picks went against the sources.',
  /** The discernment line over the claim rounds: each kind of claim, and what it was called. */
  discern: {
    title: 'Telling apart',
    tally: {
      says: (right: number, of: number) => `supported claims ${right} of ${of} called “says so”`,
      contradicts: (right: number, of: number) => `contradicted claims ${right} of ${of} called “says otherwise”`,
      'not-said': (right: number, of: number) => `claims not in the article ${right} of ${of} called “doesn't say”`,
    } satisfies Record<ClaimAnswer, (right: number, of: number) => string>,
    /** What the article makes of a claim, as a noun that agrees with its count. */
    noun: {
      says: (n: number) => plural('en', n, { one: 'supported claim', other: 'supported claims' }),
      contradicts: (n: number) => plural('en', n, { one: 'contradicted claim', other: 'contradicted claims' }),
      'not-said': (n: number) => plural('en', n, { one: 'claim not in the article', other: 'claims not in the article' }),
    } satisfies Record<ClaimAnswer, (n: number) => string>,
    /** The claim answers as the player picked them, shortened to their verb. */
    short: { says: 'says so', contradicts: 'says otherwise', 'not-said': "doesn't say" } satisfies Record<ClaimAnswer, string>,
    mixUp: 'Most common mix-up',
    confusion: (count: number, noun: string, called: string) => `called ${count} ${noun} “${called}”`,
    /** The heading of its section in the CSV and the print summary. */
    heading: 'Telling apart: the claim rounds',
    /** The CSV section's columns: counts in their own cells, so a spreadsheet can work with them. */
    csvHeader: [
      'Team',
      'Supported claims',
      'Called “says so”',
      'Contradicted claims',
      'Called “says otherwise”',
      'Claims not in the article',
      "Called “doesn't say”",
      'Most common mix-up',
    ],
  },
  helpClose: 'Any key closes this',
  /** Key names as buttons and the help show them, one spelling per language. */
  keyNames: { Enter: 'Enter', Space: 'Space', Del: 'Delete' } satisfies Record<'Enter' | 'Space' | 'Del', string>,
  /** The keyboard map shown by "?": one source for the overlay and the DOM layer. */
  keyMap: [
    ['1-6 or A-F', 'choose an answer; in debates, play a card'],
    ['1-6 then a letter', 'all teams answer: pick the team, then its answer'],
    ['Enter', 'lock in; elsewhere, continue'],
    ['Space, Right, PageDown', 'continue (reveal pages and scorecards step first)'],
    ['Left, PageUp', 'back (from a reveal: its question, as answered)'],
    ['F / X', 'debates: take the side for / against (as on the buttons)'],
    ['0 · U', 'debates: concede nothing · undo a card'],
    ['Arrows', 'move on the question list'],
    ['S', "the article: read it (title, a question's intro), a quote in it (reveal); S again closes it; in a round with sure answers on: mark sure"],
    ['. (or B off a question)', 'blank the screen; any key brings it back'],
    ['` or º (the key left of 1)', 'full screen, on every screen'],
    ['P · +', 'pause or restart the round timer · add 30 seconds'],
    ['M · O · R', 'sound on or off · scoreboard on or off · read aloud (Shift+R: every new screen)'],
    ['Setup: + / - · 1-6 · P · C · Space', 'team count · rename a team · print answer cards · sure answers on or off · tick a question'],
    ['Esc · ?', 'menu · this help'],
  ] satisfies [string, string][],
  notice: {
    // Only what happened: "a copy was kept" only when one was (`kept`).
    lost: {
      unreadable: 'The saved game could not be read, so a new game has started.',
      newer: 'The saved game comes from a newer version of this game, so a new game has started.',
      'other-pack': 'The saved game belongs to a level pack this browser no longer has, so a new game has started.',
      'does-not-fit': 'The saved game no longer fits this level pack, so a new game has started.',
      'pack-failed': (title: string, why: string) =>
        `The saved game is on the level pack “${title}”, which no longer passes the game's checks (${why}), so a new game has started.`,
    },
    unreadableRecord: 'its stored files could not be read',
    kept: 'A copy of the old save was kept: Menu → Settings → Data on this device.',
    notKept: 'No copy could be kept: storage is full.',
    asideOne: (title: string, why: string) => `The level pack “${title}” kept on this device was set aside: ${why}. See Menu → Settings → Data on this device.`,
    asideMany: (n: number, titles: string) => `${n} level packs kept on this device were set aside (${titles}). See Menu → Settings → Data on this device.`,
    unavailable: 'This browser is not letting the game save, so progress will be lost on reload. Play goes on.',
    'save-failed':
      'Not saved: storage is full or blocked. A reload would lose the answers since the last save. Free space: Menu → Settings → Data on this device.',
    'update-ready': 'A newer version of the game is ready. It will be used the next time the game is opened; nothing changes now.',
  },
  packErrors: 'This pack has problems',
  csvHeader: [
    'Team',
    'Question',
    'Question title',
    'Round',
    'Round type',
    'Prompt',
    'Answer',
    'Verdict',
    'Points',
    'What the sources said',
    'Sure',
    'Sure points',
  ],
  printHeader: ['Team', 'Question', 'Round', 'Answer', 'Verdict', 'Points'],
  readAloud: (on: boolean) => (on ? 'Read aloud: on' : 'Read aloud: off'),
  readNow: 'Read this screen aloud',
  speechRate: 'Reading speed',
  voice: 'Voice',
  defaultVoice: "The browser's default voice",
  speechMissing: 'This browser cannot read aloud.',
  language: 'Español',
  languageHint: 'Cambiar a español',
};

/** The catalog's shape with every text widened to string, so another language can fill it. */
type Widen<T> = T extends string
  ? string
  : T extends readonly [infer A, infer B]
    ? readonly [Widen<A>, Widen<B>]
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends readonly (infer U)[]
        ? readonly Widen<U>[]
        : T extends object
          ? { [K in keyof T]: Widen<T[K]> }
          : T;
export type Strings = Widen<typeof en>;

/** The catalog in use: English until `setLanguage` fills it from another one. */
export const t: Strings = { ...en };
export const CATALOGS: Readonly<Record<Language, Strings>> = { en, es };

export function setLanguage(lang: Language): void {
  Object.assign(t, CATALOGS[lang]);
}

/** The browser's language, if the game speaks it; English otherwise. */
export function browserLanguage(nav: { language?: string } | undefined = typeof navigator === 'undefined' ? undefined : navigator): Language {
  return nav?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
