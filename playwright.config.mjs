// End-to-end tests: the release build, served the way GitHub Pages serves a
// project site (scripts/pages_server.py), driven in Debian's headless Chromium.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);
// The sub-path the site was built for (scripts/test.sh builds for $PUBLIC_URL).
export const BASE_PATH = process.env.PUBLIC_URL || '/leader-leader/';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `python3 scripts/pages_server.py ${process.env.E2E_SITE || 'target/e2e-site'} --prefix ${BASE_PATH} --port ${port}`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
