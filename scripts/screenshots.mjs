/**
 * README screenshots from the real build: the side panel on the Gmail demo (light and dark), the
 * culture comparison chart, the call brief and the popup, written to docs/screenshots/.
 *
 * Usage: npm run build && node scripts/screenshots.mjs
 * Needs the system Chromium (scripts/chromium.mjs). Flags are emoji: install a colour emoji font
 * first (Debian: apt-get install -y fonts-noto-color-emoji) or they show as boxes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const OUT = join(root, 'docs', 'screenshots');
// The side panel's usual width in Chrome; tall enough for the cards, meter and first suggestions.
const PANEL = { width: 420, height: 900 };

function hasEmojiFont() {
  try {
    return /emoji/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return true; // no fontconfig (macOS, Windows): the system has its own emoji font
  }
}

async function main() {
  if (!hasEmojiFont()) console.warn('screenshots: no colour emoji font found; flags will show as boxes (apt-get install -y fonts-noto-color-emoji)');
  mkdirSync(OUT, { recursive: true });
  const server = await startDemoServer();
  const { context, extensionId } = await launchWithExtension({ port: server.port });
  try {
    const gmail = await context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await gmail.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await gmail.bringToFront();
    const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    if (tabId === null) throw new Error('the demo tab was not found');

    const panel = await context.newPage();
    await panel.setViewportSize(PANEL);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    // A home country makes the comparison chart and the brief two-sided.
    const res = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'setSettings', settings: { homeCountry: 'US', homeLanguage: 'en' } }));
    if (!res?.ok) throw new Error(`setSettings failed: ${JSON.stringify(res)}`);
    await panel.reload();
    await panel.getByTestId('recipient-card').first().waitFor({ timeout: 15_000 });
    await panel.getByTestId('local-time').first().waitFor({ timeout: 10_000 });
    await panel.getByTestId('culture-chart').waitFor({ timeout: 10_000 });
    await panel.getByTestId('brief').waitFor({ timeout: 10_000 });

    const files = [];
    const shot = async (name, fn) => {
      const path = join(OUT, name);
      await fn(path);
      files.push(path);
    };
    await shot('sidepanel.png', (path) => panel.screenshot({ path }));
    await shot('comparison-chart.png', (path) => panel.getByTestId('culture-chart').screenshot({ path }));
    // The brief is a printable one-pager: shown at a reading width rather than the panel's.
    await panel.setViewportSize({ width: 760, height: PANEL.height });
    await shot('brief.png', (path) => panel.getByTestId('brief').screenshot({ path }));
    await panel.setViewportSize(PANEL);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('sidepanel-dark.png', (path) => panel.screenshot({ path }));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="popup-content"][data-ready="true"]').waitFor({ timeout: 15_000 });
    await popup.getByTestId('local-time').first().waitFor({ timeout: 10_000 });
    await shot('popup.png', (path) => popup.getByTestId('popup').screenshot({ path }));
    console.log(`screenshots: wrote ${files.map((f) => f.replace(`${root}/`, '')).join(', ')}`);
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`screenshots: ${e.message}`);
  process.exitCode = 1;
});
