/**
 * `npm start`: build the extension, serve the demo pages and open Chromium with Glocal loaded.
 * With a display, the browser stays open until you close it. Without one (no DISPLAY), it runs
 * headless: it writes screenshots to demo-output/ and prints what the extension detected and
 * suggested.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { launchWithExtension } from './chromium.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = join(root, 'demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

console.log('Building the extension (npm run build)…');
execSync('npx wxt build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startDemoServer();
const { context, extensionId } = await launchWithExtension({ port: server.port, headless });
console.log(`Glocal ${extensionId} loaded. Demo pages are served on 127.0.0.1:${server.port} under their real hostnames:\n  ${DEMO_URLS.gmail}\n  ${DEMO_URLS.salesforce}`);

const gmail = await context.newPage();
await gmail.goto(DEMO_URLS.gmail);
const crm = await context.newPage();
await crm.goto(DEMO_URLS.salesforce);

if (!headless) {
  await gmail.bringToFront();
  console.log('Chromium is open on the demo Gmail compose and a Salesforce record. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
  await server.close();
  process.exit(0);
}

mkdirSync(out, { recursive: true });
const sw = context.serviceWorkers()[0];
async function tabIdOf(page) {
  // Without the `tabs` permission the extension cannot read tab URLs: take the active tab.
  await page.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
}
async function stateOf(page) {
  const tabId = await tabIdOf(page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  for (let i = 0; i < 40; i++) {
    const res = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'getState', tabId: id }), tabId);
    if (res?.ok && res.data.analyses.length) return { panel, state: res.data };
    await new Promise((r) => setTimeout(r, 250));
  }
  return { panel, state: null };
}

const report = {};
for (const [name, page] of [['gmail', gmail], ['salesforce', crm]]) {
  await page.bringToFront();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, `${name}-page.png`) });
  const { panel, state } = await stateOf(page);
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: join(out, `${name}-sidepanel.png`), fullPage: true });
  report[name] = state;
  console.log(`\n== ${name} ==`);
  if (!state) {
    console.log('  (no analysis arrived: see the screenshots)');
    continue;
  }
  for (const a of state.analyses) {
    for (const r of a.recipients) {
      const top = r.candidates[0];
      const who = r.name ? `${r.name} <${r.email}>` : r.email;
      console.log(
        `  ${who}: ${r.abstain || !top ? 'unknown country' : `${top.country} ${(top.probability * 100).toFixed(0)}% (${top.reasons.join('; ')})`}`,
      );
    }
    if (a.target) console.log(`  target: ${a.target.country}, formality ${a.target.formality.toFixed(2)}; draft formality ${a.scores.formality.toFixed(2)}`);
    for (const s of a.suggestions) console.log(`  [${s.severity}] ${s.category}: ${s.message}${s.replacement ? ` → "${s.replacement}"` : ''}`);
  }
}
writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2));
console.log(`\nScreenshots and report.json are in ${out}/`);
await context.close();
await server.close();
process.exit(0);
