/** Read-aloud in the DOM layer: read this screen, auto-read on or off, the speed and the voice. */
import { SPEECH_RATES } from '../state/settings';
import type { AppState, GameStore } from '../state/store';
import { readScreen, voiceNames } from '../services/readAloud';
import { t } from '../i18n/strings';
import { button } from './debateViews';
import { h } from '../services/dom';

export function readNowButton(store: GameStore): HTMLButtonElement {
  return button(`${t.readNow} (R)`, () => void readScreen(store), { 'data-action': 'read-aloud' });
}

export function speechSettings(s: AppState): HTMLElement {
  const rate = h(
    'select',
    {
      id: 'speech-rate',
      onchange: (e: Event) => s.setSpeech({ speechRate: Number((e.target as HTMLSelectElement).value) as AppState['settings']['speechRate'] }),
    },
    ...SPEECH_RATES.map((r) => h('option', { value: String(r), ...(r === s.settings.speechRate ? { selected: true } : {}) }, `${r}×`)),
  );
  const voices = voiceNames();
  const voice = h(
    'select',
    { id: 'speech-voice', onchange: (e: Event) => s.setSpeech({ voice: (e.target as HTMLSelectElement).value || null }) },
    h('option', { value: '' }, t.defaultVoice),
    ...voices.map((v) => h('option', { value: v, ...(v === s.settings.voice ? { selected: true } : {}) }, v)),
  );
  return h(
    'section',
    { 'data-speech': '' },
    button(`${t.readAloud(s.settings.readAloud)} (Shift+R)`, () => s.setSpeech({ readAloud: !s.settings.readAloud }), {
      'data-action': 'auto-read',
      'aria-pressed': String(s.settings.readAloud),
    }),
    h('label', { for: 'speech-rate' }, t.speechRate),
    rate,
    h('label', { for: 'speech-voice' }, t.voice),
    voice,
    voices.length === 0 ? h('p', {}, t.speechMissing) : null,
  );
}
