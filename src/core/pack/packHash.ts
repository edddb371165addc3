/**
 * What a stored pack needs so that it is not checked again in full on every start: a hash of
 * its files and the version of the checks it passed. A store keeps `packStamp(files)` beside a
 * pack once it validates; on the next start the same stamp means the same files met the same
 * checks, and a different one (a changed byte, or a newer validator) means check it again.
 *
 * The hash is two 32-bit FNV-1a-style lanes with different seeds and multipliers, each mixed
 * at the end (64 bits in all, 16 hex digits),
 * over the files in name order, each name and text framed by its length, so moving text from
 * one file to the next or renaming a file changes it too. Synchronous and about a millisecond
 * per 100 KB; not a defence against someone forging a pack (whoever can write the store can
 * write the pack), only a sure sign the files are the ones that passed.
 */
import type { PackFiles } from './validate';

/**
 * The version of the pack checks (validate.ts, validateRounds.ts, the round kinds' checks,
 * sourceText.ts and the quote rules). Raise it whenever a check is added or made stricter, so
 * that every stored pack is checked again once by the new rules.
 */
export const VALIDATOR_VERSION = 1;

const PRIME = 0x01000193;
/** The second lane's multiplier (MurmurHash2's): odd, so no byte is lost. */
const MIX = 0x5bd1e995;

/** MurmurHash3's finaliser: every input bit moves about half the output bits. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function packHash(files: PackFiles): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const feed = (s: string) => {
    // The length first (as two 16-bit units), then each UTF-16 unit as two bytes.
    for (const u of [s.length >>> 16, s.length & 0xffff]) {
      a = Math.imul(a ^ (u & 0xff), PRIME);
      a = Math.imul(a ^ (u >>> 8), PRIME);
      b = Math.imul(b ^ (u >>> 8), MIX);
      b = Math.imul(b ^ (u & 0xff), MIX);
    }
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      a = Math.imul(a ^ (u & 0xff), PRIME);
      a = Math.imul(a ^ (u >>> 8), PRIME);
      b = Math.imul(b ^ (u >>> 8), MIX);
      b = Math.imul(b ^ (u & 0xff), MIX);
    }
  };
  // Plain code-unit order, not localeCompare: the same on every device and in every language.
  // A stored record may be damaged: a value that is not text hashes as empty text (such files
  // never pass the checks, so no stamp is ever written for them).
  const names = Object.keys(files ?? {}).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const name of names) {
    const text = files[name];
    feed(name);
    feed(typeof text === 'string' ? text : '');
  }
  const hex = (h: number) => fmix(h).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** The stamp a store keeps beside a pack that passed: the validator's version and the files' hash. */
export function packStamp(files: PackFiles): string {
  return `v${VALIDATOR_VERSION}:${packHash(files)}`;
}
