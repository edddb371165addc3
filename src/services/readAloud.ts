/**
 * Read-aloud with the browser's own speech (Web Speech API), no network: R reads the screen
 * on show; with auto-read on, each new question is read as it appears, and each reveal once it
 * shows whole (its verdict is never read before its beat). Off by
 * default. Where speech is missing, nothing happens and nothing breaks.
 */
import { screenOf } from '../core/screens/screen';
import type { GameStore } from '../state/store';
import { speechText } from '../i18n/speechText';
import { beatAt, lastBeat, showsEvidence } from '../core/screens/revealBeats';
import { t } from '../i18n/strings';

type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'>;

function synth(win: Window): Speech | null {
  return 'speechSynthesis' in win && typeof SpeechSynthesisUtterance !== 'undefined' ? win.speechSynthesis : null;
}

export function readScreen(store: GameStore, win: Window = window): boolean {
  const speech = synth(win);
  const s = store.getState();
  const screen = screenOf(s.pack, s.game);
  // A reveal before its whole beat says only what the screen asks: the verdict is not read out before it shows.
  const text = showsEvidence(beatAt(screen, s.beat)) ? speechText(screen) : t.sourcesAsk;
  if (!speech || !text) return false;
  speech.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.rate = s.settings.speechRate;
  u.lang = win.document.documentElement.lang || 'en';
  const voice = speech.getVoices().find((v) => v.name === s.settings.voice);
  if (voice) u.voice = voice;
  speech.speak(u);
  return true;
}

/** Auto-read: a new question or reveal on screen is read once, when read-aloud is on. */
export function attachReadAloud(store: GameStore, win: Window = window): () => void {
  // Browsers list their voices a moment after load: show them in the settings when they come.
  const speech = synth(win) as (Speech & Partial<EventTarget>) | null;
  speech?.addEventListener?.('voiceschanged', () => store.setState({}));
  return store.subscribe((s, prev) => {
    if (!s.settings.readAloud) return;
    const moved = s.game.phase !== prev.game.phase || s.game.round !== prev.game.round || s.game.level !== prev.game.level;
    if (moved && s.game.phase === 'round') readScreen(store, win);
    // A reveal is read once it shows whole: on reaching its last beat, or when it opens whole (returned to).
    else if (s.game.phase === 'reveal' && (moved || s.beat !== prev.beat) && s.beat >= lastBeat(screenOf(s.pack, s.game))) readScreen(store, win);
  });
}

/** The voices this browser offers, by name (empty where speech is unavailable). */
export function voiceNames(win: Window = window): string[] {
  return (
    synth(win)
      ?.getVoices()
      .map((v) => v.name) ?? []
  );
}
