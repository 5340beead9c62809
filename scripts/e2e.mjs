/**
 * End-to-end tests: the built extension (.output/chrome-mv3) in the system's Chromium, on the
 * demo pages served locally. Each file test/e2e/*.e2e.mjs exports an array of
 * `{ name, run(h) }`; every test gets a fresh browser profile.
 *
 * Usage: node scripts/e2e.mjs [filter]   (run `npm run build` first; `npm test` does)
 * Ends with "e2e: N passed, N failed". Fails (never skips) when no browser is found.
 */
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';
import { findChromium, launchWithExtension } from './chromium.mjs';

// Service-worker requests are reported to Playwright only with this flag; the no-network test needs them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const root = resolve(new URL('..', import.meta.url).pathname);
const filter = process.argv[2] ?? '';

try {
  findChromium();
} catch (e) {
  console.error(`e2e: ${e.message}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const server = await startDemoServer();
const dir = join(root, 'test', 'e2e');
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort();
let passed = 0;
let failed = 0;
const started = Date.now();
mkdirSync(join(root, 'demo-output', 'e2e'), { recursive: true });

for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  for (const t of mod.default) {
    const name = `${file.replace('.e2e.mjs', '')} › ${t.name}`;
    if (filter && !name.includes(filter)) continue;
    const t0 = Date.now();
    let launched;
    try {
      launched = await launchWithExtension({ port: server.port, ...(t.launch ?? {}) });
      const { context, extensionId } = launched;
      /** Every request any context makes that is not to the extension itself or a demo page. */
      const requests = [];
      const onRequest = (req) => {
        let from = 'service-worker';
        try {
          from = req.frame().url();
        } catch {
          // Service-worker requests have no frame.
        }
        requests.push({ url: req.url(), from });
      };
      context.on('request', onRequest);
      const h = {
        context,
        extensionId,
        port: server.port,
        demoUrls: DEMO_URLS,
        assert,
        requests,
        shot: (page, label) => page.screenshot({ path: join(root, 'demo-output', 'e2e', `${label}.png`) }),
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
      await Promise.race([
        t.run(h),
        new Promise((_, fail) => setTimeout(() => fail(new Error('timed out after 90 s')), t.timeout ?? 90_000)),
      ]);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${name} (${Date.now() - t0} ms)\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      await launched?.close().catch((e) => console.log(`    cleanup: ${e.message}`));
    }
    // Tests clean up after themselves: the temporary browser profile must be gone.
    if (launched && !t.launch?.userDataDir && existsSync(launched.userDataDir)) {
      failed++;
      console.log(`  ✗ ${name}: left its browser profile at ${launched.userDataDir}`);
    }
  }
}

await server.close();
console.log(`\ne2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed || passed === 0 ? 1 : 0);
