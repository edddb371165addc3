/**
 * The pack checker's worker: checks pack files and stored packs off the page's thread, so a
 * 1 MB pack (about a second of checking) never freezes the game. Imports only src/core; the
 * messages are in core/pack/checkProtocol.ts, the client in services/packCheck.ts.
 */
import { answerCheck } from '../core/pack/checkPacks';
import type { CheckRequest, CheckResponse } from '../core/pack/checkProtocol';

/** The little of a worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<CheckRequest>) => void): void;
  postMessage(message: CheckResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (e) => {
  void answerCheck(e.data).then((answer) => {
    try {
      scope.postMessage(answer);
    } catch (err) {
      // An answer that cannot be copied back: the page checks it itself.
      scope.postMessage({ seq: answer.seq, kind: 'failed', message: (err as Error)?.message ?? String(err) });
    }
  });
});
