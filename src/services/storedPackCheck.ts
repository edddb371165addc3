/**
 * Start-up's part for the packs kept in this browser: read every record defensively, check the
 * readable ones again, and keep aside (not offered, files kept) those that no longer pass,
 * saying which and why. Nothing here can stop the game from starting: a broken record, a
 * checker that fails, a database that refuses, each leaves the built-in packs playable.
 */
import type { Pack } from '../core/pack/schema';
import type { ReportLine } from '../core/pack/report';
import { readStoredPacks, setAside, storePack, titleOf, type StoredPack } from '../state/packStore';
import type { AsidePack } from '../state/store';
import { checkStored } from './packCheck';

export interface StoredOutcome {
  /** Packs that passed, not shadowed by one already known (a built-in id always wins). */
  packs: Pack[];
  /** Every pack kept aside by id, including those set aside just now. */
  aside: Map<string, AsidePack>;
  /** Those set aside by this start: the teacher is told about these once. */
  newlyAside: AsidePack[];
}

const MAX_PROBLEM = 160;

/** The first error in plain words, short enough for a notice (the full list comes when the file is opened again). */
export function firstProblem(lines: readonly ReportLine[]): string {
  const first = lines.find((l) => l.severity === 'error') ?? lines[0];
  const text = first ? `${first.file}: ${first.message}` : '';
  return text.length > MAX_PROBLEM ? `${text.slice(0, MAX_PROBLEM - 1)}…` : text;
}

const asidePack = (p: StoredPack): AsidePack => ({ title: p.aside!.title, problem: p.aside!.problem });

export async function checkStoredPacks(known: ReadonlySet<string>, read = readStoredPacks()): Promise<StoredOutcome> {
  const { usable, aside, newlyAside } = await read;
  const out: StoredOutcome = { packs: [], aside: new Map(aside.map((p) => [p.id, asidePack(p)])), newlyAside: [] };
  for (const id of newlyAside) out.newlyAside.push(out.aside.get(id)!);
  if (usable.length === 0) return out;
  let checked;
  try {
    checked = await checkStored(usable);
  } catch {
    return out; // the checker itself failed: nothing is set aside for that, they are offered next time
  }
  for (const [i, one] of usable.entries()) {
    const r = checked[i];
    if (!r) continue;
    if (r.ok) {
      // A pack that passes in full gets its stamp written back, so the next start is quick.
      if (one.stamp !== r.stamp) void storePack({ ...one, stamp: r.stamp });
      if (!known.has(r.pack.manifest.id)) out.packs.push(r.pack);
      continue;
    }
    const problem = firstProblem(r.lines);
    // Marked before it is announced: a reload right after the notice does not announce it again.
    await setAside(one, problem);
    const a: AsidePack = { title: titleOf(one.files, one.id), problem };
    out.aside.set(one.id, a);
    out.newlyAside.push(a);
  }
  return out;
}
