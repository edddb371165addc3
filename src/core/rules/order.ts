/**
 * The order a list is shown in. Every list a player picks from is shuffled, so the position
 * of an answer never gives it away; the shuffle is a pure function of the session's seed and
 * the list's key (level id, round id and which list), so a reload, a resume or a restored save
 * shows exactly the same order, and a new session shows another. Items an author pinned
 * ("none of these") keep their place; the others are shuffled around them.
 *
 * The generator is pure-rand's xoroshiro128+ (well kept, and already what fast-check uses);
 * only the string-to-seed hash is ours.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Seeds are unsigned 32-bit integers, so they survive JSON and a URL unchanged. */
export const SEED_MAX = 0xffffffff;

/** FNV-1a over the UTF-16 code units: a stable 32-bit number for a list's key. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seed for a new session, from any source of randomness in [0, 1). */
export function drawSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (SEED_MAX + 1)) >>> 0;
}

/** The seed after `seed`, for a new session when no fresh one was drawn: never the same one. */
export function nextSeed(seed: number): number {
  const next = hash32(`next:${seed}`);
  return next === seed ? (next + 1) >>> 0 : next;
}

/** A seed from the address (`?seed=42`), or null when there is none or it is not one. */
export function parseSeed(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || !/^\d{1,10}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n <= SEED_MAX ? n : null;
}

/**
 * `items` in the order the session shows them. `pinned(item)` items stay at their index.
 * Fisher–Yates over the unpinned positions, driven by (seed, key).
 */
export function shuffled<T>(items: readonly T[], seed: number, key: string, pinned: (item: T) => boolean = () => false): T[] {
  const free = items.flatMap((item, i) => (pinned(item) ? [] : [i]));
  const rng = xoroshiro128plus((seed ^ hash32(key)) | 0);
  const order = [...free];
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out = [...items];
  free.forEach((slot, k) => {
    out[slot] = items[order[k]!]!;
  });
  return out;
}

/** The key of one list in one round, so two lists of a round are shuffled independently. */
export const listKey = (levelId: string, roundId: string, list: string): string => `${levelId}/${roundId}/${list}`;
