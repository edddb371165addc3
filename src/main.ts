import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import './platform/fonts'; // starts fetching the typeface while the rest of the script runs
import Phaser from 'phaser';
import { mountAccessibleLayer } from './a11y/AccessibleLayer';
import { paintsDone } from './a11y/afterPaint';
import { h } from './services/dom';
import { formatIssue } from './core/pack/issues';
import { parseSeed } from './core/rules/order';
import { builtinPacks } from './packs';
import { Boot, FONTS_READY } from './scenes/Boot';
import { Help } from './scenes/Help';
import { ResumePrompt } from './scenes/ResumePrompt';
import { CaseRound } from './scenes/CaseRound';
import { Poll } from './scenes/Poll';
import { Scorecard } from './scenes/Scorecard';
import { VerdictRound } from './scenes/VerdictRound';
import { WhosWho } from './scenes/WhosWho';
import { directScenes } from './scenes/director';
import { FinalResults } from './scenes/FinalResults';
import { LevelIntro } from './scenes/LevelIntro';
import { LevelSelect } from './scenes/LevelSelect';
import { LevelSummary } from './scenes/LevelSummary';
import { Menu } from './scenes/Menu';
import { Reveal } from './scenes/Reveal';
import { Round } from './scenes/Round';
import { SourceView } from './scenes/SourceView';
import { ArticleReader } from './scenes/ArticleReader';
import { Title } from './scenes/Title';
import { Setup } from './scenes/Setup';
import { attachPersistence, browserStorage, nothingSaved } from './state/attachPersistence';
import { attachClock } from './state/clock';
import { createGameStore, type Settings } from './state/store';
import { readStoredPacks } from './state/packStore';
import { hasSomethingToLoad, savedPackId } from './state/saveSlot';
import { attachPackLoader } from './services/packLoader';
import { checkStoredPacks } from './services/storedPackCheck';
import { playFromStudio } from './services/playFromStudio';
import { attachRecovery } from './services/recovery';
import { browserLocks, claimTab, tabFlags, takeOverAsked } from './services/tabOwner';
import { attachTabNotice } from './services/tabDialog';
import { attachReadAloud } from './services/readAloud';
import { registerOffline } from './services/offline';
import { attachIdleLoop } from './platform/idleLoop';
import { attachMotionSkip, motionStats, setMotionSetting } from './platform/motion';
import { instantBuiltinTextures } from './platform/instantTextures';
import { afterFirstScreen } from './platform/startupMarks';
import { browserLanguage, setLanguage, t } from './i18n/strings';
import { attachTimerAnnouncer } from './a11y/timerAnnouncer';
import { mountTimeLeft, TIME_LEFT_ID } from './a11y/timeLeft';
import { hitAreas } from './platform/hitAreas';
import { attachBlank } from './platform/blank';
import { attachKeyboard } from './input/keyboard';
import { chooseRenderer } from './platform/renderer';
import { attachSound } from './services/sound';
import { attachRevealAutoAdvance } from './services/revealAutoAdvance';
import { COLOR, DESIGN, applyTextSize, applyTheme } from './platform/theme';
import { setRevealPaging } from './state/view';

async function start(): Promise<void> {
  const a11yRoot = document.getElementById('a11y')!;
  // One tab holds the session (services/tabOwner.ts). Taking the game over must read the other
  // tab's last save after that tab has stopped saving, so it waits for the lock. A plain start
  // does not: the lock's answer took about 60 ms, all of it before the title. The save is only
  // read meanwhile, and this tab writes nothing until it knows it holds the session.
  const takingOver = takeOverAsked(tabFlags());
  const tab = claimTab(browserLocks(), takingOver);
  const packs = builtinPacks();
  const playable = packs.flatMap((p) => (p.result.ok ? [p.result.pack] : []));
  const broken = packs.filter((p) => !p.result.ok);
  if (broken.length > 0 || playable.length === 0) {
    // A broken pack is shown as a readable list, never a blank screen.
    const list = broken.flatMap((p) => (p.result.ok ? [] : p.result.issues.map((i) => `levels/${p.folder}/${formatIssue(i)}`)));
    document.body.append(h('section', { class: 'pack-errors', role: 'alert' }, h('h2', {}, t.packErrors), h('ul', {}, ...list.map((l) => h('li', {}, l)))));
    if (playable.length === 0) return;
  }

  // Phaser boots (its default textures, its first frame, Boot) while the packs a teacher stored
  // are read; no screen draws before both are in. Its background shows only behind the splash:
  // each screen paints its own, in the saved theme.
  const renderer = chooseRenderer();
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: 'game',
    width: DESIGN.width,
    height: DESIGN.height,
    backgroundColor: COLOR.background,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    render: { roundPixels: true, antialias: true, failIfMajorPerformanceCaveat: false, desynchronized: renderer === 'canvas' },
    scale: { mode: Phaser.Scale.NONE },
    callbacks: { preBoot: instantBuiltinTextures },
    scene: [Boot],
  });
  const fontsReady = new Promise<void>((resolve) => game.events.once(FONTS_READY, () => resolve()));

  // Packs a teacher loaded earlier, checked again with the same code; a built-in id always wins.
  // Reading them can take a while; only a saved game on one of them waits for it. Otherwise
  // they join the list once read (the title redraws its tabs). The checker (and the schema
  // library under it) loads only when there is a stored pack or a saved game to check.
  const builtinIds = new Set(playable.map((p) => p.manifest.id));
  // Read now, checked (in a worker, see services/storedPackCheck.ts) when needed; a pack that no
  // longer passes is kept aside and named in a notice.
  const stored = readStoredPacks();
  const check = (known: ReadonlySet<string>) => checkStoredPacks(known, stored);
  if (takingOver) await tab.settled;
  const storage = browserStorage();
  const reader = hasSomethingToLoad(storage) ? import('./state/persistence') : null;
  const savedId = savedPackId(storage);
  const waitForStored = savedId !== null && !builtinIds.has(savedId);
  const first = waitForStored ? await check(builtinIds) : null;
  const loaded = first?.packs ?? [];
  // `?seed=N` fixes the order of every list (tests, and a teacher who printed an answer sheet).
  const fixedSeed = parseSeed(new URLSearchParams(location.search).get('seed'));
  const store = createGameStore(playable[0]!, undefined, [...playable, ...loaded], { seed: fixedSeed });
  store.setState({ loadedPackIds: loaded.map((p) => p.manifest.id) });
  if (!waitForStored) {
    void check(new Set(store.getState().packs.map((p) => p.manifest.id))).then(({ packs: more, newlyAside }) => {
      const { packs, loadedPackIds, setPacks, notice } = store.getState();
      if (more.length > 0) setPacks([...packs, ...more], [...loadedPackIds, ...more.map((p) => p.manifest.id)]);
      if (newlyAside.length > 0 && !notice) store.setState({ notice: { kind: 'packs-aside', packs: newlyAside } });
      playFromStudio(store, location.search);
    });
  }
  // A first visit speaks the browser's language; a saved choice then wins.
  store.setState({ settings: { ...store.getState().settings, language: browserLanguage() } });
  attachPersistence(store, storage, reader ? (await reader).loadSaved : nothingSaved, undefined, tab.saves, first?.aside, tab.settled);
  if (waitForStored) playFromStudio(store, location.search);
  // Packs set aside now, unless the save's notice already names the one it was on.
  if (first && first.newlyAside.length > 0 && !store.getState().notice) store.setState({ notice: { kind: 'packs-aside', packs: first.newlyAside } });
  // A fixed seed wins over a restored session's own: the printed sheet and the screen must agree.
  const restored = store.getState().game;
  if (fixedSeed !== null && restored.seed !== fixedSeed) store.setState({ game: { ...restored, seed: fixedSeed } });
  // The display settings (text size, theme) come from the saved settings before anything is drawn.
  const applyDisplay = (s: Settings) => {
    applyTextSize(s.textSize);
    setRevealPaging(s.textSize);
    applyTheme(s.theme);
    setLanguage(s.language);
    setMotionSetting(s.motion);
    document.documentElement.lang = s.language;
    Object.assign(document.documentElement.dataset, { theme: s.theme, textSize: s.textSize });
  };
  applyDisplay(store.getState().settings);
  attachTabNotice(tab);
  const packLoader = attachPackLoader(store, builtinIds);
  game.registry.set('store', store);
  game.registry.set('packLoader', packLoader);
  // A new text size or theme redraws every scene on screen (each reads SIZE and COLOR as it draws).
  store.subscribe((s, prev) => {
    const { textSize, theme, language } = s.settings;
    setMotionSetting(s.settings.motion);
    if (textSize === prev.settings.textSize && theme === prev.settings.theme && language === prev.settings.language) return;
    applyDisplay(s.settings);
    for (const scene of game.scene.getScenes(true)) scene.scene.restart();
  });
  // After Boot has the typeface (not Phaser's own 'ready', which comes before it).
  void fontsReady.then(() => {
    // Idle is idle: the loop renders only for a moment after something changes.
    attachIdleLoop(game, store);
    directScenes(game, store, {
      Title,
      Setup,
      Poll,
      LevelSelect,
      LevelIntro,
      Round,
      CaseRound,
      WhosWho,
      VerdictRound,
      Reveal,
      Scorecard,
      LevelSummary,
      FinalResults,
      Menu,
      SourceView,
      ArticleReader,
      Help,
      ResumePrompt,
    });
  });
  mountAccessibleLayer(a11yRoot, store, packLoader);
  // Before the keyboard: a key first ends what is moving, then does what it does.
  attachMotionSkip(game);
  // Phaser also listens on the window, so a click on a DOM dialog's button pressed the canvas
  // button under it too (Data on this device's Remove landed on the menu's Erase all data).
  // While a press or release is in a dialog, the canvas takes no pointer input.
  // (The screen-reader layer's own menu is a dialog too, over the canvas: a canvas click lands on it and must go through.)
  const inDialog = (e: Event) => e.target instanceof Element && e.target.closest('dialog') !== null && e.target.closest('#a11y') === null;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'touchstart', 'touchend'])
    window.addEventListener(
      type,
      (e) => {
        if (!inDialog(e)) return;
        game.input.enabled = false;
        setTimeout(() => (game.input.enabled = true));
      },
      { capture: true, passive: true },
    );
  attachKeyboard(store, window, packLoader);
  attachRecovery(store, () => document.querySelector<HTMLCanvasElement>('#game canvas'));
  attachReadAloud(store);
  registerOffline(store, afterFirstScreen);
  attachSound(store);
  attachBlank(store);
  attachClock(store);
  attachRevealAutoAdvance(store);
  attachTimerAnnouncer(store, document.getElementById('timer-status')!);
  mountTimeLeft(document.getElementById(TIME_LEFT_ID)!, store);
  document.documentElement.dataset.renderer = renderer;
  // For tests and the benchmark: the store is the state; the game is only a view of it.
  Object.assign(window, { onTheRecord: { store, game, hitAreas: () => hitAreas(game), motion: motionStats, domSettled: paintsDone } });
}

void start();
