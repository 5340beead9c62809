/**
 * The reading lens on the built extension (issue #18, "Done when"): for each demo Gmail thread
 * (demo/gmail/threads.html?t=<key>, eleven languages), the side panel's "How to read this" card
 * shows each received message's readings, in order, with their likelihood, confidence and basis;
 * nothing is read for the user's own message, for a sender whose culture the entry does not fit
 * (a Spanish sender's "lo veo complicado", an American's "With all due respect"), or for "see
 * you" phrases. Nothing of a received message but the decoded phrases is kept: no other line of it
 * is in storage.session, storage.local or the extension's IndexedDB.
 * Expectations: test/fixtures/lens/demo-threads.json (also checked by test/decode/demo-threads.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const EXPECTED = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'lens', 'demo-threads.json'), 'utf8')).threads;
const SELF = 'alex.morgan@example.com';
const LIKELIHOOD = /^(often means:|can mean:|possibly means:)$/;
const CITED = /Meyer|Gesteland|Lewis|Morrison/;
const regionName = (cc) => new Intl.DisplayNames(['en'], { type: 'region' }).of(cc);

/** Everything the extension keeps: storage.session, storage.local and every IndexedDB store. */
async function keptText(h) {
  const sw = await h.serviceWorker();
  const storage = await sw.evaluate(async () => JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]));
  const page = await h.openExtensionPage('options.html');
  const idb = await page.evaluate(async () => {
    const out = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const names = Array.from(db.objectStoreNames);
      if (names.length) {
        const tx = db.transaction(names, 'readonly');
        await Promise.all(names.map((n) => new Promise((ok) => {
          const r = tx.objectStore(n).getAll();
          r.onsuccess = () => ok((out[`${name}.${n}`] = r.result));
          r.onerror = () => ok(null);
        })));
      }
      db.close();
    }
    return JSON.stringify(out);
  });
  await page.close();
  return { session: storage, idb };
}

/** Open one demo thread, then the side panel for its tab; returns the lens as the panel shows it. */
async function openThread(h, panel, key) {
  const page = await h.context.newPage();
  const url = new URL(h.demoUrls.gmailThreads);
  url.searchParams.set('t', key);
  await page.goto(url.href);
  await page.locator('glocal-badge').first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.bringToFront();
  const sw = await h.serviceWorker();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  h.assert.ok(tabId !== null, `${key}: the demo tab is known to the extension`);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  const card = panel.locator('[data-lens]');
  await card.waitFor({ timeout: 20_000 });
  h.assert.equal((await card.locator('h3').innerText()).trim(), 'How to read this');
  // Open every "Why" so confidence and basis are on screen.
  for (const s of await card.locator('details > summary').all()) await s.click();
  const shown = await card.evaluate((el) =>
    Array.from(el.querySelectorAll('[data-lens-message]')).map((m) => ({
      header: m.querySelector('p')?.textContent ?? '',
      readings: Array.from(m.querySelectorAll('li[data-reading]')).map((li) => ({
        id: li.getAttribute('data-reading'),
        phrase: li.querySelector('q')?.textContent ?? '',
        phraseLang: li.querySelector('q')?.getAttribute('lang') ?? '',
        likelihood: li.querySelector('q + .muted')?.textContent ?? '',
        why: li.querySelector('details p')?.textContent ?? '',
        whyVisible: !!li.querySelector('details[open] p'),
      })),
    })),
  );
  // The received messages' text as the page shows it (Gmail's message bodies).
  const bodies = await page.locator('div.adn[data-message-id]').evaluateAll((els) =>
    els.map((m) => ({ from: m.querySelector('span.gD[email]')?.getAttribute('email') ?? '', text: m.querySelector('div.a3s')?.innerText ?? '' })),
  );
  return { page, shown, bodies };
}

async function checkThread(h, panel, key) {
  const want = EXPECTED[key];
  const { page, shown, bodies } = await openThread(h, panel, key);
  const label = (s) => `${key}: ${s}`;
  // One block per received message with readings; never the user's own.
  h.assert.deepEqual(
    shown.map((m) => Object.keys(want.messages).find((e) => m.header.includes(e)) ?? m.header),
    Object.keys(want.messages),
    label('the messages the lens reads'),
  );
  for (const m of shown) {
    h.assert.ok(!m.header.includes(SELF), label('the user\'s own message is not read'));
    const email = Object.keys(want.messages).find((e) => m.header.includes(e));
    const { country, readings } = want.messages[email];
    h.assert.ok(m.header.includes(regionName(country)), label(`${email} is placed in ${regionName(country)}: ${m.header}`));
    h.assert.deepEqual(m.readings.map((r) => r.id), readings, label(`readings for ${email}`));
    const body = bodies.find((b) => b.from === email)?.text ?? '';
    for (const r of m.readings) {
      h.assert.ok(r.phrase.length > 1 && body.includes(r.phrase), label(`"${r.phrase}" is a phrase of ${email}'s message`));
      h.assert.equal(r.phraseLang, want.lang, label(`the phrase keeps its language: ${r.phrase}`));
      h.assert.match(r.likelihood, LIKELIHOOD, label(`a likelihood, never certainty: ${r.likelihood}`));
      h.assert.ok(r.whyVisible, label('"Why" opens'));
      const pct = Number(r.why.match(/^Confidence (\d+)%\./)?.[1]);
      h.assert.ok(pct > 0 && pct < 100, label(`confidence below certainty: ${r.why}`));
      h.assert.match(r.why, new RegExp(`phrase table ${r.id.replace('.', '\\.')} \\(curated\\)`), label(`basis names the entry: ${r.why}`));
      h.assert.match(r.why, new RegExp(`sender in ${country}: (indirect|direct|between) communicator`), label(`basis names the sender's culture: ${r.why}`));
      h.assert.match(r.why, CITED, label(`basis cites its source: ${r.why}`));
    }
  }
  for (const s of want.silent ?? []) {
    h.assert.ok(bodies.some((b) => b.from === s), label(`${s}'s message is on the page`));
    h.assert.ok(!shown.some((m) => m.header.includes(s)), label(`nothing is read in ${s}'s message`));
  }
  for (const n of want.notRead) {
    h.assert.ok(bodies.some((b) => b.text.includes(n.phrase)), label(`"${n.phrase}" is on the page`));
    const hits = shown.flatMap((m) => m.readings).filter((r) => r.phrase.toLowerCase().includes(n.phrase.toLowerCase()));
    h.assert.deepEqual(hits.map((r) => r.id), [], label(`"${n.phrase}" is not read: ${n.why}`));
  }

  // At rest: the decoded phrases are kept with the tab's analysis; no other line of a received
  // message is kept anywhere.
  const kept = await keptText(h);
  for (const r of shown.flatMap((m) => m.readings)) h.assert.ok(kept.session.includes(r.phrase), label(`the decoded phrase is kept: ${r.phrase}`));
  const lines = bodies
    .filter((b) => b.from !== SELF)
    .flatMap((b) => b.text.split('\n'))
    .map((l) => l.trim())
    // Long enough to be the message's own words, not a greeting or sign-off a suggestion might
    // also contain: 24 characters, or 12 in the scripts that pack a word into one or two.
    .filter((l) => [...l].length >= (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(l) ? 12 : 24));
  h.assert.ok(lines.length >= 3, label(`enough received lines to check (${lines.length})`));
  for (const line of lines) {
    h.assert.ok(!kept.session.includes(line), label(`not in extension storage: ${line}`));
    h.assert.ok(!kept.idb.includes(line), label(`not in IndexedDB: ${line}`));
  }
  await page.close();
  return shown;
}

/** One browser per group of threads; each group stays within the test timeout. */
const group = (keys) => ({
  name: `How to read this: ${keys.join(', ')}`,
  timeout: 150_000,
  async run(h) {
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    for (const key of keys) {
      const shown = await checkThread(h, panel, key);
      await panel.locator('[data-lens]').screenshot({ path: join(root, 'demo-output', 'e2e', `lens-${key}.png`) }).catch(() => {});
      h.assert.ok(shown.length >= 1, `${key}: at least one message read`);
    }
  },
});

const keys = Object.keys(EXPECTED);
export default [
  {
    name: 'the demo threads cover at least eight languages',
    async run(h) {
      h.assert.ok(new Set(keys.map((k) => EXPECTED[k].lang)).size >= 8);
      // The page is served and renders the thread its query names.
      const page = await h.context.newPage();
      await page.goto(h.demoUrls.gmailThreads.replace('t=en-GB', 't=ja'));
      h.assert.match(await page.locator('h2.hP').innerText(), /お見積り/);
      h.assert.match(await page.title(), / - alex\.morgan@example\.com - Gmail/);
    },
  },
  group(['en-GB', 'en-US', 'en-IN', 'de']),
  group(['fr', 'es', 'pt', 'it', 'nl']),
  group(['ja', 'ko', 'zh', 'ar']),
];
