/**
 * Counts the runtime messages one keystroke costs, from the page to an open side panel, in the
 * built extension (real Chromium, Gmail demo). Every message is counted where it is sent or
 * received: the service worker's onMessage (requests from the page and the panel),
 * runtime.sendMessage (pushes to the views) and tabs.sendMessage (pushes to the page) in the
 * worker, and the panel's own runtime.sendMessage (its requests). A request and its answer count
 * as two messages.
 *
 * Usage: node scripts/count-messages.mjs [extension dir]   (default .output/chrome-mv3)
 */
import { resolve } from 'node:path';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { launchWithExtension } from './chromium.mjs';

const extensionDir = resolve(process.argv[2] ?? resolve(new URL('..', import.meta.url).pathname, '.output', 'chrome-mv3'));
const server = await startDemoServer();
const launched = await launchWithExtension({ port: server.port, extensionDir });
const { context, extensionId } = launched;
try {
  const page = await context.newPage();
  await page.goto(DEMO_URLS.gmail);
  await page.locator('glocal-badge').first().waitFor({ state: 'attached', timeout: 30_000 });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('recipient-card').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(2_000);

  await sw.evaluate(() => {
    const log = (self.__glocalCount = []);
    chrome.runtime.onMessage.addListener((m, s) => {
      if (m?.type !== 'analysisUpdated') log.push(`request ${m?.type} from ${String(s.url).startsWith('chrome-extension:') ? 'view' : 'page'}`);
      return undefined;
    });
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (m, ...rest) => {
      log.push(`push ${m?.type} to views`);
      return send(m, ...rest);
    };
    const toTab = chrome.tabs.sendMessage.bind(chrome.tabs);
    chrome.tabs.sendMessage = (t, m, ...rest) => {
      log.push(`push ${m?.type} to page`);
      return toTab(t, m, ...rest);
    };
  });
  await panel.evaluate(() => {
    const log = (window.__glocalCount = []);
    chrome.runtime.onMessage.addListener((m) => void log.push(`view received ${m?.type}`));
  });
  const read = async () => ({ worker: await sw.evaluate(() => self.__glocalCount.splice(0)), view: await panel.evaluate(() => window.__glocalCount.splice(0)) });
  const total = ({ worker }) => worker.reduce((n, e) => n + (e.startsWith('request') ? 2 : 1), 0);

  // One keystroke: wait for the debounce, the analysis and the panel to settle.
  await page.bringToFront();
  await page.locator('[g_editable="true"]').click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.waitForTimeout(3_000);
  const key = await read();
  const analysesPerKey = key.worker.filter((e) => e.startsWith('push analysisUpdated')).length;
  console.log(`keystroke → panel: ${total(key)} messages (${analysesPerKey} analysis)`);
  for (const e of key.worker) console.log(`  worker: ${e}`);
  for (const e of key.view) console.log(`  view:   ${e}`);

  console.log(`\nmeasured with ${extensionDir}`);
} finally {
  await launched.close?.();
  if (!launched.close) await context.close();
  await server.close();
}
