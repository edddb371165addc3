/**
 * The pack checker, off the page's thread: a module worker (packCheck.worker.ts) checks a pack
 * file a teacher opens and the packs kept in this browser, so a 1 MB pack (about a second of
 * checking) never freezes the game. The worker starts with the first check (a lesson that never
 * opens a pack and keeps none never loads it) and stops after a while with nothing to do. Where
 * it cannot start (no workers, a policy that forbids them, the one-file build opened from disk)
 * or breaks, the same checks run on the page, after the page has painted what it shows. Either
 * way the answer is the same: both run core/pack/checkPacks.ts `answerCheck`.
 */
import type { CheckRequest, CheckResponse, FileCheck, StoredCheck, StoredFiles } from '../core/pack/checkProtocol';

/** The little of a Worker used here (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: CheckRequest): void;
  addEventListener(type: 'message', listener: (e: { data: CheckResponse }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (e: { preventDefault?: () => void }) => void): void;
  terminate(): void;
}

export interface PackChecker {
  /** What openPackFile (core/pack/openPack.ts) says of a file. */
  checkFile(name: string, bytes: Uint8Array): Promise<FileCheck>;
  /** Each stored pack checked again, in the order given; a failure comes with its reasons. */
  checkStored(list: readonly StoredFiles[]): Promise<StoredCheck[]>;
  /** Where the last check ran (tests and the benchmark). */
  lastRan(): 'worker' | 'page' | null;
}

export interface CheckerOptions {
  /** Makes the worker; null (or a throw) means there is none here. */
  makeWorker?: () => WorkerLike | null;
  /** How long an idle worker is kept before it is stopped, in ms. */
  idleMs?: number;
}

/** Lets the page paint (a "Checking…" box) before a check that holds it; never waits for a hidden tab's frame. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return void (clearTimeout(timer), setTimeout(resolve, 0));
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}

async function onPage(req: CheckRequest): Promise<CheckResponse> {
  const { answerCheck } = await import('../core/pack/checkPacks');
  await painted();
  return answerCheck(req);
}

function defaultWorker(): WorkerLike | null {
  // The one-file build lives in a file:// page, where a worker's script cannot be fetched.
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'offline') return null;
  return new Worker(new URL('./packCheck.worker.ts', import.meta.url), { type: 'module', name: 'pack-check' });
}

export function createPackChecker({ makeWorker = defaultWorker, idleMs = 10_000 }: CheckerOptions = {}): PackChecker {
  let worker: WorkerLike | null = null;
  let broken = false;
  let seq = 0;
  let ran: 'worker' | 'page' | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { req: CheckRequest; resolve: (r: CheckResponse) => void }>();

  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  // The worker broke (its script did not load, or it died): what it held is checked on the page.
  const fail = () => {
    broken = true;
    stop();
    const held = [...pending.values()];
    pending.clear();
    for (const p of held) void onPage(p.req).then((r) => ((ran = 'page'), p.resolve(r)));
  };
  const start = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      broken = true;
      return null;
    }
    worker.addEventListener('message', (e) => {
      const p = pending.get(e.data.seq);
      if (!p) return;
      pending.delete(e.data.seq);
      if (e.data.kind === 'failed') {
        void onPage(p.req).then((r) => ((ran = 'page'), p.resolve(r)));
      } else {
        ran = 'worker';
        p.resolve(e.data);
      }
      if (pending.size === 0) idle = setTimeout(stop, idleMs);
    });
    const broke = (e: { preventDefault?: () => void }) => (e.preventDefault?.(), fail());
    worker.addEventListener('error', broke);
    worker.addEventListener('messageerror', broke);
    return worker;
  };

  const ask = (req: CheckRequest): Promise<CheckResponse> => {
    clearTimeout(idle);
    const w = start();
    if (!w) return onPage(req).then((r) => ((ran = 'page'), r));
    return new Promise((resolve) => {
      pending.set(req.seq, { req, resolve });
      try {
        w.postMessage(req);
      } catch {
        fail();
      }
    });
  };
  const failed = (r: CheckResponse): never => {
    throw new Error(r.kind === 'failed' ? `the pack checker failed: ${r.message}` : `the pack checker answered "${r.kind}"`);
  };

  return {
    async checkFile(name, bytes) {
      const r = await ask({ seq: ++seq, kind: 'file', name, bytes });
      return r.kind === 'file' ? r.result : failed(r);
    },
    async checkStored(list) {
      if (list.length === 0) return [];
      const r = await ask({ seq: ++seq, kind: 'stored', list: list.map(({ id, files, stamp }) => ({ id, files, stamp })) });
      return r.kind === 'stored' ? r.result : failed(r);
    },
    lastRan: () => ran,
  };
}

let shared: PackChecker | null = null;
/** The page's one checker, made on first use. */
export function packChecker(): PackChecker {
  return (shared ??= createPackChecker());
}

/** Checks a pack file with the page's checker: what openPackFile says of it. */
export const checkFile = (name: string, bytes: Uint8Array): Promise<FileCheck> => packChecker().checkFile(name, bytes);

/** Checks stored packs again with the page's checker, in the order given; failures keep their reasons. */
export const checkStored = (list: readonly StoredFiles[]): Promise<StoredCheck[]> => packChecker().checkStored(list);
