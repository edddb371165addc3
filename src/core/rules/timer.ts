/**
 * The round timer, as pure functions of the clock the caller passes in. Off by default;
 * a paused timer never loses time, and an expired one locks the round without revealing it.
 */
import type { Timer, TimerSeconds } from './stateSchema';

export const ADD_TIME_MS = 30_000;

export function newTimer(seconds: TimerSeconds): Timer | null {
  return seconds === 0 ? null : { limitMs: seconds * 1000, remainingMs: seconds * 1000, running: true, since: null };
}

/** Time passes only while running, from the last tick (the first tick just starts the clock). */
export function tick(t: Timer, now: number): Timer {
  if (!t.running) return t;
  if (t.since === null) return { ...t, since: now };
  const elapsed = Math.max(0, now - t.since);
  const remainingMs = Math.max(0, t.remainingMs - elapsed);
  return remainingMs === 0 ? { ...t, remainingMs, running: false, since: null } : { ...t, remainingMs, since: now };
}

export function pause(t: Timer, now: number): Timer {
  return { ...tick(t, now), running: false, since: null };
}

export function resume(t: Timer): Timer {
  return t.remainingMs === 0 ? t : { ...t, running: true, since: null };
}

/** More time: also restarts a timer that ran out, and so unlocks the round. */
export function addTime(t: Timer, ms: number = ADD_TIME_MS): Timer {
  return { ...t, remainingMs: t.remainingMs + ms, limitMs: t.limitMs + ms, running: true, since: null };
}
