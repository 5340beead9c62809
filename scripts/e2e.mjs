/**
 * End-to-end tests on the built extension, on the demo pages served locally:
 * - Chromium: .output/chrome-mv3 in the system's Chromium (Playwright); test/e2e/*.e2e.mjs.
 * - Firefox: .output/firefox-mv2 as a temporary add-on in the system's Firefox ESR
 *   (puppeteer-core over WebDriver BiDi); test/e2e/firefox/*.e2e.mjs.
 * Each file exports an array of `{ name, run(h) }`; every test gets a fresh browser profile in a
 * temporary folder, deleted afterwards.
 *
 * Usage: node scripts/e2e.mjs [--browser=chromium|firefox|all] [filter]
 *   (run `npm run build && npm run build:firefox` first; `npm test` does)
 * Ends with "e2e: N passed, N failed" over the browsers run. Fails (never skips) when a browser
 * is not found.
 */
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { findChromium, launchWithExtension } from './chromium.mjs';
import { findFirefox, firefoxHarness, launchFirefox, startProxy } from './firefox.mjs';

// Service-worker requests are reported to Playwright only with this flag; the no-network test needs them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const browserArg = (args.find((a) => a.startsWith('--browser=')) ?? '--browser=all').slice('--browser='.length);
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const browsers = browserArg === 'all' ? ['chromium', 'firefox'] : [browserArg];
if (!browsers.every((b) => b === 'chromium' || b === 'firefox')) {
  console.error(`e2e: unknown --browser=${browserArg} (chromium, firefox or all)`);
  process.exit(2);
}

const shots = join(root, 'demo-output', 'e2e');
mkdirSync(shots, { recursive: true });
const server = await startDemoServer();
const started = Date.now();
const totals = { passed: 0, failed: 0 };

/** The tests of one folder, each with its display name, filtered. */
async function testsIn(dir, prefix) {
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    for (const t of mod.default) {
      const name = `${prefix}${file.replace('.e2e.mjs', '')} › ${t.name}`;
      if (!filter || name.includes(filter)) out.push({ ...t, name });
    }
  }
  return out;
}

/** Run tests, each in a fresh browser from `launch`; `launch` returns { harness, close }. */
async function runAll(label, tests, launch) {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const t0 = Date.now();
    let launched;
    try {
      launched = await launch(t);
      await Promise.race([
        t.run(launched.harness),
        new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out after ${(t.timeout ?? 90_000) / 1000} s`)), t.timeout ?? 90_000)),
      ]);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name} (${Date.now() - t0} ms)\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      await launched?.close().catch((e) => console.log(`    cleanup: ${e.message}`));
    }
    // Tests clean up after themselves: the temporary browser profile must be gone.
    if (launched?.userDataDir && !t.launch?.userDataDir && existsSync(launched.userDataDir)) {
      failed++;
      console.log(`  ✗ ${t.name}: left its browser profile at ${launched.userDataDir}`);
    }
  }
  console.log(`e2e (${label}): ${passed} passed, ${failed} failed`);
  totals.passed += passed;
  totals.failed += failed;
}

async function chromiumSuite() {
  const tests = await testsIn(join(root, 'test', 'e2e'), '');
  await runAll('chromium', tests, async (t) => {
    const { context, extensionId, close, userDataDir } = await launchWithExtension({ port: server.port, ...(t.launch ?? {}) });
    /** Every request any context makes that is not to the extension itself or a demo page. */
    const requests = [];
    context.on('request', (req) => {
      let from = 'service-worker';
      try {
        from = req.frame().url();
      } catch {
        // Service-worker requests have no frame.
      }
      requests.push({ url: req.url(), from });
    });
    const harness = {
      context,
      extensionId,
      port: server.port,
      demoUrls: DEMO_URLS,
      assert,
      requests,
      shot: (page, label) => page.screenshot({ path: join(shots, `${label}.png`) }),
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
      async serviceWorker() {
        const [sw] = context.serviceWorkers();
        return sw ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
      },
      async openDemo(name) {
        const page = await context.newPage();
        await page.goto(DEMO_URLS[name]);
        return page;
      },
    };
    return { harness, close, userDataDir };
  });
}

async function firefoxSuite() {
  const tests = await testsIn(join(root, 'test', 'e2e', 'firefox'), 'firefox › ');
  await runAll('firefox', tests, async () => {
    const proxy = await startProxy(server.port);
    try {
      const ff = await launchFirefox({ proxyPort: proxy.port });
      const harness = firefoxHarness(ff, { proxy, demoUrls: DEMO_URLS, assert, shots });
      return {
        harness,
        userDataDir: ff.userDataDir,
        async close() {
          await ff.close();
          await proxy.close();
        },
      };
    } catch (e) {
      await proxy.close();
      throw e;
    }
  });
}

for (const b of browsers) {
  try {
    if (b === 'chromium') findChromium();
    else findFirefox();
  } catch (e) {
    console.error(`e2e (${b}): ${e.message}`);
    totals.failed++;
    continue;
  }
  await (b === 'chromium' ? chromiumSuite() : firefoxSuite());
}

await server.close();
console.log(`\ne2e: ${totals.passed} passed, ${totals.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(totals.failed || totals.passed === 0 ? 1 : 0);
