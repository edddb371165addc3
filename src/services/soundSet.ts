/**
 * The game's sound set, made for this project and generated in code with Web Audio: there is
 * no audio file to license or download (the set is the project's own, under its licence).
 * Each cue is a few notes and, for the stamp, a burst of filtered noise. "Not right" rises
 * softly, like a "hm, look again", never a buzzer.
 */
import type { Cue } from './soundCues';

export interface Note {
  /** Hz. */
  f: number;
  /** Start, in seconds after the cue. */
  at: number;
  /** Length in seconds. */
  dur: number;
  type: OscillatorType;
  /** Peak gain before the volume setting (kept low: a classroom's speakers are loud). */
  gain: number;
}

export interface CueSound {
  notes: Note[];
  /** A thump of low-passed noise (the stamp hitting the page). */
  noise?: { at: number; dur: number; cutoff: number; gain: number };
}

const n = (f: number, at: number, dur: number, type: OscillatorType = 'triangle', gain = 0.16): Note => ({ f, at, dur, type, gain });

/** Every cue's notes. The first note's pitch is unique to its cue (a test reads the graph by it). */
export const CUE_SOUNDS: Readonly<Record<Cue, CueSound>> = {
  pick: { notes: [n(880, 0, 0.06, 'sine', 0.08)] },
  lockIn: { notes: [n(659, 0, 0.08, 'square', 0.05), n(988, 0.07, 0.14, 'triangle', 0.12)] },
  stamp: { notes: [n(98, 0, 0.22, 'sine', 0.3)], noise: { at: 0, dur: 0.12, cutoff: 900, gain: 0.35 } },
  // A major arpeggio up to the octave.
  right: { notes: [n(523, 0.12, 0.16), n(659, 0.22, 0.16), n(784, 0.32, 0.16), n(1047, 0.42, 0.3)] },
  // Up a step, left open.
  partly: { notes: [n(494, 0.12, 0.18), n(587, 0.26, 0.3)] },
  // A soft rising fourth: "look again", not a fail.
  notRight: { notes: [n(330, 0.12, 0.22, 'sine', 0.14), n(440, 0.3, 0.32, 'sine', 0.12)] },
  tick: { notes: [n(1568, 0, 0.03, 'square', 0.04)] },
  // A short fanfare: a rising triad, then the chord held.
  podium: {
    notes: [n(392, 0, 0.14), n(523, 0.14, 0.14), n(659, 0.28, 0.14), n(784, 0.42, 0.5), n(523, 0.42, 0.5, 'triangle', 0.1), n(659, 0.42, 0.5, 'triangle', 0.1)],
  },
};

/** The bed under discussion time: a soft chord, two voices each, breathing slowly. */
export const BED = { chord: [220, 277.18, 329.63], gain: 0.025, breathHz: 0.12 } as const;

/** Plays one cue on `ctx` at `volume` (0–1). */
export function playCue(ctx: AudioContext, cue: Cue, volume: number): void {
  const sound = CUE_SOUNDS[cue];
  const now = ctx.currentTime + 0.01;
  for (const note of sound.notes) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const start = now + note.at;
    osc.type = note.type;
    osc.frequency.value = note.f;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, note.gain * volume), start + 0.012);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + note.dur);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + note.dur + 0.05);
  }
  if (sound.noise) {
    const { at, dur, cutoff, gain: peak } = sound.noise;
    const buffer = ctx.createBuffer(1, Math.ceil(ctx.sampleRate * dur), ctx.sampleRate);
    const data = buffer.getChannelData(0);
    for (let i = 0; i < data.length; i++) data[i] = (Math.random() * 2 - 1) * (1 - i / data.length) ** 2;
    const src = ctx.createBufferSource();
    const filter = ctx.createBiquadFilter();
    const gain = ctx.createGain();
    src.buffer = buffer;
    filter.type = 'lowpass';
    filter.frequency.value = cutoff;
    gain.gain.value = peak * volume;
    src.connect(filter).connect(gain).connect(ctx.destination);
    src.start(now + at);
  }
}

/** Starts the discussion bed; the returned function fades it out and stops it. */
export function startBed(ctx: AudioContext, volume: number): () => void {
  const master = ctx.createGain();
  const now = ctx.currentTime;
  master.gain.setValueAtTime(0.0001, now);
  master.gain.exponentialRampToValueAtTime(BED.gain * volume, now + 2);
  // A slow swell, so the bed breathes instead of droning.
  const lfo = ctx.createOscillator();
  const depth = ctx.createGain();
  lfo.frequency.value = BED.breathHz;
  depth.gain.value = BED.gain * volume * 0.4;
  lfo.connect(depth).connect(master.gain);
  master.connect(ctx.destination);
  const voices = BED.chord.flatMap((f) =>
    [-3, 3].map((cents) => {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = f;
      osc.detune.value = cents;
      osc.connect(master);
      return osc;
    }),
  );
  for (const o of [lfo, ...voices]) o.start(now);
  return () => {
    const end = ctx.currentTime;
    master.gain.cancelScheduledValues(end);
    master.gain.setValueAtTime(Math.max(0.0001, master.gain.value), end);
    master.gain.exponentialRampToValueAtTime(0.0001, end + 0.6);
    for (const o of [lfo, ...voices]) o.stop(end + 0.7);
  };
}
