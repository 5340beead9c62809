/**
 * README screenshots from the real build: the side panel's Draft tab on the Gmail demo (light and
 * dark), the culture comparison chart (Compare tab), the call brief (Call brief tab), the popup
 * and the welcome page, written to docs/screenshots/.
 *
 * Usage: npm run build && node scripts/screenshots.mjs
 * Needs the system Chromium (scripts/chromium.mjs). Flags are bundled SVGs (public/flags).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { setDraft } from './panel-layout.mjs';

/** A casual draft to the demo thread's German and Japanese readers, so the panel has fixes to show. */
const DRAFT = "Hi guys,\n\nthanks for the quote! We can't sign this week, we're gonna need a better price asap. Let me know what you think!!!\n\nCheers,\nAlex";

const root = resolve(new URL('..', import.meta.url).pathname);
const OUT = join(root, 'docs', 'screenshots');
// The side panel's usual width in Chrome; as tall as a laptop's panel.
const PANEL = { width: 420, height: 820 };

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startDemoServer();
  const { context, extensionId } = await launchWithExtension({ port: server.port });
  try {
    const gmail = await context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await gmail.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
    await setDraft(gmail, DRAFT);
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
    await panel.getByTestId('suggestion').first().waitFor({ timeout: 15_000 });

    const files = [];
    const shot = async (name, fn) => {
      const path = join(OUT, name);
      await fn(path);
      files.push(path);
    };
    await shot('sidepanel.png', (path) => panel.screenshot({ path }));
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('sidepanel-dark.png', (path) => panel.screenshot({ path }));
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.getByTestId('tab-compare').click();
    await panel.getByTestId('culture-chart').waitFor({ timeout: 10_000 });
    await shot('comparison-chart.png', (path) => panel.getByTestId('culture-chart').screenshot({ path }));
    await panel.getByTestId('tab-brief').click();
    await panel.getByTestId('brief').waitFor({ timeout: 10_000 });
    // The brief is a printable one-pager: shown at a reading width rather than the panel's.
    await panel.setViewportSize({ width: 760, height: PANEL.height });
    await shot('brief.png', (path) => panel.getByTestId('brief').screenshot({ path }));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="popup-content"][data-ready="true"]').waitFor({ timeout: 15_000 });
    await popup.getByTestId('local-time').first().waitFor({ timeout: 10_000 });
    await shot('popup.png', (path) => popup.getByTestId('popup').screenshot({ path }));
    const welcome = await context.newPage();
    await welcome.setViewportSize({ width: 900, height: 900 });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.getByTestId('home-country').waitFor({ timeout: 10_000 });
    await shot('welcome.png', (path) => welcome.screenshot({ path }));
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
