import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths so the build runs from any static host or sub-path.
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests walk thousands of game states; the limit is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
