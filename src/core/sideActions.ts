/** The reducer's smaller actions: the timer, debate moves, the poll, and opening the article. */
import { applyMove, type DebateMove } from './debate';
import { roundOptions } from './options';
import { ok, reject, type Action, type Outcome } from './outcome';
import { currentRound } from './roundAt';
import type { Pack, Round } from './schema';
import type { GameState } from './stateSchema';
import { addTime, pause, resume, tick } from './timer';

export function timerAction(s: GameState, a: Extract<Action, { type: 'tick' | 'timer' }>): Outcome {
  if (s.phase !== 'round' || !s.timer) return reject('wrong-phase', 'the timer runs during a round, when it is on');
  if (a.type === 'tick') {
    const timer = tick(s.timer, a.now);
    return ok({ ...s, timer, locked: s.locked || timer.remainingMs === 0 });
  }
  if (a.op === 'pause') return ok({ ...s, timer: pause(s.timer, a.now) });
  if (a.op === 'resume') return ok({ ...s, timer: resume(s.timer) });
  return ok({ ...s, timer: addTime(s.timer), locked: false });
}

export function debateMove(pack: Pack, s: GameState, move: DebateMove): Outcome {
  const round = currentRound(pack, s);
  if (s.phase !== 'round' || !round || !s.draft) return reject('wrong-phase', 'debate moves are made during a debate round');
  const r = applyMove(round, s.draft, move, s.mode);
  return r.ok ? ok({ ...s, draft: r.draft }) : reject('illegal-move', r.message);
}

export function pollCount(pack: Pack, s: GameState, option: string, delta: 1 | -1): Outcome {
  const poll = pack.manifest.poll;
  if (!poll || (s.phase !== 'pollBefore' && s.phase !== 'pollAfter')) return reject('wrong-phase', 'the poll is taken before the first level and after the last');
  if (!poll.options.some((o) => o.id === option)) return reject('unknown-option', `the poll has no option "${option}"`);
  const when = s.phase === 'pollBefore' ? 'before' : 'after';
  const count = Math.max(0, Math.min(999, (s.poll[when][option] ?? 0) + delta));
  return ok({ ...s, poll: { ...s.poll, [when]: { ...s.poll[when], [option]: count } } });
}

/** Every quote a round's reveal can show, so "show in article" can open any of them. */
export function revealEvidence(pack: Pack, round: Round): string[] {
  switch (round.type) {
    case 'case':
      return [...round.cards.flatMap((c) => (c.quote ? [c.quote] : [])), ...round.experts.evidence];
    case 'verdict':
      return [...round.cards.flatMap((c) => (c.quote ? [c.quote] : [])), ...round.scale.flatMap((p) => p.evidence), round.counter];
    case 'whoswho':
      return [...round.quotes];
    default:
      return roundOptions(pack, round).flatMap((o) => o.evidence);
  }
}

export function showSource(pack: Pack, s: GameState, quote: string): Outcome {
  if (s.phase !== 'reveal') return reject('wrong-phase', 'the article opens from a reveal');
  const round = currentRound(pack, s);
  const evidence = round ? revealEvidence(pack, round) : [];
  if (!evidence.includes(quote)) return reject('unknown-quote', `quote "${quote}" is not evidence in this round`);
  return ok({ ...s, overlay: { kind: 'source', quote } });
}
