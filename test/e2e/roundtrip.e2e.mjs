/**
 * The skeleton's round trip: the content script on the demo Gmail compose reads the recipients,
 * the background answers from Dexie (seeded profiles and the user's overrides), and the side
 * panel shows the answer.
 */

async function sidePanelFor(h, page) {
  // The side panel is opened as a tab in tests; it needs the demo tab's id.
  const sw = await h.serviceWorker();
  // Without the `tabs` permission the extension cannot read tab URLs: take the active tab.
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  h.assert.ok(tabId !== null, 'the demo tab is known to the extension');
  const panel = await h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  return { panel, tabId };
}

export default [
  {
    name: 'content script → background (Dexie) → side panel',
    async run(h) {
      const page = await h.openDemo('gmail');
      // The inline badge appears once the background has answered.
      await page.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
      const { panel } = await sidePanelFor(h, page);
      const cards = panel.getByTestId('recipient-card');
      await cards.first().waitFor({ timeout: 15_000 });
      // Each card's headline is its top country (the correction menu lists every country, so
      // the card's whole text would match anything).
      const headline = (name) => cards.filter({ hasText: name }).locator('strong').first();
      h.assert.equal(await headline('Hans Müller').textContent(), 'Germany');
      h.assert.equal(await headline('Kenji Tanaka').textContent(), 'Japan');
      await h.shot(panel, 'roundtrip-sidepanel');
    },
  },
  {
    name: 'a correction saved in Dexie changes the answer',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
      const { panel } = await sidePanelFor(h, page);
      await panel.getByTestId('recipient-card').first().waitFor({ timeout: 15_000 });
      // Save a per-contact override through the protocol, as the UI's correction does.
      const res = await panel.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'setOverride',
          override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' },
        }),
      );
      h.assert.equal(res.ok, true, JSON.stringify(res));
      const hansHeadline = panel.getByTestId('recipient-card').filter({ hasText: 'Hans Müller' }).locator('strong').first();
      await hansHeadline.filter({ hasText: /^Austria$/ }).waitFor({ timeout: 15_000 });
      const list = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'listOverrides' }));
      h.assert.equal(list.ok, true);
      h.assert.ok(list.data.some((o) => o.key === 'hans.mueller@muellerbau-technik.de' && o.country === 'AT'));
    },
  },
];
