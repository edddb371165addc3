/**
 * The pack checker's work, the same in the worker and on the page (see checkProtocol.ts): a
 * pack file opened by a teacher, and the packs kept in this browser, checked again at start.
 */
import type { CheckRequest, CheckResponse, StoredCheck, StoredFiles } from './checkProtocol';
import { openPackFile } from './openPack';
import { packStamp } from './packHash';
import { explainIssues, type ReportLine } from './report';
import { loadPack, MANIFEST_FILE, type PackFiles } from './validate';

const unreadable = (message: string): ReportLine => ({ file: MANIFEST_FILE, line: null, column: null, path: '(root)', severity: 'error', message });

/**
 * Each stored pack checked again, in the order given. Files that passed before with this
 * validator (the stored stamp still matches) skip the source comparisons, which cost most. A
 * damaged record never throws: it comes back as a failure with its reason.
 */
export function checkStoredPacks(list: readonly StoredFiles[]): StoredCheck[] {
  return list.map((one) => {
    const files: PackFiles = one.files && typeof one.files === 'object' ? one.files : {};
    try {
      const stamp = packStamp(files);
      const r = loadPack(files, { sourceChecked: one.stamp === stamp });
      return r.ok ? { id: one.id, ok: true, pack: r.pack, stamp } : { id: one.id, ok: false, lines: explainIssues(files, r.issues) };
    } catch (e) {
      return { id: one.id, ok: false, lines: [unreadable(`the stored pack could not be read: ${(e as Error)?.message ?? String(e)}`)] };
    }
  });
}

/** One request answered; never rejects (a checker that breaks says so in a `failed` answer). */
export async function answerCheck(req: CheckRequest): Promise<CheckResponse> {
  try {
    if (req.kind === 'file') {
      const result = await openPackFile(req.name, req.bytes);
      return { seq: req.seq, kind: 'file', result: result.pack && result.files ? { ...result, stamp: packStamp(result.files) } : result };
    }
    return { seq: req.seq, kind: 'stored', result: checkStoredPacks(req.list) };
  } catch (e) {
    return { seq: req.seq, kind: 'failed', message: (e as Error)?.message ?? String(e) };
  }
}
