import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The built game's Content-Security-Policy: everything from its own origin, nothing inline,
 * no eval, no other host. Added only to the build (Vite's dev server injects styles inline).
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

export default defineConfig({
  // Relative asset paths so the build runs from any static host or sub-path.
  base: './',
  plugins: [contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests walk thousands of game states; the limit is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
