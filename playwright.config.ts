import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's chromium; /usr/lib/chromium/chromium skips the wrapper script's warning.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Pixel baselines by name (title-2x.png), not by test title and platform.
  snapshotPathTemplate: '{testDir}/baseline/{arg}{ext}',
  timeout: 180_000,
  workers: 2,
  // Tests, not files, are shared between the workers: the pixel baselines alone are one file of
  // 60 tests, which kept one worker busy for 9 minutes while the other ran everything else.
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
