/**
 * The Firefox build (.output/firefox-mv2), installed as a temporary add-on in Firefox ESR and
 * driven over WebDriver BiDi (scripts/firefox.mjs): the round trip from the content script through
 * the background to the sidebar page, Apply with undo, the no-network check, and a note from the
 * options page on the contact's card. Every request
 * Firefox makes goes through the harness's proxy, which tunnels the demo hosts and records the rest.
 */
const BADGE = 'glocal-badge, [data-glocal-badge]';
const EDITOR = '[g_editable="true"]';

/** The headline (top country) of the recipient card that names `person`, or null. */
const headline = (panel, person) =>
  panel.evaluate((p) => {
    const card = [...document.querySelectorAll('[data-testid="recipient-card"]')].find((c) => c.textContent.includes(p));
    return card?.querySelector('strong')?.textContent ?? null;
  }, person);

async function waitForHeadline(panel, person, country) {
  await panel.waitForFunction(
    (p, c) => {
      const card = [...document.querySelectorAll('[data-testid="recipient-card"]')].find((x) => x.textContent.includes(p));
      return card?.querySelector('strong')?.textContent === c;
    },
    { timeout: 15_000, polling: 100 },
    person,
    country,
  );
}

/** Replace the demo draft by typing, as a user does (select all, then type). */
async function typeDraft(page, text) {
  await page.bringToFront();
  await page.click(EDITOR);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** Click Apply on the first suggestion whose text contains `needle`. */
async function applySuggestion(panel, needle) {
  await panel.waitForFunction(
    (n) => [...document.querySelectorAll('[data-testid="suggestion"]')].some((s) => s.textContent.includes(n) && s.querySelector('[data-testid="apply"]')),
    { timeout: 20_000, polling: 200 },
    needle,
  );
  await panel.evaluate((n) => {
    const s = [...document.querySelectorAll('[data-testid="suggestion"]')].find((x) => x.textContent.includes(n) && x.querySelector('[data-testid="apply"]'));
    s.querySelector('[data-testid="apply"]').click();
  }, needle);
}

const editorText = (page) => page.$eval(EDITOR, (e) => e.innerText);

export default [
  {
    name: 'content script → background (IndexedDB) → sidebar page, and a correction back',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.waitForSelector(BADGE, { timeout: 20_000 });
      const { panel } = await h.openPanel();
      await panel.waitForSelector('[data-testid="recipient-card"]', { timeout: 15_000 });
      await waitForHeadline(panel, 'Hans Müller', 'Germany');
      h.assert.equal(await headline(panel, 'Kenji Tanaka'), 'Japan');
      // A per-contact correction is stored by the background and changes the sidebar's answer.
      const res = await h.send(panel, { type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' } });
      h.assert.equal(res.ok, true, JSON.stringify(res));
      await waitForHeadline(panel, 'Hans Müller', 'Austria');
      await h.shot(panel, 'roundtrip-sidepanel');
    },
  },
  {
    name: 'apply "ASAP" → a dated request from the sidebar page, and the editor undoes it',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.waitForSelector(BADGE, { timeout: 20_000 });
      await typeDraft(page, 'Dear Mr. Tanaka, Mr. Müller,\n\nPlease send me the revised quotation ASAP.\n\nBest regards,\nAlex Morgan');
      const { panel } = await h.openPanel();
      await applySuggestion(panel, 'ASAP');
      await page.waitForFunction((sel) => !document.querySelector(sel).innerText.includes('ASAP'), { timeout: 10_000, polling: 100 }, EDITOR);
      const after = await editorText(page);
      h.assert.match(after, /by \w+day \d{1,2} \w+, if possible/, `the dated request replaced ASAP: ${after}`);
      h.assert.match(after, /^Dear Mr\. Tanaka/, 'the rest of the draft is untouched');
      // The edit went through the editor's input path, so its own undo restores the text.
      await page.bringToFront();
      await page.click(EDITOR);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyZ');
      await page.keyboard.up('Control');
      await page.waitForFunction((sel) => document.querySelector(sel).innerText.includes('ASAP'), { timeout: 5_000, polling: 100 }, EDITOR);
    },
  },
  {
    name: 'no network: the demo flow sends nothing but the demo pages through the proxy',
    timeout: 150_000,
    async run(h) {
      const gmail = await h.openDemo('gmail');
      await gmail.waitForSelector(BADGE, { timeout: 20_000 });
      const { panel } = await h.openPanel();
      await panel.waitForSelector('[data-testid="recipient-card"]', { timeout: 15_000 });

      await typeDraft(gmail, 'Hi, we need the revised quote ASAP, no excuses. Cheers, Alex');
      const before = await editorText(gmail);
      await applySuggestion(panel, 'ASAP');
      await gmail.waitForFunction((sel, b) => document.querySelector(sel).innerText !== b, { timeout: 10_000, polling: 100 }, EDITOR, before);

      // The other pages and data flows: popup, options, a correction with a note, export, Salesforce.
      const popup = await h.openExtensionPage('popup.html');
      await popup.waitForSelector('[data-testid="popup"]', { timeout: 10_000 });
      const options = await h.openExtensionPage('options.html');
      h.assert.equal((await h.send(options, { type: 'setOverride', override: { scope: 'contact', key: 'k.tanaka@kyoto-seiki.co.jp', country: 'JP', note: 'deal 40k' } })).ok, true);
      h.assert.equal((await h.send(options, { type: 'exportData' })).ok, true);
      const sf = await h.browser.newPage();
      await sf.goto(h.demoUrls.salesforce);
      await sf.waitForSelector(BADGE, { timeout: 20_000 }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 1_500)); // let any late request show up

      // The proxy must see a request that does leave: a canary fetched from the page is refused and recorded.
      const CANARY = 'canary.glocal.invalid:443';
      await gmail.evaluate(() => fetch('https://canary.glocal.invalid/probe').catch(() => undefined));
      await new Promise((r) => setTimeout(r, 500));
      h.assert.ok(h.proxy.refused.some((r) => r.url === CANARY), 'the proxy records requests that leave');
      h.assert.deepEqual(h.proxy.refused.filter((r) => r.url !== CANARY), [], 'requests other than to the demo pages');
      h.assert.ok(h.proxy.tunnelled.includes('mail.google.com') && h.proxy.tunnelled.some((x) => x.endsWith('.lightning.force.com')), 'the demo pages came through the proxy');
    },
  },
  {
    name: 'a note added on the options page shows on the contact\'s card in the sidebar page',
    async run(h) {
      const page = await h.openDemo('gmail');
      await page.waitForSelector(BADGE, { timeout: 20_000 });
      const options = await h.openExtensionPage('options.html');
      await options.waitForSelector('[data-testid="notes"] [data-testid="note-key"]', { timeout: 15_000 });
      await options.type('[data-testid="note-key"]', 'hans.mueller@muellerbau-technik.de');
      await options.type('[data-testid="note-text-input"]', 'Prefers a call before 10:00.');
      await options.click('[data-testid="notes"] [data-testid="note-add"]');
      await options.waitForSelector('[data-testid="note-row"]', { timeout: 10_000 });
      const { panel } = await h.openPanel();
      await waitForHeadline(panel, 'Hans Müller', 'Germany');
      // Recipients are a chip row; a chip opens the full card, which holds the notes.
      await panel.evaluate(() => {
        const chip = [...document.querySelectorAll('[data-testid="recipient-card"]')].find((c) => c.textContent.includes('Hans Müller'));
        chip.click();
      });
      await panel.waitForSelector('[data-testid="recipient-details"] [data-testid="contact-notes"] summary', { timeout: 10_000 });
      await panel.evaluate(() => document.querySelector('[data-testid="recipient-details"] [data-testid="contact-notes"] summary').click());
      await panel.waitForFunction(
        () => [...document.querySelectorAll('[data-testid="note-text"]')].some((e) => e.textContent === 'Prefers a call before 10:00.'),
        { timeout: 10_000, polling: 100 },
      );
    },
  },
];
