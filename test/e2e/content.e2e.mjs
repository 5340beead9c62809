/**
 * The content script on the demo pages, in the built extension: the inline badge on Gmail's new
 * and classic composers and on an inline reply, a Salesforce record, Apply through the tab
 * message, and the badge's hand-picked country when extraction fails.
 */

import { badgeRect, badgeText, clickInBadge, inBadge, waitForBadgeText } from './closed-shadow.mjs';

/** The badge's shadow root is closed: read it over the DevTools protocol (closed-shadow.mjs). */
const waitForBadge = (page, pattern, timeout = 20_000) => waitForBadgeText(page, pattern, { timeout });

/** The id of the tab showing `page`, as the extension sees it. */
async function tabIdOf(h, page) {
  const sw = await h.serviceWorker();
  await page.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
}

export default [
  {
    name: 'Gmail new UI: badge with the recipient country, formality dot and suggestion count',
    async run(h) {
      const page = await h.openDemo('gmail');
      const text = await waitForBadge(page, /Germany|Japan/);
      h.assert.ok(!/Couldn/.test(text), text);
      // The badge floats over the editor's corner, not over the Send button.
      const b = await badgeRect(page, '.b');
      const overlap = await page.evaluate((b) => {
        const send = document.querySelector('.btC [role=button]').getBoundingClientRect();
        return !(b.x + b.width < send.left || b.x > send.right || b.y + b.height < send.top || b.y > send.bottom);
      }, b);
      h.assert.equal(overlap, false, 'the badge does not cover the Send button');
      await h.shot(page, 'content-gmail-badge');
    },
  },
  {
    name: 'Gmail classic composer and inline reply are read too',
    async run(h) {
      const classic = await h.context.newPage();
      await classic.goto(h.demoUrls.gmailClassic);
      await waitForBadge(classic, /Germany/);
      const inline = await h.context.newPage();
      await inline.goto(h.demoUrls.gmailInline);
      await waitForBadge(inline, /Japan/);
      await h.shot(inline, 'content-gmail-inline');
    },
  },
  {
    name: 'Salesforce record: badge on the record header',
    async run(h) {
      const page = await h.openDemo('salesforce');
      await waitForBadge(page, /Brazil|Brasil/);
      await h.shot(page, 'content-salesforce-record');
    },
  },
  {
    name: 'Apply through the tab message replaces the span so the editor sees it',
    async run(h) {
      const page = await h.openDemo('gmail');
      await waitForBadge(page, /Germany|Japan/);
      const inputs = await page.evaluate(() => {
        window.__inputs = 0;
        document.querySelector('[g_editable]').addEventListener('input', () => window.__inputs++);
        return window.__inputs;
      });
      h.assert.equal(inputs, 0);
      const tabId = await tabIdOf(h, page);
      const sw = await h.serviceWorker();
      const ping = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ping' }), tabId);
      h.assert.equal(ping.ok, true, JSON.stringify(ping));
      const composeId = ping.data.composes.find((c) => c.startsWith('gmail:'));
      const res = await sw.evaluate(
        ([id, composeId]) => chrome.tabs.sendMessage(id, { type: 'apply', composeId, start: 0, end: 7, original: 'Hi guys', replacement: 'Dear all' }),
        [tabId, composeId],
      );
      h.assert.deepEqual(res, { ok: true, data: { applied: true } });
      h.assert.equal(await page.locator('[g_editable]').textContent(), 'Dear all,');
      h.assert.ok((await page.evaluate(() => window.__inputs)) >= 1, 'the editor got an input event');
      // A stale span is refused.
      const stale = await sw.evaluate(
        ([id, composeId]) => chrome.tabs.sendMessage(id, { type: 'apply', composeId, start: 0, end: 7, original: 'Hi guys', replacement: 'x' }),
        [tabId, composeId],
      );
      h.assert.equal(stale.ok, false);
    },
  },
  {
    name: 'When the recipients cannot be read, the badge says so; with an address in the window, the country can be picked by hand',
    async run(h) {
      const page = await h.openDemo('gmail');
      await waitForBadge(page, /Germany|Japan/);
      // Simulate a Gmail update that renames every recipient attribute we rely on, in new windows.
      await page.evaluate(() => {
        const broken = (id, extra) => {
          const c = document.querySelector('.M9').cloneNode(true);
          // A clone carries our badge host without its shadow root; a new window has none.
          c.querySelectorAll('glocal-badge').forEach((b) => b.remove());
          c.querySelector('[name=composeid]').value = id;
          c.querySelector('.GS').outerHTML = extra;
          c.querySelector('[g_editable]').textContent = 'Hello';
          document.querySelector('.dw .AD').append(c);
        };
        broken('demo-broken', '<div class="new-recipients"><span>Somebody</span></div>');
        broken('demo-broken-2', '<div class="new-recipients"><span title="ingrid.berg@fjord-shipping.no">Ingrid Berg</span></div>');
      });
      await waitForBadgeText(page, /Couldn/, { index: 1, timeout: 15_000 });
      h.assert.match(await badgeText(page, 0), /Germany|Japan/, 'the first window is unaffected');
      // The third window: the fallback found an address; the user confirms the country, with the
      // real mouse and keyboard (the badge ignores synthetic events).
      for (const until = Date.now() + 15_000; !(await badgeRect(page, 'button.pick', 2)); await page.waitForTimeout(200)) {
        if (Date.now() > until) throw new Error('no country picker in the third window');
      }
      await clickInBadge(page, 'button.pick', 2);
      await page.keyboard.type('Austria');
      // Nothing is saved while choosing; Save (the real mouse) confirms.
      await clickInBadge(page, 'button.save', 2);
      // The override is saved and the window re-analysed: the badge's main button names Austria.
      await waitForBadgeText(page, /Austria/, { index: 2, timeout: 15_000 });
      h.assert.equal(await inBadge(page, 2, (r) => r.querySelectorAll('select').length), 0, 'the picker closed');
      await h.shot(page, 'content-gmail-picked');
    },
  },
];
