/**
 * Finding and launching the system's Chromium with the built extension loaded. Never downloads a
 * browser: where none is found, it says how to install one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_HOSTS } from './demo-server.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium; ' +
        'macOS: install Google Chrome) or set CHROME_PATH to its executable. Glocal never downloads a browser.',
    );
  }
  return found;
}

export const EXTENSION_DIR = resolve(new URL('..', import.meta.url).pathname, '.output', 'chrome-mv3');

/**
 * Launch a persistent Chromium context with the built extension. `port` is the demo server's.
 * Every host but the demo hosts resolves to nothing, so no request can reach a live site.
 */
export async function launchWithExtension({ port, headless = true, extensionDir = EXTENSION_DIR, withExtension = true, userDataDir } = {}) {
  const { chromium } = await import('playwright-core');
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run npm run build first.`);
  }
  const rules = Object.keys(DEMO_HOSTS).map((h) => `MAP ${h} 127.0.0.1:${port}`);
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  const args = [
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-gpu',
    '--disable-quic',
    '--no-default-browser-check',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  // A profile made here is removed when the browser closes: runs leave nothing in the temp folder.
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'glocal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    args,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  let extensionId = null;
  if (withExtension) {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(sw.url()).host;
  }
  /** Close the browser and remove the profile this call made (a caller's own userDataDir is kept). */
  const close = async () => {
    await context.close().catch(() => undefined);
    if (!userDataDir) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return { context, extensionId, userDataDir: profile, close };
}
