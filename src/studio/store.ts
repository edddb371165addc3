/**
 * The studio's one store (zustand, as the game's): the draft and what the author is doing
 * with it. Every change to the draft goes through `edit`, which runs the game's checks on
 * the result (core/studio/draft.ts): at once, or for typing once it pauses.
 * The draft is kept on the device by zustand's versioned `persist` (drafts.ts).
 */
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { SpeakerKind } from '../core/pack/schema';
import { addQuote, addSpeaker, checkDraft, emptyDraft, type Draft, type DraftCheck } from '../core/studio/draft';
import { bodyOf, sourceFile, type ArticleInfo } from '../core/studio/sourceFile';
import { proposeQuotes, snapToWords, type ProposedQuote } from '../core/studio/proposeQuotes';
import { studioCatalogs, type StudioLanguage } from '../i18n/studioStrings';
import { draftStorage } from './drafts';
import { exampleDraft } from '../core/studio/guide';
import { studioExamples } from '../i18n/studioExample';
import { addAssistantItems, readAssistantAnswer, type AssistantReading } from '../core/studio/assistant';
import { addLevel, addRound, appendAt, removeAt, setIn, type Path, type StudioRound } from '../core/studio/rounds';

export interface StudioFormState {
  speakerName: string;
  speakerRole: string;
  speakerKind: SpeakerKind;
  selectionSpeaker: string;
  /** The speaker chosen for each proposal, where the author changed the one proposed. */
  proposalSpeaker: Record<number, string>;
  levelTitle: string;
}

const EMPTY_FORM: StudioFormState = { speakerName: '', speakerRole: '', speakerKind: 'expert', selectionSpeaker: '', proposalSpeaker: {}, levelTitle: '' };

export type Step = 'source' | 'quotes' | 'levels' | 'checks' | 'files' | 'assistant';

export interface StudioState {
  draft: Draft;
  check: DraftCheck;
  step: Step;
  language: StudioLanguage;
  /** Quotes found in the article, waiting for the author's yes or no. */
  proposals: ProposedQuote[];
  /** The author's selection in the article view, snapped to words (offsets in the body). */
  selection: { start: number; end: number } | null;
  /** A line about the last save, import or export. */
  status: string;
  saveFailed: boolean;
  /** What the author is typing into the studio's small forms, not yet part of the draft. */
  form: StudioFormState;
  /** An AI assistant's pasted answer and what the checks make of it (core/studio/assistant.ts). */
  assistant: { answer: string; reading: AssistantReading | null };
  /** The guided first pack is on: its list shows beside every step. */
  guide: boolean;
  /** Opens the studio's own practice article, in the studio's language, with the guide. */
  startGuide(): void;
  closeGuide(): void;
  setAssistantAnswer(answer: string): void;
  readAssistantAnswer(): void;
  /** Adds the answer's items at these places in the reading (all that passed when none are given). */
  addFromAssistant(chosen?: readonly number[]): void;
  setForm(patch: Partial<StudioFormState>): void;
  addSpeakerFromForm(): void;
  setSpeakerKind(index: number, kind: SpeakerKind): void;
  /** Any field of the draft, by its path (core/studio/rounds.ts). */
  editAt(path: Path, value: unknown): void;
  removeAt(path: Path): void;
  /** `item` added at the end of the list at `path` (an option, a card, a poll answer). */
  appendAt(path: Path, item: unknown): void;
  addLevelFromForm(): void;
  addRound(level: number, kind: StudioRound, from?: string): void;
  setStep(step: Step): void;
  setLanguage(language: StudioLanguage): void;
  setArticle(info: Partial<ArticleInfo>, body?: string): void;
  setPackInfo(info: { title?: string; summary?: string; fiction?: boolean; reported?: string }): void;
  addSpeaker(s: { name: string; role: string; kind: SpeakerKind }): string;
  removeSpeaker(id: string): void;
  propose(): void;
  acceptProposal(index: number, speakerId: string): void;
  rejectProposal(index: number): void;
  select(start: number, end: number): void;
  quoteSelection(speakerId: string): boolean;
  removeQuote(id: string): void;
  replaceDraft(draft: Draft, status?: string): void;
  setStatus(status: string, saveFailed?: boolean): void;
}

const infoOf = (d: Draft): ArticleInfo => ({
  title: d.manifest.source.title,
  outlet: d.manifest.source.outlet,
  author: d.manifest.source.author,
  date: d.manifest.source.date,
});

/** A first guess at a found speaker's kind, for the author to correct: one word in capitals is an outlet (BBC), an office is an official. */
function guessKind(s: { name: string; role: string }): SpeakerKind {
  if (/^[A-Z]{2,}$/.test(s.name)) return 'outlet';
  return OFFICES.test(s.role) ? 'official' : 'expert';
}
const OFFICES =
  /(?<![\p{L}])(?:mayor|minister|president|secretary|governor|senator|spokes\w*|official|council\w*|chancellor|ambassador|harbour master|police|sheriff|prosecutor|concejal\p{L}*|alcald\p{L}*|ministr\p{L}*|president\p{L}*|secretari\p{L}*|gobernador\p{L}*|senador\p{L}*|portavoz|fiscal|polic\p{L}*|embajador\p{L}*)(?![\p{L}])/iu;

/** The article's proposed quotes that are not quotes of the draft yet. */
function openProposals(d: Draft, quotes = proposeQuotes(bodyOf(d.source)).quotes): ProposedQuote[] {
  const taken = new Set(d.manifest.quotes.map((q) => q.text));
  return quotes.filter((q) => !taken.has(q.text));
}

/** The longest article text the studio takes, in characters (a long feature is 30,000–60,000). */
export const ARTICLE_LIMIT = 100_000;

/** How long typing pauses before the checks run again. */
export const CHECK_AFTER_TYPING_MS = 150;

export function createStudioStore(storage = draftStorage()) {
  return createStore<StudioState>()(
    persist(
      (set, get) => {
        // Typing is checked once it pauses (a big pack's check takes 10–30 ms, too long for every key); anything else at once.
        let pending: ReturnType<typeof setTimeout> | null = null;
        const recheck = () => {
          pending = null;
          set({ check: checkDraft(get().draft) });
        };
        const edit = (draft: Draft, more: Partial<StudioState> = {}, typing = false) => {
          if (pending) clearTimeout(pending);
          pending = null;
          if (!typing) return set({ draft, check: checkDraft(draft), ...more });
          set({ draft, ...more });
          pending = setTimeout(recheck, CHECK_AFTER_TYPING_MS);
        };
        const start = emptyDraft();
        return {
          draft: start,
          check: checkDraft(start),
          step: 'source',
          language: 'en',
          proposals: [],
          selection: null,
          status: '',
          saveFailed: false,
          form: EMPTY_FORM,
          assistant: { answer: '', reading: null },
          guide: false,
          startGuide: () => edit(exampleDraft(studioExamples[get().language]), { guide: true, proposals: [], selection: null, step: 'source' }),
          closeGuide: () => set({ guide: false }),
          setAssistantAnswer: (answer) => set({ assistant: { answer, reading: null } }),
          readAssistantAnswer: () => set({ assistant: { ...get().assistant, reading: readAssistantAnswer(get().draft, get().assistant.answer) } }),
          addFromAssistant: (chosen) => {
            const { assistant, draft, language } = get();
            if (!assistant.reading?.ok) return;
            const items = assistant.reading.items;
            const next = addAssistantItems(draft, items, chosen ?? items.map((_, i) => i));
            const added = next.manifest.speakers.length + next.manifest.quotes.length + next.levels.length;
            const before = draft.manifest.speakers.length + draft.manifest.quotes.length + draft.levels.length;
            // Read again against the grown draft: what was added now shows as in the pack already.
            edit(next, {
              assistant: { ...assistant, reading: readAssistantAnswer(next, assistant.answer) },
              status: studioCatalogs[language].added(added - before),
            });
          },
          setForm: (patch) => set({ form: { ...get().form, ...patch } }),
          addSpeakerFromForm: () => {
            const f = get().form;
            if (!f.speakerName.trim()) return;
            const { draft } = addSpeaker(get().draft, { name: f.speakerName.trim(), role: f.speakerRole.trim(), kind: f.speakerKind });
            edit(draft, { form: { ...f, speakerName: '', speakerRole: '' } });
          },
          setSpeakerKind: (index, kind) => {
            const d = get().draft;
            edit({ ...d, manifest: { ...d.manifest, speakers: d.manifest.speakers.map((s, i) => (i === index ? { ...s, kind } : s)) } });
          },
          editAt: (path, value) => edit(setIn(get().draft, path, value), {}, typeof value === 'string'),
          removeAt: (path) => edit(removeAt(get().draft, path)),
          appendAt: (path, item) => edit(appendAt(get().draft, path, item)),
          addLevelFromForm: () => {
            const f = get().form;
            if (!f.levelTitle.trim()) return;
            edit(addLevel(get().draft, f.levelTitle.trim()).draft, { form: { ...f, levelTitle: '' } });
          },
          addRound: (level, kind, from) => edit(addRound(get().draft, level, kind, from)),
          setStep: (step) => set({ step }),
          setLanguage: (language) => set({ language }),
          setArticle: (info, body) => {
            // A news article is a few thousand words; a text far longer is not one, and would make every key slow.
            if (body !== undefined && body.length > ARTICLE_LIMIT) return set({ status: studioCatalogs[get().language].tooLong(body.length, ARTICLE_LIMIT) });
            const d = get().draft;
            const next = { ...infoOf(d), ...info };
            const source = { ...d.manifest.source, ...next, reported: d.manifest.source.reported || next.outlet };
            // The body is fixed text: changing it keeps the quotes, and the checks say which no longer match.
            const changed = { ...d, manifest: { ...d.manifest, source }, source: sourceFile(next, body ?? bodyOf(d.source), d.manifest.fiction) };
            // Proposals waiting for an answer are read again from the new text (their places moved, some may be gone).
            edit(changed, body === undefined ? {} : { proposals: get().proposals.length > 0 ? openProposals(changed) : [], selection: null });
          },
          setPackInfo: (info) => {
            const d = get().draft;
            const { reported, ...rest } = info;
            const manifest = { ...d.manifest, ...rest, source: reported === undefined ? d.manifest.source : { ...d.manifest.source, reported } };
            const source = info.fiction === undefined ? d.source : sourceFile(infoOf(d), bodyOf(d.source), info.fiction);
            edit({ ...d, manifest, source }, {}, info.fiction === undefined);
          },
          addSpeaker: (s) => {
            const { draft, id } = addSpeaker(get().draft, s);
            edit(draft);
            return id;
          },
          removeSpeaker: (id) => {
            const d = get().draft;
            edit({ ...d, manifest: { ...d.manifest, speakers: d.manifest.speakers.filter((s) => s.id !== id) } });
          },
          propose: () => {
            const body = bodyOf(get().draft.source);
            const { quotes, speakers } = proposeQuotes(body);
            let d = get().draft;
            // The roster it finds joins the speakers (as experts until the author says otherwise), once each.
            for (const s of speakers)
              if (!d.manifest.speakers.some((x) => x.name === s.name)) d = addSpeaker(d, { name: s.name, role: s.role, kind: guessKind(s) }).draft;
            edit(d, { proposals: openProposals(d, quotes) });
          },
          acceptProposal: (index, speakerId) => {
            const p = get().proposals[index];
            if (!p || !speakerId) return;
            edit(addQuote(get().draft, { speaker: speakerId, text: p.text }).draft, {
              proposals: get().proposals.filter((_, i) => i !== index),
              form: { ...get().form, proposalSpeaker: {} },
            });
          },
          rejectProposal: (index) => set({ proposals: get().proposals.filter((_, i) => i !== index), form: { ...get().form, proposalSpeaker: {} } }),
          select: (start, end) => {
            const snapped = snapToWords(bodyOf(get().draft.source), start, end);
            set({ selection: snapped.end > snapped.start ? snapped : null });
          },
          quoteSelection: (speakerId) => {
            const sel = get().selection;
            if (!sel || !speakerId) return false;
            const text = bodyOf(get().draft.source).slice(sel.start, sel.end);
            edit(addQuote(get().draft, { speaker: speakerId, text }).draft, { selection: null });
            return true;
          },
          removeQuote: (id) => {
            const d = get().draft;
            edit({ ...d, manifest: { ...d.manifest, quotes: d.manifest.quotes.filter((q) => q.id !== id) } });
          },
          replaceDraft: (draft, status = '') => edit(draft, { proposals: [], selection: null, status }),
          setStatus: (status, saveFailed = false) => set({ status, saveFailed }),
        };
      },
      {
        name: 'on-the-record:studio-draft',
        version: 1,
        storage,
        // Only the author's work is kept; the checks are worked out again from it.
        partialize: (s) => ({ draft: s.draft, step: s.step, language: s.language, proposals: s.proposals, guide: s.guide }),
        merge: (saved, current) => {
          const s = (saved ?? {}) as Partial<StudioState>;
          const draft = s.draft ?? current.draft;
          return { ...current, ...s, draft, check: checkDraft(draft) };
        },
      },
    ),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;
