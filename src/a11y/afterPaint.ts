/**
 * Runs `work` once the next frame has been produced: after the animation frame in which the
 * canvas draws what just changed, in a task of its own. A hidden tab has no animation frames,
 * so a timer stands in after `fallbackMs`; whichever comes first runs it, once.
 *
 * The DOM layer waits here. Built in the same task as the key that changed the screen, its
 * patch (building the new content, idiomorph's diff, the page's layout) came before the
 * canvas could show the new screen: about 8 ms on the title and 1–5 ms on each screen after.
 * A screen reader hears the change a frame later, which no one can tell apart.
 */
export function afterPaint(work: () => void, fallbackMs = 100): void {
  let done = false;
  waiting += 1;
  const once = () => {
    if (done) return;
    done = true;
    waiting -= 1;
    clearTimeout(fallback);
    try {
      work();
    } finally {
      if (waiting === 0) for (const settle of settled.splice(0)) settle();
    }
  };
  const fallback = setTimeout(once, fallbackMs);
  requestAnimationFrame(() => setTimeout(once, 0));
}

let waiting = 0;
const settled: (() => void)[] = [];

/** Resolves once no work is waiting for a frame (the browser tests wait for the DOM layer with it). */
export const paintsDone = (): Promise<void> => (waiting === 0 ? Promise.resolve() : new Promise((resolve) => settled.push(resolve)));
