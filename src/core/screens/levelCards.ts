/** The level list's cards, shared by the setup, the level list and the final results. */
import { inSession, isLevelComplete, type GameState } from '../rules/game';
import { levelAnswered, levelMax, levelScore } from '../rules/progress';
import { ROUND_MAX } from '../rules/scoring';
import type { Pack } from '../pack/schema';

/** What opening a level does: start it, carry on where it stopped, or play a finished one again (its scores cleared). */
export type LevelAction = 'start' | 'continue' | 'replay';

export interface LevelCard {
  index: number;
  id: string;
  title: string;
  question: string;
  answered: number;
  rounds: number;
  score: number;
  max: number;
  complete: boolean;
  /** Part of this session (the teacher may leave levels out). */
  included: boolean;
  action: LevelAction;
  /** Left out in the setup, not begun, begun, or every round answered. */
  status: LevelStatus;
  /** The most its answered rounds could score: results over a session ended early count only what was played. */
  playedMax: number;
}

export type LevelStatus = 'leftOut' | 'notPlayed' | 'partial' | 'complete';

export function levelCards(pack: Pack, s: GameState): LevelCard[] {
  return pack.levels.map((l, index) => {
    const answered = levelAnswered(pack, s, index);
    const complete = isLevelComplete(pack, s, index);
    return {
      index,
      id: l.id,
      title: l.title,
      question: l.question,
      answered,
      rounds: l.rounds.length,
      score: levelScore(pack, s, index),
      max: levelMax(pack, index),
      complete,
      included: inSession(pack, s, index),
      // As the reducer's openLevel does it: a finished level starts again, an unfinished one resumes.
      action: complete ? 'replay' : answered > 0 ? 'continue' : 'start',
      status: !inSession(pack, s, index) && answered === 0 ? 'leftOut' : complete ? 'complete' : answered > 0 ? 'partial' : 'notPlayed',
      playedMax: answered * ROUND_MAX,
    };
  });
}

/** What Next opens from the level list: the first unfinished level of the session, as the reducer picks it. */
export function nextFromList(levels: readonly LevelCard[]): 'results' | Exclude<LevelAction, 'replay'> {
  const open = levels.find((l) => l.included && !l.complete);
  return !open ? 'results' : open.action === 'continue' ? 'continue' : 'start';
}
