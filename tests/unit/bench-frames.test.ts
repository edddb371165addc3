import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the benchmark, without types
import { cpuPerFrame } from '../../scripts/benchFrames.mjs';

/** A trace as Chromium writes it: thread names, the page's frame marks, top-level tasks (µs). */
function trace(tasks: { thread: 'main' | 'viz'; ts: number; dur: number }[], marks: [string, number][]) {
  const page = { pid: 1, tid: 1 };
  const viz = { pid: 2, tid: 7 };
  return [
    { ph: 'M', name: 'thread_name', ...page, args: { name: 'CrRendererMain' } },
    { ph: 'M', name: 'thread_name', ...viz, args: { name: 'VizCompositorThread' } },
    ...marks.map(([name, ts]) => ({ ph: 'R', cat: 'blink.user_timing', name, ts, ...page })),
    ...tasks.map((t) => ({ ph: 'X', cat: 'toplevel', ts: t.ts, dur: t.dur, tdur: t.dur, ...(t.thread === 'main' ? page : viz) })),
  ];
}

describe('bench: CPU per frame', () => {
  const marks: [string, number][] = [
    ['otr-frame:0', 0],
    ['otr-frame-end:0', 5_000],
    ['otr-frame:1', 16_700],
    ['otr-frame-end:1', 21_000],
  ];

  it('counts a display-compositor draw once, in the frame it starts in, even when it ends in the next', () => {
    const events = trace(
      [
        { thread: 'main', ts: -200, dur: 4_000 },
        { thread: 'viz', ts: 6_000, dur: 13_000 },
        { thread: 'main', ts: 16_500, dur: 4_000 },
        { thread: 'viz', ts: 22_000, dur: 12_000 },
      ],
      marks,
    );
    const frames = cpuPerFrame(events);
    expect(frames.get(0).viz).toBe(13);
    expect(frames.get(1).viz).toBe(12);
    // The main thread's step runs in a task that began just before the frame's mark: still counted.
    expect(frames.get(0).main).toBe(4);
    expect(frames.get(1).busiest).toBe(12);
  });

  it('still adds up every draw that starts inside one frame', () => {
    const events = trace(
      [
        { thread: 'viz', ts: 2_000, dur: 6_000 },
        { thread: 'viz', ts: 9_000, dur: 7_000 },
      ],
      marks,
    );
    expect(cpuPerFrame(events).get(0).viz).toBe(13);
  });
});
