/** The title in the DOM layer: the pack, its article, the packs on offer, and the three ways to start a session. */
import type { Screen } from '../core/screens/screen';
import type { AppState } from '../state/store';
import type { PackLoader } from '../services/packLoader';
import { h, type Child } from '../services/dom';
import { t } from '../i18n/strings';
import { button } from './debateViews';
import { speechSettings } from './speechControls';
import { roleAndKind } from '../i18n/attribution';
import { isolate } from '../core/pack/textSafety';

export function titleView(s: AppState, screen: Extract<Screen, { kind: 'title' }>, loader?: PackLoader): Child[] {
  const asking = s.confirmNewSession;
  return [
    h('h1', {}, t.gameTitle),
    h('p', {}, t.tagline),
    h('h2', {}, screen.packTitle),
    h('p', {}, `“${screen.source.title}” ${t.fromArticle(screen.source.outlet, screen.source.author, screen.source.date)}`),
    h('p', {}, screen.summary),
    screen.fiction ? h('p', { 'data-fiction': '' }, t.fiction) : null,
    screen.speakers.length
      ? h(
          'section',
          { 'aria-label': t.quotedInArticle, 'data-quoted': '' },
          h('h3', {}, t.quotedInArticle),
          h('ul', {}, ...screen.speakers.map((sp) => h('li', {}, `${isolate(sp.name)}, ${roleAndKind(sp, false, ', ')}`))),
        )
      : null,
    s.packs.length > 1
      ? h(
          'div',
          { role: 'group', 'aria-label': t.choosePack(s.packs.length) },
          ...s.packs.map((p, i) =>
            button(`${i + 1}. ${p.manifest.fiction ? `${t.fictionShort}: ` : ''}${p.manifest.title}`, () => s.choosePack(p.manifest.id), {
              'data-pack': p.manifest.id,
              'aria-pressed': String(p === s.pack),
            }),
          ),
        )
      : null,
    loader ? button(`${t.openPack} (L)`, () => loader.openPicker(), { 'data-action': 'open-pack' }) : null,
    loader && s.loadedPackIds.includes(s.pack.manifest.id)
      ? button(`${t.removePack} (Delete)`, () => void loader.removeCurrent(), { 'data-action': 'remove-pack' })
      : null,
    speechSettings(s),
    button(`${t.language} (E)`, () => s.setLanguage(s.settings.language === 'en' ? 'es' : 'en'), {
      'data-action': 'language',
      lang: s.settings.language === 'en' ? 'es' : 'en',
      'aria-label': t.languageHint,
    }),
    asking ? h('p', { role: 'alert', 'data-confirm-new-session': asking }, t.newSessionAsk(t.startKey[asking])) : null,
    screen.progress === 'unfinished' ? button(`${t.continueSession} (C)`, () => s.dispatch({ type: 'toLevelSelect' }), { 'data-action': 'continue' }) : null,
    button(t.playSolo, () => s.startSession('solo'), { 'data-action': 'next' }),
    button(t.playTeams, () => s.startSession('teams'), { 'data-action': 'teams' }),
    button(t.playAll, () => s.startSession('all'), { 'data-action': 'all' }),
  ];
}
