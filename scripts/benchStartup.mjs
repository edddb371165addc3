// Start-up against the bare-Phaser baseline, measured so that repeated runs of the check agree.
// Game and baseline loads are interleaved in pairs, the order swapped every pair (AB BA AB …),
// so both meet the machine in the same state. The figure is the ratio of the medians (the
// game's first question over the baseline's title), with a 95% confidence interval from a
// bootstrap over the pairs (resampled whole, so a pair's shared machine state stays paired).
// The verdict is decided on the interval: pass when its upper bound is ≤ the limit, fail when
// its lower bound is above it; when it straddles the limit, more pairs are run (in batches, up
// to a cap), and at the cap the point estimate decides. Each game load also reads its Largest
// Contentful Paint (a PerformanceObserver, buffered): the title must always have one.

/**
 * The way to the first question is the fastest a teacher can take (Enter through setup, poll,
 * list and intro); the time this script takes between seeing a screen and pressing the next
 * key is the user's, not the game's, so it is left out: question = title + the sum of
 * (screen drawn − key pressed) over the five keys.
 */
/* global window, addEventListener */
const PATH = ['Setup', 'Poll', 'LevelSelect', 'LevelIntro', 'Round'];
const SETTLE_MS = 1200;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A small seeded generator (mulberry32), so the same pairs always give the same interval. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ratio of medians of the pairs, and its 95% percentile-bootstrap interval. */
export function ratioInterval(pairs, resamples = 4000, seed = 17) {
  const ratio = (ps) => median(ps.map((p) => p.game)) / median(ps.map((p) => p.base));
  const next = rng(seed);
  const draws = [];
  for (let b = 0; b < resamples; b++) {
    const sample = Array.from({ length: pairs.length }, () => pairs[Math.floor(next() * pairs.length)]);
    draws.push(ratio(sample));
  }
  draws.sort((a, b) => a - b);
  return { ratio: ratio(pairs), low: draws[Math.floor(0.025 * (resamples - 1))], high: draws[Math.ceil(0.975 * (resamples - 1))] };
}

/** The decision on an interval against a limit: 'pass', 'fail', or 'undecided' (it straddles the limit). */
export function decide({ low, high }, limit) {
  if (high <= limit) return 'pass';
  if (low > limit) return 'fail';
  return 'undecided';
}

/** Read in the page: every Largest Contentful Paint candidate so far (buffered), or none. */
function readLcp() {
  return new Promise((resolve) => {
    const found = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        found.push({
          time: e.startTime,
          size: e.size,
          element: e.element ? `${e.element.tagName.toLowerCase()}${e.element.className ? `.${e.element.className}` : ''}` : null,
        });
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // Buffered entries arrive in the observer's first callback, within a frame or two.
    setTimeout(() => {
      observer.disconnect();
      resolve(found);
    }, 300);
  });
}

/**
 * Start-up pairs until the verdict is decided. `first` pairs, then `batch` more at a time up to
 * `cap`. Returns every run, the interval, the verdict and how it was reached, and the LCPs.
 */
export async function startupCheck(browser, gameUrl, baseUrl, { newPage, first = 21, batch = 10, cap = 61, limit = 1.3 } = {}) {
  const mark = (page, scene) =>
    page.waitForFunction((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, `on-the-record:${scene}`).then((h) => h.jsonValue());
  const once = async (url, game) => {
    // Let the last run's page finish closing first: its clean-up would land in this start-up.
    await new Promise((r) => setTimeout(r, 600));
    const { context, page } = await newPage(browser);
    await page.addInitScript(() => {
      window.__keys = [];
      addEventListener('keydown', (e) => window.__keys.push(e.timeStamp), true);
    });
    await page.goto(`${url}?renderer=canvas`);
    // Nothing runs in the page until it has settled: polling from here would inject the
    // driver's own script into the page's start-up and be timed with it.
    await page.waitForTimeout(SETTLE_MS);
    const title = await mark(page, 'Title');
    // Read before any key (input ends the page's LCP candidates), after the timed part.
    const lcp = await page.evaluate(readLcp);
    let question = title;
    if (game) {
      const drawn = [];
      for (const scene of PATH) {
        await page.keyboard.press('Enter');
        drawn.push(await mark(page, scene));
      }
      const keys = await page.evaluate(() => window.__keys);
      question = title + drawn.reduce((sum, d, k) => sum + (d - keys[k]), 0);
    }
    await context.close();
    return { title, question, lcp: lcp.at(-1) ?? null };
  };
  const pairs = [];
  const pair = async () => {
    // AB, then BA: the order swaps every pair.
    const gameFirst = pairs.length % 2 === 0;
    const a = gameFirst ? await once(gameUrl, true) : await once(baseUrl, false);
    const b = gameFirst ? await once(baseUrl, false) : await once(gameUrl, true);
    const [g, base] = gameFirst ? [a, b] : [b, a];
    pairs.push({ game: g.question, base: base.title, gameTitle: g.title, lcp: g.lcp, baseLcp: base.lcp });
  };
  for (let i = 0; i < first; i++) await pair();
  let interval = ratioInterval(pairs);
  let verdict = decide(interval, limit);
  while (verdict === 'undecided' && pairs.length < cap) {
    for (let i = 0; i < batch && pairs.length < cap; i++) await pair();
    interval = ratioInterval(pairs);
    verdict = decide(interval, limit);
  }
  const how = verdict === 'undecided' ? 'point estimate at the cap' : 'interval';
  if (verdict === 'undecided') verdict = interval.ratio <= limit ? 'pass' : 'fail';
  const lcps = pairs.map((p) => p.lcp).filter(Boolean);
  return {
    pairs,
    interval,
    verdict,
    how,
    limit,
    game: { title: median(pairs.map((p) => p.gameTitle)), question: median(pairs.map((p) => p.game)) },
    baseline: { title: median(pairs.map((p) => p.base)) },
    lcp: {
      runs: pairs.length,
      found: lcps.length,
      median: lcps.length ? median(lcps.map((l) => l.time)) : null,
      elements: [...new Set(lcps.map((l) => l.element))],
      baselineFound: pairs.filter((p) => p.baseLcp).length,
    },
  };
}

export function startupBudgets(start) {
  const { ratio, low, high } = start.interval;
  return [
    [
      'start-up to first question / baseline start-up',
      `${ratio.toFixed(3)} (95% CI ${low.toFixed(3)}–${high.toFixed(3)}, ${start.pairs.length} pairs, decided on the ${start.how})`,
      `≤ ${start.limit}: CI upper bound ≤ ${start.limit}`,
      start.verdict === 'pass',
    ],
    ['largest contentful paint on the title', `${start.lcp.found} of ${start.lcp.runs} loads`, 'every load', start.lcp.found === start.lcp.runs],
  ];
}

export function printStartup(start) {
  const { ratio, low, high } = start.interval;
  console.log(
    `start-up (median of ${start.pairs.length} interleaved pairs): game title ${start.game.title.toFixed(0)} ms, first question ${start.game.question.toFixed(0)} ms; baseline ${start.baseline.title.toFixed(0)} ms; ratio ${ratio.toFixed(3)}, 95% CI ${low.toFixed(3)}–${high.toFixed(3)}: ${start.verdict} (on the ${start.how})`,
  );
  const l = start.lcp;
  console.log(
    `largest contentful paint: ${l.found} of ${l.runs} game loads, median ${l.median === null ? '—' : `${l.median.toFixed(0)} ms`} (${l.elements.join(', ') || 'none'}); the baseline (canvas only) had one in ${l.baselineFound}`,
  );
}
