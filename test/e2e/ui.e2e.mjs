/**
 * The UI on the real build: side panel, popup and options on the demo pages, each checked with
 * axe-core (no serious or critical violations), by keyboard, and in the dark theme.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Run axe-core in the page. Evaluated over the DevTools protocol, so the page's CSP is not involved. */
async function axe(h, page, label) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  h.assert.deepEqual(serious, [], `${label}: axe found serious violations: ${JSON.stringify(serious)}`);
}

async function demoTab(h, name = 'gmail') {
  const page = await h.openDemo(name);
  await page.locator('glocal-badge').first().waitFor({ state: 'attached', timeout: 20_000 });
  const sw = await h.serviceWorker();
  // Tab URLs need the "tabs" permission, which the extension does not ask for; the demo page
  // was opened last, so it is the active tab.
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  h.assert.ok(tabId !== null, 'the demo tab is known to the extension');
  return { page, tabId };
}

export default [
  {
    name: 'side panel: recipients, fixes, meter, then chart and brief in their tabs on the Gmail demo',
    async run(h) {
      const { tabId } = await demoTab(h);
      const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      await panel.getByTestId('sidepanel').waitFor();
      const chips = panel.getByTestId('recipient-card');
      await chips.first().waitFor({ timeout: 15_000 });
      const text = (await chips.allTextContents()).join(' | ');
      h.assert.match(text, /Germany/);
      h.assert.equal(await chips.first().locator('img.flag-img').getAttribute('src'), '/flags/DE.svg');
      // The flag is a bundled SVG that loads (no emoji, no network).
      h.assert.ok(await chips.first().locator('img.flag-img').evaluate((img) => img.complete && img.naturalWidth > 0), 'the flag image loaded');
      await chips.first().click();
      const details = panel.getByTestId('recipient-details');
      h.assert.match(await details.textContent(), /% confident/);
      await panel.getByTestId('local-time').first().waitFor({ timeout: 10_000 });
      await panel.getByTestId('formality-meter').first().waitFor();
      h.assert.ok((await panel.getByTestId('suggestion').count()) > 0, 'the demo draft gets suggestions');
      await axe(h, panel, 'side panel');
      await panel.getByTestId('tab-compare').click();
      await panel.getByTestId('culture-chart').waitFor({ timeout: 10_000 });
      h.assert.equal(await panel.locator('[data-testid="culture-chart"] svg[role="img"] title').count(), 1);
      await panel.getByTestId('tab-brief').click();
      await panel.getByTestId('brief').waitFor({ timeout: 10_000 });
      h.assert.match(await panel.getByTestId('brief').textContent(), /Call brief:/);
      await h.shot(panel, 'ui-sidepanel');
    },
  },
  {
    name: 'side panel: keyboard only — correct a country and dismiss a suggestion',
    async run(h) {
      const { tabId } = await demoTab(h);
      const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      await panel.getByTestId('recipient-card').first().waitFor({ timeout: 15_000 });
      await panel.getByTestId('recipient-card').first().focus();
      await panel.keyboard.press('Enter');
      const quick = panel.getByTestId('recipient-details').getByTestId('quick-correct');
      if (await quick.count()) {
        const label = await quick.textContent();
        await quick.focus();
        await panel.keyboard.press('Enter');
        const to = /→ (.+)$/.exec(label)[1];
        await panel.getByTestId('recipient-card').filter({ hasText: to }).first().waitFor({ timeout: 15_000 });
      }
      const before = await panel.getByTestId('suggestion').count();
      h.assert.ok(before > 0);
      // Tab from the top of the page until the first Dismiss button has focus, then open it
      // with Space and choose "Hide for now", which has focus.
      await panel.locator('body').focus();
      let found = false;
      for (let i = 0; i < 200 && !found; i++) {
        await panel.keyboard.press('Tab');
        found = await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'dismiss');
      }
      h.assert.ok(found, 'Dismiss is reachable by Tab');
      await panel.keyboard.press('Space');
      h.assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'dismiss-once');
      await panel.keyboard.press('Enter');
      await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="suggestion"]').length < n, before, { timeout: 10_000 });
    },
  },
  {
    name: 'popup: content on the Salesforce demo, axe, dark theme',
    async run(h) {
      const { tabId } = await demoTab(h, 'salesforce');
      const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.getByTestId('popup').waitFor();
      await popup.getByTestId('recipient-card').first().waitFor({ timeout: 15_000 });
      await popup.getByTestId('verdict').first().waitFor();
      await axe(h, popup, 'popup');
      const light = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await popup.emulateMedia({ colorScheme: 'dark' });
      const dark = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      h.assert.notEqual(light, dark, 'the dark theme changes the background');
      await axe(h, popup, 'popup (dark)');
    },
  },
  {
    name: 'options: settings, overrides, sources; axe; German UI and right-to-left layout',
    async run(h) {
      const options = await h.openExtensionPage('options.html');
      await options.getByTestId('options').waitFor();
      await options.getByTestId('home-country').waitFor({ timeout: 10_000 });
      await options.getByTestId('sources').waitFor();
      await options.getByTestId('override-key').fill('k.tanaka@kyoto-seiki.co.jp');
      await options.getByTestId('override-country').selectOption('JP');
      await options.getByTestId('override-add').click();
      await options.getByTestId('override-row').filter({ hasText: 'k.tanaka@kyoto-seiki.co.jp' }).waitFor();
      await axe(h, options, 'options');
      await options.getByTestId('ui-language').selectOption('de');
      await options.getByText('Datenquellen').waitFor({ timeout: 10_000 });
      h.assert.equal(await options.evaluate(() => document.documentElement.lang), 'de');
      // Arabic is not shipped yet; the layout must already mirror under dir=rtl.
      const mirrored = await options.evaluate(() => {
        document.documentElement.dir = 'rtl';
        const h1 = document.querySelector('h1').getBoundingClientRect();
        return h1.right > window.innerWidth / 2;
      });
      h.assert.ok(mirrored, 'the heading moves to the right under dir=rtl');
    },
  },
];
