/**
 * Optional sound effects, generated with Web Audio so there is no audio file to license
 * or download. Off by default; M toggles. Never required to play.
 */
import type { GameStore } from '../state/store';
import type { Verdict } from '../core/pack/schema';

const TONES: Readonly<Record<Verdict, number[]>> = {
  supported: [523, 784],
  partial: [523, 587],
  unsupported: [392, 349],
  contradicted: [330, 262],
};

export function attachSound(store: GameStore): () => void {
  let ctx: AudioContext | null = null;
  const play = (freqs: number[]) => {
    try {
      ctx ??= new AudioContext();
      freqs.forEach((f, i) => {
        const osc = ctx!.createOscillator();
        const gain = ctx!.createGain();
        const start = ctx!.currentTime + i * 0.12;
        osc.frequency.value = f;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
        osc.connect(gain).connect(ctx!.destination);
        osc.start(start);
        osc.stop(start + 0.3);
      });
    } catch {
      // No audio on this device: the game is the same without it.
    }
  };
  return store.subscribe((s, prev) => {
    if (!s.settings.sound) return;
    if (s.game.phase === 'reveal' && prev.game.phase === 'round') {
      const level = s.pack.levels[s.game.level];
      const rec = level && s.game.records[level.id]?.[level.rounds[s.game.round]?.id ?? ''];
      if (rec) play(TONES[rec.verdict]);
    } else if (s.game.selection !== prev.game.selection && s.game.selection.length > 0) {
      play([660]);
    }
  });
}
