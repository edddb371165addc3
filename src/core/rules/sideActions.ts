/** The reducer's smaller actions: the timer, debate moves, the poll, and opening the article. */
import { applyMove, type DebateMove } from './debate';
import { revealEvidence } from '../rounds/registry';
import { ok, reject, type Action, type Outcome } from './outcome';
import { currentRound } from './roundAt';
import type { Pack } from '../pack/schema';
import type { GameState, Timer } from './stateSchema';
import { addTime, pause, resume, tick } from './timer';

/** From the discussion to answering: the answer timer starts now. */
export function endDiscussion(s: GameState): GameState {
  return { ...s, discussing: false, discussTimer: null, timer: s.timer ? { ...s.timer, running: true, since: null } : null };
}

/**
 * The clock during a round: the discussion's countdown while the class discusses, then the
 * answer countdown. Pause, resume and add time act on whichever is on screen. With
 * auto-advance on, a countdown that ends moves on by itself; otherwise it only stops.
 */
export function timerAction(s: GameState, a: Extract<Action, { type: 'tick' | 'timer' }>, confirmLocked: (s: GameState) => Outcome): Outcome {
  const discussion = s.discussing && s.discussTimer !== null;
  const current = discussion ? s.discussTimer : s.discussing ? null : s.timer;
  if (s.phase !== 'round' || !current) return reject('wrong-phase', 'the timer is off in this round');
  const put = (t: Timer): GameState => (discussion ? { ...s, discussTimer: t } : { ...s, timer: t });
  if (a.type === 'tick') {
    const t = tick(current, a.now);
    const ended = t.remainingMs === 0 && current.remainingMs > 0;
    if (discussion) return ok(ended && s.autoAdvance ? endDiscussion(s) : put(t));
    const next = { ...put(t), locked: s.locked || t.remainingMs === 0 };
    // Time up never skips the reveal: auto-advance goes *to* it, showing the sources.
    if (ended && s.autoAdvance) {
      const revealed = confirmLocked(next);
      if (revealed.ok) return revealed;
    }
    return ok(next);
  }
  if (a.op === 'pause') return ok(put(pause(current, a.now)));
  if (a.op === 'resume') return ok(put(resume(current)));
  return ok({ ...put(addTime(current)), locked: discussion ? s.locked : false });
}

export function debateMove(pack: Pack, s: GameState, move: DebateMove): Outcome {
  const round = currentRound(pack, s);
  if (s.phase !== 'round' || !round || !s.draft) return reject('wrong-phase', 'this round takes no debate moves');
  const r = applyMove(round, s.draft, move, s.mode);
  return r.ok ? ok({ ...s, draft: r.draft }) : reject('illegal-move', r.message);
}

export function pollCount(pack: Pack, s: GameState, option: string, delta: 1 | -1): Outcome {
  const poll = pack.manifest.poll;
  if (!poll || (s.phase !== 'pollBefore' && s.phase !== 'pollAfter'))
    return reject('wrong-phase', 'the poll is taken before the first level and after the last');
  if (!poll.options.some((o) => o.id === option)) return reject('unknown-option', `the poll has no option "${option}"`);
  const when = s.phase === 'pollBefore' ? 'before' : 'after';
  const count = Math.max(0, Math.min(999, (s.poll[when][option] ?? 0) + delta));
  return ok({ ...s, poll: { ...s.poll, [when]: { ...s.poll[when], [option]: count } } });
}

export { revealEvidence } from '../rounds/registry';

export function showSource(pack: Pack, s: GameState, quote: string): Outcome {
  if (s.phase !== 'reveal') return reject('wrong-phase', 'the article opens from a reveal');
  const round = currentRound(pack, s);
  const evidence = round ? revealEvidence(pack, round) : [];
  if (!evidence.includes(quote)) return reject('unknown-quote', `quote "${quote}" is not evidence in this round`);
  return ok({ ...s, overlay: { kind: 'source', quote } });
}
