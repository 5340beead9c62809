/**
 * Finding and launching the system's Firefox (ESR) with the built extension installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi. Never downloads a browser.
 *
 * Firefox has no --host-resolver-rules, so every request it makes goes through a small local
 * proxy (`startProxy`): CONNECTs to a demo host are tunnelled to the demo server, anything else is
 * refused and recorded. That record covers every context — pages, content scripts, the add-on's
 * background page — which is what the no-network test reads.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_HOSTS } from './demo-server.mjs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found. Install Firefox ESR (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH ' +
        'to its executable. Glocal never downloads a browser.',
    );
  }
  return found;
}

export const FIREFOX_EXTENSION_DIR = resolve(new URL('..', import.meta.url).pathname, '.output', 'firefox-mv2');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'glocal@glocal.app';
/** The moz-extension:// host, pinned through a pref so tests can open the add-on's pages. */
export const FIREFOX_UUID = '6b1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

/**
 * A forward proxy on 127.0.0.1: HTTPS to a demo host is tunnelled to the demo server on
 * `demoPort`; every other request is answered 403 and recorded in `refused`.
 */
export function startProxy(demoPort) {
  const refused = [];
  const tunnelled = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    refused.push({ method: req.method, url: req.url });
    res.writeHead(403).end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client, head) => {
    const [host, port] = String(req.url).split(':');
    if (!Object.hasOwn(DEMO_HOSTS, host) || (port && port !== '443')) {
      refused.push({ method: 'CONNECT', url: req.url });
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(host);
    const upstream = connect(demoPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ok({
        port: server.address().port,
        refused,
        tunnelled,
        close: () =>
          new Promise((c) => {
            for (const s of sockets) s.destroy();
            server.close(() => c());
          }),
      });
    });
  });
}

/**
 * Launch Firefox with a fresh profile in a temporary folder, the proxy in front of every request,
 * and the built add-on installed temporarily. `close()` quits Firefox and deletes the profile.
 */
export async function launchFirefox({ proxyPort, headless = true, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built add-on at ${extensionDir}: run npm run build:firefox first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'glocal-firefox-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless,
      userDataDir,
      acceptInsecureCerts: true,
      // Lets the test navigate a tab to the add-on's moz-extension:// pages (a test-only flag).
      args: ['--remote-allow-system-access'],
      // Without it, Firefox ignores the remote-settings server pref below and calls Mozilla.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Firefox's own traffic, off so the proxy's record is the add-on's and the pages' alone.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'browser.safebrowsing.provider.google4.updateURL': '',
        'browser.safebrowsing.provider.google.updateURL': '',
        'browser.region.network.url': '',
        'browser.search.geoip.url': '',
        'app.normandy.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.newtabpage.activity-stream.feeds.system.topstories': false,
        'extensions.getAddons.cache.enabled': false,
        'extensions.update.enabled': false,
        'media.gmp-manager.url': '',
        'dom.push.connection.enabled': false,
        'network.trr.mode': 5,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // The daily card and other optional permissions are never prompted for in tests.
        'extensions.webextensions.restrictedDomains': '',
      },
    });
    const extensionId = await browser.installExtension(extensionDir);
    return {
      browser,
      extensionId,
      origin: `moz-extension://${FIREFOX_UUID}`,
      userDataDir,
      async close() {
        await browser.close().catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    throw e;
  }
}

/**
 * What a Firefox e2e test gets: the browser, the proxy's record, and helpers to open the demo
 * pages and the add-on's own pages. The first demo opened reuses the browser's initial tab.
 */
export function firefoxHarness(ff, { proxy, demoUrls, assert, shots }) {
  let initial = true;
  const h = {
    browser: ff.browser,
    extensionId: ff.extensionId,
    origin: ff.origin,
    proxy,
    demoUrls,
    assert,
    shot: (page, label) => page.screenshot({ path: join(shots, `firefox-${label}.png`) }),
    async openDemo(name) {
      const [first] = initial ? await ff.browser.pages() : [];
      initial = false;
      const page = first ?? (await ff.browser.newPage());
      await page.goto(demoUrls[name]);
      return page;
    },
    /**
     * Open one of the add-on's pages in a new tab. BiDi does not report the load of a
     * moz-extension:// document (the tab switches process), so wait for the document instead.
     */
    async openExtensionPage(path) {
      const page = await ff.browser.newPage();
      const url = `${ff.origin}/${path.replace(/^\//, '')}`;
      await page.goto(url, { timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 100 }, url);
      return page;
    },
    /** Send a protocol message from an extension page, as the UI does. */
    send: (page, message) => page.evaluate((m) => browser.runtime.sendMessage(m), message),
    /**
     * The side panel (Firefox's sidebar page, opened as a tab) for the tab that last sent a
     * snapshot: the background names that tab in its state.
     */
    async openPanel() {
      const probe = await h.openExtensionPage('sidepanel.html?tabId=0');
      const state = await h.send(probe, { type: 'getState', tabId: null });
      assert.equal(state.ok, true, JSON.stringify(state));
      assert.equal(typeof state.data.tabId, 'number', 'a tab has sent a snapshot');
      const url = `${ff.origin}/sidepanel.html?tabId=${state.data.tabId}`;
      await probe.evaluate((u) => location.replace(u), url);
      await probe.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 100 }, url);
      return { panel: probe, tabId: state.data.tabId };
    },
  };
  return h;
}
