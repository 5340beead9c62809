import { launchWithExtension } from './chromium.mjs';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { mixedThread } from './panel-layout.mjs';
const server = await startDemoServer();
const { context, extensionId } = await launchWithExtension({ port: server.port });
try {
  const gmail = await context.newPage();
  await gmail.goto(DEMO_URLS.gmail);
  await gmail.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
  await mixedThread(gmail);
  let [sw] = context.serviceWorkers();
  await gmail.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 700 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-testid="suggestion"]').first().waitFor({ timeout: 15_000 });
  await panel.waitForTimeout(1000);
  await panel.screenshot({ path: '/tmp/shots/panel360.png' });
  await panel.screenshot({ path: '/tmp/shots/panel360full.png', fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: '/tmp/shots/panel360dark.png' });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-testid="popup-content"][data-ready="true"]').waitFor({ timeout: 15_000 });
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: '/tmp/shots/popup.png', fullPage: true });
  const w = await context.newPage();
  await w.setViewportSize({ width: 900, height: 900 });
  await w.goto(`chrome-extension://${extensionId}/welcome.html`);
  await w.waitForTimeout(1000);
  await w.screenshot({ path: '/tmp/shots/welcome.png', fullPage: true });
  console.log(await panel.evaluate(() => document.querySelector('[data-testid="suggestion"]')?.closest('section')?.innerText.slice(0, 1500)));
} finally {
  await context.close();
  await server.close();
}
