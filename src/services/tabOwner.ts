/**
 * One tab holds the class session. Two tabs of the game would each save over the other, and
 * the answers made in one would be lost without a word. So the first tab takes a Web Lock
 * and holds it while it is open; a second tab finds the lock taken, saves nothing, and says
 * the game is open elsewhere, offering to use it here instead. Taking over steals the lock:
 * the first tab's hold then ends with an AbortError, so it stops saving and says so. The tab
 * that takes over reloads, and so reads the newest save before it writes one.
 *
 * A browser without Web Locks (or a page where they are refused, like a file opened from
 * disk) saves as it always has: the last tab to save wins.
 */

/** The lock's name: one session per browser profile and origin, like the save itself. */
export const TAB_LOCK = 'on-the-record:session';
/** Set in this tab's session storage just before the reload that takes the game over. */
export const TAKE_OVER_KEY = 'on-the-record:take-over';

/**
 * - `pending`: still asking for the lock.
 * - `owner`: this tab holds the session and saves.
 * - `elsewhere`: another tab holds it; this one saves nothing.
 * - `lost`: this tab held it until another one took it over; it saves nothing more.
 * - `unknown`: the browser cannot tell (no Web Locks): this tab saves, as before.
 */
export type TabState = 'pending' | 'owner' | 'elsewhere' | 'lost' | 'unknown';

/** What of the Web Locks API is used, so a test can hand in its own. */
export type Locks = Pick<LockManager, 'request'>;

export interface TabClaim {
  /** Resolves once the lock is held, found taken, or found missing. */
  readonly settled: Promise<TabState>;
  state(): TabState;
  /** Whether this tab may write the save now. */
  saves(): boolean;
  /** Called once, when another tab takes the session over from this one. */
  onLost(fn: () => void): void;
}

/**
 * Asks for the session: only if it is free, or (`steal`, after this tab's own "use the game
 * here") from whichever tab holds it. Found taken, it asks once more `againMs` later: a tab
 * that reloads may find its own page before the reload still holding it for a moment. A
 * request that has not answered after `waitMs` is given up, and the tab saves as if there
 * were no locks: the game never waits on it.
 */
export function claimTab(locks: Locks | undefined, steal: boolean, waitMs = 10_000, againMs = 300): TabClaim {
  let state: TabState = 'pending';
  const lost: (() => void)[] = [];
  let settle: (s: TabState) => void = () => {};
  const settled = new Promise<TabState>((resolve) => {
    settle = (s) => {
      if (state !== 'pending') return;
      state = s;
      clearTimeout(timer);
      resolve(s);
    };
  });
  const timer = setTimeout(() => settle('unknown'), waitMs);
  const ask = (again: boolean) => {
    const held = (lock: Lock | null): Promise<void> | undefined => {
      if (lock === null) {
        if (again) setTimeout(() => ask(false), againMs);
        else settle('elsewhere');
        return undefined;
      }
      // Granted after the wait was given up: let it go rather than hold what this tab does not use.
      if (state !== 'pending') return undefined;
      settle('owner');
      return new Promise<void>(() => {}); // held until this page goes away, or another tab takes it
    };
    let request: Promise<unknown> | undefined;
    try {
      request = locks?.request(TAB_LOCK, steal ? { steal: true } : { ifAvailable: true }, held);
    } catch {
      request = undefined;
    }
    if (!request) settle('unknown');
    request?.catch(() => {
      // A held lock ends in a rejection only when another tab steals it.
      if (state !== 'owner') return settle('unknown');
      state = 'lost';
      for (const fn of lost) fn();
    });
  };
  ask(true);
  return {
    settled,
    state: () => state,
    saves: () => state === 'owner' || state === 'unknown',
    onLost: (fn) => void lost.push(fn),
  };
}

/**
 * "Use the game here": takes the lock from the other tab at once (so it stops saving now),
 * lets it go again, and reloads, asking the reloaded page to take it for good. The reloaded
 * page then reads the other tab's last save before it writes anything.
 */
export async function takeOver(locks: Locks | undefined, flags: Pick<Storage, 'setItem'> | null, reload: () => void): Promise<void> {
  try {
    flags?.setItem(TAKE_OVER_KEY, '1');
  } catch {
    // No session storage: the lock is let go before the reload, so it is free when asked for.
  }
  try {
    await locks?.request(TAB_LOCK, { steal: true }, () => undefined);
  } catch {
    // No locks: nothing to take.
  }
  reload();
}

/** Did this tab ask to take the game over just before it reloaded? Asked once: the flag is cleared. */
export function takeOverAsked(flags: Pick<Storage, 'getItem' | 'removeItem'> | null): boolean {
  try {
    const asked = flags?.getItem(TAKE_OVER_KEY) === '1';
    flags?.removeItem(TAKE_OVER_KEY);
    return asked;
  } catch {
    return false;
  }
}

/** This tab's session storage, when the browser allows it. */
export function tabFlags(win: Window = window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

/** This browser's Web Locks, if it has them. */
export function browserLocks(win: Window = window): Locks | undefined {
  try {
    return win.navigator.locks ?? undefined;
  } catch {
    return undefined;
  }
}
