import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { builtinPacks } from './scripts/builtinPacksPlugin.ts';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';

/**
 * The built game's Content-Security-Policy: everything from its own origin, nothing inline,
 * no eval, no other host. Added only to the hosted build (Vite's dev server injects styles,
 * and the one-file offline build is nothing but inline script and style).
 * data: and blob: images are Phaser's own generated textures.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * Asks for the three faces the canvas draws with from the page's head, so they arrive (and
 * are ready to decode) while the script is still on its way, rather than when the script
 * first asks for them. Hosted build only: the one-file build carries them inside.
 */
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // The game's page only: the studio draws no canvas text and never uses the italic.
      handler: (_html, ctx) =>
        (ctx.path.endsWith('studio.html') ? [] : Object.keys(ctx.bundle ?? {}))
          .filter((f) => /atkinson-hyperlegible-latin-(400-normal|700-normal|400-italic)-.*\.woff2$/.test(f))
          .map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '' }, injectTo: 'head' as const })),
    },
  };
}

/** The offline file carries its favicon inside it too: from disk, a separate file would be a request. */
function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('./assets/favicon.svg', `data:image/svg+xml;base64,${readFileSync('assets/favicon.svg').toString('base64')}`),
    },
  };
}

/**
 * Phaser's own build flags (its sources test `typeof FLAG`): both renderers, no sound (the
 * game's few sounds are Web Audio of its own), none of the debug or platform plugins.
 */
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** The line of Phaser's device module that probes for WebGL as the module loads. */
export const WEBGL_PROBE = 'Features.webGL = testWebGL();';

/**
 * Phaser finds out whether WebGL works by making a WebGL context as its device module loads:
 * 12–14 ms before the title on a machine without a GPU, spent even when the game draws with
 * Canvas. Here the answer is worked out the first time Phaser asks for it, which it does only
 * to make a WebGL renderer. (The probe also set whether image data is a Uint8ClampedArray, read
 * for `support32bit`; that is asked of a 1×1 ImageData, no context needed.)
 */
export function lazyWebglProbe(): Plugin {
  return {
    name: 'phaser-lazy-webgl-probe',
    apply: 'build',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/phaser/src/device/Features.js')) return undefined;
      if (!code.includes(WEBGL_PROBE)) this.error(`Phaser's device module no longer has "${WEBGL_PROBE}": see lazyWebglProbe in vite.config.ts`);
      const lazy = [
        "isUint8 = typeof ImageData === 'function' && new ImageData(1, 1).data instanceof Uint8ClampedArray;",
        "Object.defineProperty(Features, 'webGL', { configurable: true, enumerable: true, get: function () {",
        '  var found = testWebGL();',
        "  Object.defineProperty(Features, 'webGL', { value: found, writable: true, configurable: true, enumerable: true });",
        '  return found;',
        '} });',
      ].join('\n');
      return { code: code.replace(WEBGL_PROBE, lazy), map: null };
    },
  };
}

export default defineConfig(({ mode, command }) => {
  // "offline": one self-contained HTML file that plays from disk (file://), for a USB stick.
  const offline = mode === 'offline';
  return {
    // Relative asset paths so the build runs from any static host or sub-path.
    base: './',
    // The trimmed Phaser is CommonJS source, which only a build converts; the dev server uses the stock bundle.
    resolve: { alias: command === 'build' ? [{ find: 'phaser', replacement: fileURLToPath(new URL('./src/vendor/phaser.js', import.meta.url)) }] : [] },
    define: PHASER_FLAGS,
    plugins: [
      builtinPacks(fileURLToPath(new URL('.', import.meta.url))),
      lazyWebglProbe(),
      ...(offline ? [inlineFavicon(), viteSingleFile()] : [contentSecurityPolicy(), serviceWorker(), preloadFonts()]),
    ],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      outDir: offline ? 'dist-offline' : 'dist',
      // The pack studio is a second page of the hosted build; the one-file offline build is the game alone.
      rollupOptions: offline
        ? undefined
        : { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), studio: fileURLToPath(new URL('./studio.html', import.meta.url)) } },
    },
    // The pack checker's worker (services/packCheck.worker.ts) as a module, so that it too fetches
    // the zip reader (fflate) only when a zip is opened.
    worker: { format: 'es' },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      // Property tests walk thousands of game states; the limit is a hang guard, not a speed check.
      testTimeout: 30_000,
    },
  };
});
