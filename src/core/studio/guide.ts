/**
 * A teacher's first pack, guided: the studio's own made-up article (marked fiction, in the
 * teacher's language) and a short list of the steps, each ticked from the draft itself, so the
 * list says what is done whatever order the teacher takes it in.
 */
import { isPublisher } from '../pack/publisher';
import { emptyDraft, type Draft, type DraftCheck } from './draft';
import { sourceFile, type ArticleInfo } from './sourceFile';

export interface Example {
  info: ArticleInfo;
  title: string;
  summary: string;
  body: string;
}

/** The example's draft: the article in, marked fiction, nothing else yet (the teacher does the rest). */
export function exampleDraft(e: Example): Draft {
  const d = emptyDraft('practice-library');
  return {
    ...d,
    manifest: {
      ...d.manifest,
      title: e.title,
      summary: e.summary,
      fiction: true,
      source: { ...d.manifest.source, ...e.info, reported: e.info.date },
    },
    source: sourceFile(e.info, e.body, true),
  };
}

export const GUIDE_STEPS = ['article', 'quotes', 'reporting', 'question', 'rounds', 'clean'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** Which of the guide's steps the draft shows done. */
export function guideProgress(d: Draft, check: DraftCheck): Record<GuideStep, boolean> {
  const speakers = new Map(d.manifest.speakers.map((s) => [s.id, s]));
  const byPeople = d.manifest.quotes.filter((q) => !isPublisher(d.manifest, speakers.get(q.speaker)));
  return {
    article: d.source.trim().length > 0 && !!d.manifest.source.title.trim(),
    quotes: byPeople.length >= 2,
    reporting: d.manifest.quotes.some((q) => isPublisher(d.manifest, speakers.get(q.speaker))),
    question: d.levels.length > 0,
    rounds: d.levels.some((l) => l.rounds.length >= 2),
    clean: d.levels.length > 0 && check.errors.length === 0,
  };
}
