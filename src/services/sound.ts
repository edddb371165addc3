/**
 * Optional sound, generated with Web Audio (soundSet.ts): lock-in, the stamp, right and not
 * right, the last ten seconds, the podium, and a quiet bed under discussion time. Off by
 * default; M toggles, the menu sets the volume and the music, remembered per device. Nothing
 * plays, and no audio context is made, before the first key press or click on the page
 * (browsers would refuse it, and a projector should never start beeping by itself).
 */
import type { GameStore } from '../state/store';
import { bedPlays, soundCues } from './soundCues';
import { playCue, startBed } from './soundSet';

export function attachSound(store: GameStore, win: Window = window): () => void {
  let ctx: AudioContext | null = null;
  let gestured = false;
  let stopBed: (() => void) | null = null;
  const context = (): AudioContext | null => {
    if (!gestured) return null;
    try {
      ctx ??= new AudioContext();
      if (ctx.state === 'suspended') void ctx.resume();
      return ctx;
    } catch {
      // No audio on this device: the game is the same without it.
      return null;
    }
  };
  const syncBed = () => {
    const s = store.getState();
    const wanted = bedPlays(s);
    if (wanted && !stopBed) {
      const c = context();
      if (c) stopBed = startBed(c, s.settings.volume);
    } else if (!wanted && stopBed) {
      stopBed();
      stopBed = null;
    }
  };
  const onGesture = () => {
    gestured = true;
    win.removeEventListener('keydown', onGesture, true);
    win.removeEventListener('pointerdown', onGesture, true);
    syncBed();
  };
  win.addEventListener('keydown', onGesture, true);
  win.addEventListener('pointerdown', onGesture, true);
  const unsubscribe = store.subscribe((s, prev) => {
    const cues = soundCues(prev, s);
    if (cues.length > 0) {
      const c = context();
      if (c) for (const cue of cues) playCue(c, cue, s.settings.volume);
    }
    // A new volume restarts the bed at it.
    if (stopBed && s.settings.volume !== prev.settings.volume) {
      stopBed();
      stopBed = null;
    }
    syncBed();
  });
  return () => {
    unsubscribe();
    stopBed?.();
    win.removeEventListener('keydown', onGesture, true);
    win.removeEventListener('pointerdown', onGesture, true);
  };
}
