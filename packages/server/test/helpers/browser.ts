import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { repositoryRoot } from '../../src/config/config.js';

/** Debian's Chromium, which the browser tests drive; no test tool downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const WEB_DIST = path.join(repositoryRoot, 'packages/web/dist');
export const SCREENSHOTS = path.join(repositoryRoot, 'packages/server/test-results');
export const chromiumInstalled = existsSync(CHROMIUM);

/** Throws unless the SPA is built, because the test server serves it from WEB_DIST. */
export function requireBuiltSpa(): void {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`The SPA is not built at ${WEB_DIST}; run \`pnpm build\` first (\`pnpm test\` does).`);
  }
}

/** Launches headless Chromium for a test file and makes sure the screenshot folder exists. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return browser;
}
