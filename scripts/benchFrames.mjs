// Frame cost while the game animates: a scripted reveal (its three beats), a level summary
// (the standings page between levels) and the final results (the podium), with the motion on.
// Headless Chromium without a GPU paces requestAnimationFrame, so rAF deltas only ever say
// "16.7 ms"; this measures the work of each frame instead. Phaser's loop step is wrapped: a
// frame's cost runs from the start of the step to the first task after the frame's rendering
// update (a MessageChannel message posted from inside the step runs only once the browser has
// also laid out, painted and flushed the canvas), so the canvas's own drawing is counted too.
// A frame counts as animated when a tween or a timeline was running as it started; the budget
// is on those. A run that saw no animated frame fails, so a broken motion system cannot pass.
//
// The way to each screen is played by the core itself (runnerImport of src/core, the reducer
// the page runs): every team of an all-teams class of four answers every round, so the reveal
// shows each team's pick and the podium has three places. The page is driven through its
// store (dispatch, and advance() for Space), never by keys: a key would skip the animation.
// page.evaluate callbacks run in the browser (eslint.config.js names the browser globals for bench.mjs only).
/* global window, document, requestAnimationFrame */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const TEAMS = 4;
// The page opens with ?seed=SEED, so its lists (and a who's-who round's first quote) are the walk's.
const SEED = 7;
const DEBATES = new Set(['case', 'whoswho', 'verdict']);
const PACK = 'cecot-2025';
/** Actions the walk never takes: leaving, the menu, the article, restarting, the poll and level choices. */
const NEVER = new Set([
  'back',
  'openMenu',
  'toTitle',
  'toLevelSelect',
  'restart',
  'startSession',
  'endSession',
  'showSource',
  'readArticle',
  'setMode',
  'poll',
  'openLevel',
]);

/**
 * The three scenarios as action lists: `prefix` brings a fresh game to the moment before,
 * `trigger` opens the screen, then `advances` calls of the store's advance() (Space) step it.
 */
export async function frameScenarios(root) {
  const imp = async (p) => (await runnerImport(join(root, p))).module;
  const { loadPack } = await imp('src/core/pack/validate.ts');
  const { currentRound, initialState, reduce } = await imp('src/core/rules/game.ts');
  const { legalActions } = await imp('src/core/rules/legalActions.ts');
  const dir = join(root, 'levels', PACK);
  const files = Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const loaded = loadPack(files);
  if (!loaded.ok) throw new Error(`bench: the ${PACK} pack does not load`);
  const pack = loaded.pack;
  const actions = [];
  let s = initialState(SEED);
  const take = (a) => {
    const out = reduce(pack, s, a);
    if (!out.ok) return false;
    actions.push({ action: a, from: s.phase, to: out.state.phase, kind: currentRound(pack, s)?.type ?? null });
    s = out.state;
    return true;
  };
  for (const a of [{ type: 'setMode', mode: 'all' }, { type: 'next' }, { type: 'setTeamCount', count: TEAMS }]) {
    if (!take(a)) throw new Error(`bench: ${a.type} refused on the way to the class setup`);
  }
  let guard = 0;
  while (s.phase !== 'final' && guard++ < 5000) {
    const legal = legalActions(pack, s).filter((a) => !NEVER.has(a.type));
    const unpicked = s.mode === 'all' && s.phase === 'round' && !s.draft ? s.teamPicks.findIndex((p) => p.length === 0) : -1;
    const chooses = legal.filter((a) => a.type === 'choose');
    let pick;
    if (unpicked >= 0 && s.activeTeam !== unpicked) pick = legal.find((a) => a.type === 'setActiveTeam' && a.team === unpicked);
    // Each team its own answer, shifting by round, so the teams' totals (and the podium) differ.
    else if (unpicked >= 0 && chooses.length > 0) pick = chooses[(unpicked * 2 + s.round) % chooses.length];
    pick ??= legal.find((a) => a.type === 'confirm') ?? legal.find((a) => a.type === 'debate' && useful(s, a)) ?? legal.find((a) => a.type === 'next');
    if (!pick || !take(pick)) throw new Error(`bench: the walk is stuck in ${s.phase}`);
  }
  if (s.phase !== 'final') throw new Error('bench: the walk never reached the final results');
  const at = (test) => {
    const i = actions.findIndex(test);
    if (i < 0) throw new Error('bench: a scenario was not found on the walk');
    return { prefix: actions.slice(0, i).map((x) => x.action), trigger: actions[i].action };
  };
  // A pick round's reveal (a debate's has no beats), locked in from the round.
  const pickReveal = (x) => x.from === 'round' && x.to === 'reveal' && !DEBATES.has(x.kind);
  return [
    { name: 'reveal', ...at(pickReveal), advances: 2 },
    { name: 'levelSummary', ...at((x) => x.to === 'levelSummary' && x.from !== 'levelSummary'), advances: 0 },
    { name: 'final', ...at((x) => x.to === 'final' && x.from !== 'final'), advances: 0 },
  ];
}

/** Skips moves that would undo or flip what a draft already has, so the walk moves on (as tests/e2e/finishedGame.ts). */
function useful(s, a) {
  const m = a.move;
  const d = s.draft;
  if (m.kind === 'undo' || m.kind === 'hold') return false;
  if (m.kind === 'play' && d && (d.kind === 'case' ? d.played.some((p) => p.card === m.card) : d.kind === 'verdict' && d.cards.includes(m.card))) return false;
  if (m.kind === 'sort' && d?.kind === 'whoswho' && d.sort[m.speaker]) return false;
  if (m.kind === 'place' && d?.kind === 'verdict' && d.position) return false;
  return true;
}

/** Installed in the page: wraps Phaser's loop step, records each frame's cost, and settles. */
function installProbe() {
  const w = window;
  const game = w.onTheRecord.game;
  const loop = game.loop;
  const probe = { on: false, frames: [], scenario: '' };
  w.__frameProbe = probe;
  // A timeline listens to its scene's 'update' with itself as the context (Phaser.Time.Timeline).
  const timelineRunning = (scene) => {
    const l = scene.sys.events._events?.update;
    const list = !l ? [] : Array.isArray(l) ? l : [l];
    return list.some((e) => e.context && Array.isArray(e.context.events) && e.context.paused === false && e.context.complete === false);
  };
  const moving = () => {
    let tweens = 0;
    let timelines = 0;
    for (const scene of game.scene.getScenes(true)) {
      tweens += scene.sys.tweens?.getTweens().length ?? 0;
      if (timelineRunning(scene)) timelines += 1;
    }
    return { tweens, timelines };
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => {
    const f = probe.frames[e.data];
    if (!f) return;
    f.frame = performance.now() - f.t0;
    performance.mark(`otr-frame-end:${e.data}`);
  };
  const step = loop.callback;
  loop.callback = function (time, delta) {
    if (!probe.on) return step.call(this, time, delta);
    const m = moving();
    // The marks are the trace's frame bounds (the main thread's CPU time is read from the trace).
    performance.mark(`otr-frame:${probe.frames.length}`);
    const t0 = performance.now();
    step.call(this, time, delta);
    const t1 = performance.now();
    const i =
      probe.frames.push({
        scenario: probe.scenario,
        t0,
        step: t1 - t0,
        frame: NaN,
        animated: m.tweens + m.timelines > 0,
        tweens: m.tweens,
        timelines: m.timelines,
      }) - 1;
    channel.port2.postMessage(i);
  };
  // Settled: the loop has slept for 300 ms on end (it sleeps when nothing moves), or 8 s passed.
  probe.settle = () =>
    new Promise((resolve) => {
      const start = performance.now();
      let since = null;
      const tick = () => {
        const now = performance.now();
        if (loop.running) since = null;
        else since ??= now;
        if ((since !== null && now - since >= 300) || now - start > 8000) resolve({ ms: now - start, asleep: !loop.running });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
}

/** Traces the browser (its top-level tasks, with their thread times, and the page's marks). */
async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', ...(process.env.BENCH_TRACE_CATS ?? '').split(',').filter(Boolean)] },
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/**
 * Each frame's CPU time on the three threads a frame passes through: the page's main thread
 * (Phaser's step, style, paint, the canvas's flush), the renderer's compositor, and the display
 * compositor (Viz: without a GPU it composites the whole canvas in software, which at 4K is
 * most of a frame's cost). Thread time (tdur) of each thread's top-level tasks, so time a
 * thread waited, or another process held the core, is not counted. The main thread's window
 * runs from the frame's step to the first task after its rendering; the compositors' from the
 * frame's step to the next frame's (at most 100 ms), as they work on it after the main thread.
 * Those windows tile the timeline, so a compositor task belongs to the window it starts in: a
 * 13 ms software draw that began in one frame and ended in the next was counted in both, and
 * the 4K figure read as two or three draws a frame when the trace shows one.
 * A frame's cost is its busiest thread's: the frames are pipelined, so that thread sets the rate.
 */
export function cpuPerFrame(events) {
  const marks = events.filter((e) => e.cat === 'blink.user_timing' && /^otr-frame(-end)?:\d+$/.test(e.name));
  if (marks.length === 0) return new Map();
  const { pid, tid } = marks[0];
  const threadName = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const toplevel = events.filter((e) => e.ph === 'X' && e.cat === 'toplevel' && typeof e.tdur === 'number').sort((a, b) => a.ts - b.ts);
  const on = (test) => toplevel.filter((e) => test(e, threadName.get(`${e.pid}:${e.tid}`)));
  const main = on((e) => e.pid === pid && e.tid === tid);
  const compositor = on((e, name) => e.pid === pid && name === 'Compositor');
  const viz = on((_e, name) => name === 'VizCompositorThread');
  const at = new Map();
  for (const m of marks) {
    const [name, i] = m.name.split(':');
    const row = at.get(Number(i)) ?? {};
    row[name === 'otr-frame' ? 'start' : 'end'] = m.ts;
    at.set(Number(i), row);
  }
  const starts = [...at.values()]
    .map((r) => r.start)
    .filter((t) => t !== undefined)
    .sort((a, b) => a - b);
  // `overlap`: a task counts when it overlaps the window (the main thread's step runs inside a
  // task that began just before the frame's mark); otherwise when it starts in [from, to).
  const cpu = (tasks, from, to, overlap = false) => {
    // Tasks nest (a task running a nested loop): count the outermost only.
    let until = -Infinity;
    let us = 0;
    for (const t of tasks) {
      const outside = overlap ? t.ts + t.dur < from || t.ts > to : t.ts < from || t.ts >= to;
      if (outside || t.ts < until) continue;
      until = t.ts + t.dur;
      us += t.tdur;
    }
    return us / 1000;
  };
  const out = new Map();
  for (const [i, { start, end }] of at) {
    if (start === undefined || end === undefined) continue;
    const next = Math.min(starts.find((t) => t > start) ?? Infinity, start + 100_000);
    const row = { main: cpu(main, start, end, true), compositor: cpu(compositor, start, next), viz: cpu(viz, start, next) };
    out.set(i, { ...row, busiest: Math.max(row.main, row.compositor, row.viz) });
  }
  return out;
}

const pct = (xs, p) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]);
const stats = (xs) => ({ n: xs.length, p50: pct(xs, 0.5), p95: pct(xs, 0.95), max: xs.length ? Math.max(...xs) : NaN });

/**
 * One page at this size and renderer plays the three scenarios (each from a fresh page load, so
 * one's state never carries into the next) and returns the frames' costs.
 */
export async function frameCost(browser, url, scenarios, { width = 1920, height = 1080, dsf = 1, renderer = 'canvas' } = {}) {
  const out = { scenarios: {}, settled: true };
  const pooled = [];
  const pooledWall = [];
  for (const sc of scenarios) {
    // A context each: the save one scenario leaves would resume in the next.
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dsf, serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await page.goto(`${url}?renderer=${renderer}&seed=${SEED}`);
      await page.waitForSelector('html[data-ready="true"]');
      await page.waitForFunction(() => window.onTheRecord?.game?.loop);
      await page.evaluate(installProbe);
      const refused = await page.evaluate((list) => {
        const store = window.onTheRecord.store;
        const i = list.findIndex((a) => !store.getState().dispatch(a));
        return i < 0 ? null : { i, action: list[i], phase: store.getState().game.phase };
      }, sc.prefix);
      if (refused) throw new Error(`bench: on the way to ${sc.name}, action ${refused.i} ${JSON.stringify(refused.action)} refused in ${refused.phase}`);
      await page.evaluate(() => window.__frameProbe.settle());
      const trace = await startTrace(context, page);
      const settles = await page.evaluate(
        async ({ trigger, advances, name }) => {
          const p = window.__frameProbe;
          const store = window.onTheRecord.store;
          p.scenario = name;
          p.on = true;
          const done = [];
          store.getState().dispatch(trigger);
          done.push(await p.settle());
          for (let i = 0; i < advances; i++) {
            store.getState().advance();
            done.push(await p.settle());
          }
          p.on = false;
          return done;
        },
        { trigger: sc.trigger, advances: sc.advances, name: sc.name },
      );
      const events = await trace.stop();
      if (process.env.BENCH_TRACE_DIR)
        writeFileSync(join(process.env.BENCH_TRACE_DIR, `${sc.name}-${width}x${height}@${dsf}-${renderer}.json`), JSON.stringify(events));
      const cpu = cpuPerFrame(events);
      const frames = (await page.evaluate(() => window.__frameProbe.frames))
        .map((f, i) => ({ ...f, ...(cpu.get(i) ?? { busiest: NaN }) }))
        .filter((f) => Number.isFinite(f.frame) && Number.isFinite(f.busiest));
      const animated = frames.filter((f) => f.animated);
      pooled.push(...animated.map((f) => f.busiest));
      pooledWall.push(...animated.map((f) => f.frame));
      out.scenarios[sc.name] = {
        frames: frames.length,
        animated: animated.length,
        cpu: stats(animated.map((f) => f.busiest)),
        main: stats(animated.map((f) => f.main)),
        compositor: stats(animated.map((f) => f.compositor)),
        viz: stats(animated.map((f) => f.viz)),
        wall: stats(animated.map((f) => f.frame)),
        step: stats(animated.map((f) => f.step)),
        allCpu: stats(frames.map((f) => f.busiest)),
        settleMs: settles.map((x) => Math.round(x.ms)),
      };
      if (settles.some((x) => !x.asleep)) out.settled = false;
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('#game canvas');
        return { w: c.width, css: c.getBoundingClientRect().width };
      });
      out.crisp = canvas.w / (canvas.css * Math.min(2, dsf));
    } finally {
      await context.close();
    }
  }
  const every = Object.values(out.scenarios);
  out.pooled = stats(pooled);
  out.pooledWall = stats(pooledWall);
  out.animated = every.reduce((n, s) => n + s.animated, 0);
  out.frames = every.reduce((n, s) => n + s.frames, 0);
  out.noneIn = Object.entries(out.scenarios)
    .filter(([, s]) => s.animated === 0)
    .map(([k]) => k);
  return out;
}

export function frameBudgets(frame) {
  const row = (label, run, limit) => {
    // Over every animated frame of the three scenarios together: each frame's busiest thread.
    const worst = run.pooled.p95;
    const counts = Object.entries(run.scenarios)
      .map(([k, s]) => `${k} ${s.animated}`)
      .join(', ');
    return [
      `frame work p95 during reveal, summary, podium: ${label}`,
      `${worst.toFixed(1)} ms (animated frames: ${counts})`,
      `≤ ${limit} ms, animated frames in each`,
      Number.isFinite(worst) && worst <= limit && run.noneIn.length === 0,
    ];
  };
  return [row('1920×1080 DSF 1 (canvas)', frame.hd, 16.7), row('3840×2160 DSF 2 (canvas)', frame.uhd, 33.4)];
}

export function printFrames(frame) {
  const f = (s) => (Number.isFinite(s.p50) ? `${s.p50.toFixed(1)}/${s.p95.toFixed(1)}/${s.max.toFixed(1)}` : '—');
  console.log("Frames while something moves, CPU ms p50/p95/max (a frame: its busiest thread; then each thread; Phaser's step; wall clock, load included):");
  console.log('| run | scenario | frames (animated) | frame | main thread | compositor | display compositor | Phaser step | wall |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, run] of Object.entries(frame)) {
    for (const [name, s] of Object.entries(run.scenarios)) {
      console.log(
        `| ${label} | ${name} | ${s.frames} (${s.animated}) | ${f(s.cpu)} | ${f(s.main)} | ${f(s.compositor)} | ${f(s.viz)} | ${f(s.step)} | ${f(s.wall)} |`,
      );
    }
  }
}
