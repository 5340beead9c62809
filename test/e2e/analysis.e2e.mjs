/**
 * Issue #5's end-to-end check: type a draft into the demo Gmail compose, apply a suggestion from
 * the side panel, and see the compose editor change — through input events, so Undo restores it.
 */
const EDITOR = '[g_editable="true"]';

async function panelFor(h, page) {
  const sw = await h.serviceWorker();
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  h.assert.ok(tabId !== null);
  return h.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
}

export default [
  {
    name: 'type a draft, apply "ASAP" → a dated request from the side panel, undo it',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
      const editor = page.locator(EDITOR).first();
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Dear Mr. Tanaka, Mr. Müller,\n\nPlease send me the revised quotation ASAP.\n\nBest regards,\nAlex Morgan');
      const panel = await panelFor(h, page);
      const asap = panel.getByTestId('suggestion').filter({ hasText: 'ASAP' }).first();
      await asap.waitFor({ timeout: 20_000 });
      await asap.getByTestId('apply').click();
      await page.waitForFunction((sel) => !document.querySelector(sel).innerText.includes('ASAP'), EDITOR, { timeout: 10_000 });
      const after = await editor.innerText();
      h.assert.match(after, /by \w+day \d{1,2} \w+, if possible/, `the dated request replaced ASAP: ${after}`);
      h.assert.match(after, /^Dear Mr\. Tanaka/, 'the rest of the draft is untouched');
      // The editor registered an input, so its own undo stack restores the text.
      await editor.click();
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((sel) => document.querySelector(sel).innerText.includes('ASAP'), EDITOR, { timeout: 5_000 });
      await h.shot(panel, 'analysis-after-apply');
    },
  },
];
