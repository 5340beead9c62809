/**
 * Issue #18 parts 2 and 3 on the real build: "Write in German" and "Rewrite for Germany" in the
 * side panel, with a fake `Translator` and `LanguageModel` of the browser APIs' shape injected into
 * the panel page before its scripts run. Chromium here (like Chrome for Testing) downloads no
 * model, so no real translation is made: the fakes answer from a small dictionary. Also: without
 * the APIs the panel shows nothing of it, with this Chromium's own API it asks before any
 * download and remembers "Not now", and none of it makes a network request.
 */
import { DEMO_HOSTS } from '../../scripts/demo-server.mjs';

const EDITOR = '[g_editable="true"]';
const BADGE = 'glocal-badge, [data-glocal-badge]';
const DRAFT = 'Hi Hans,\n\ncould you send me the revised quote by Friday?\n\nCheers,\nAlex';

/** Runs in the side panel page before its own scripts: fakes with the APIs' shape, calls recorded. */
function installFakes() {
  const dict = {
    'en>de': {
      'Hi Hans,': 'Hallo Hans,',
      'could you send me the revised quote by Friday?': 'kannst du mir das überarbeitete Angebot bis Freitag schicken?',
      'Cheers,': 'Viele Grüße',
      Alex: 'Alex',
    },
    'de>en': {
      'Hallo Hans,': 'Hello Hans,',
      'kannst du mir das überarbeitete Angebot bis Freitag schicken?': 'can you send me the revised offer by Friday?',
      'Viele Grüße': 'Many greetings',
      Alex: 'Alex',
    },
  };
  const calls = (globalThis.__ondeviceCalls = []);
  class Translator {
    static async availability({ sourceLanguage, targetLanguage }) {
      calls.push(['availability', sourceLanguage, targetLanguage]);
      return dict[`${sourceLanguage}>${targetLanguage}`] ? 'available' : 'unavailable';
    }
    static async create({ sourceLanguage, targetLanguage }) {
      const key = `${sourceLanguage}>${targetLanguage}`;
      calls.push(['create', key]);
      if (!dict[key]) throw new DOMException('unsupported pair', 'NotSupportedError');
      return { translate: async (text) => dict[key][text.trim()] ?? `[${key}] ${text}`, destroy() {} };
    }
  }
  class LanguageModel {
    static async availability() {
      return 'available';
    }
    static async create(options) {
      calls.push(['lm.create', options.initialPrompts?.[0]?.content ?? '']);
      return {
        async prompt(input) {
          calls.push(['lm.prompt', input]);
          return 'Dear Mr. Müller,\n\ncould you please send me the revised quote by Friday?\n\nKind regards,\nAlex';
        },
        destroy() {},
      };
    }
  }
  Object.defineProperty(globalThis, 'Translator', { value: Translator, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'LanguageModel', { value: LanguageModel, configurable: true, writable: true });
}

/** The browser's own Translator, left working, with its `create` (which may start a download) counted. */
function countNativeCreate() {
  globalThis.__nativeCreate = 0;
  const T = globalThis.Translator;
  if (typeof T !== 'function' || typeof T.create !== 'function') return;
  const create = T.create.bind(T);
  Object.defineProperty(T, 'create', { value: (...args) => (globalThis.__nativeCreate++, create(...args)), configurable: true, writable: true });
}

/** As in Firefox or an older Chrome: neither API exists. */
function removeApis() {
  delete globalThis.Translator;
  delete globalThis.LanguageModel;
}

/** Every request from any context, with what the no-network check needs (as security.e2e.mjs). */
function recordRequests(h) {
  const seen = [];
  h.context.on('request', (req) => seen.push({ url: req.url(), nav: req.isNavigationRequest(), type: req.resourceType(), worker: Boolean(req.serviceWorker?.()) }));
  return seen;
}

/** No request left the extension but loading the demo pages; a canary proves the recorder listens. */
async function assertNoNetwork(h, page, seen) {
  const CANARY = 'https://canary.glocal.invalid/ondevice';
  await page.evaluate((u) => fetch(u).catch(() => undefined), CANARY);
  await page.waitForTimeout(300);
  h.assert.ok(seen.some((r) => r.url === CANARY), 'the recorder sees requests from the pages');
  const extension = `chrome-extension://${h.extensionId}/`;
  const demoHosts = new Set(Object.keys(DEMO_HOSTS));
  const offending = seen.filter((r) => {
    if (r.url === CANARY || r.url.startsWith(extension) || r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
    const u = new URL(r.url);
    // The demo pages themselves (documents, and the Gmail demo's own send.js) are the only other traffic.
    return !(demoHosts.has(u.hostname) && (r.nav || (r.type === 'script' && u.pathname === '/send.js')) && !r.worker);
  });
  h.assert.deepEqual(offending, [], `requests that left the extension: ${JSON.stringify(offending)}`);
  h.assert.ok(seen.some((r) => r.url.startsWith(extension)), "the recorder saw the extension's own loads");
}

/** The demo Gmail with Hans (Germany) as the only reader, the draft typed, and the panel for it. */
async function draftAndPanel(h, init) {
  const page = await h.openDemo('gmail');
  await page.locator(BADGE).first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.evaluate(() => document.querySelector('[data-hovercard-id="k.tanaka@kyoto-seiki.co.jp"]')?.remove());
  const editor = page.locator(EDITOR).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(DRAFT);
  const sw = await h.serviceWorker();
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  h.assert.ok(tabId !== null, 'the demo tab is known to the extension');
  const panel = await h.context.newPage();
  if (init) await panel.addInitScript(init);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  // The analysis of the typed draft (for Germany, with its "Cheers," fix) has arrived.
  await panel.getByTestId('suggestion').filter({ hasText: 'Cheers' }).first().waitFor({ timeout: 20_000 });
  await panel.getByTestId('verdict').filter({ hasText: 'Germany' }).waitFor({ timeout: 10_000 });
  return { page, panel, editor };
}

export default [
  {
    name: 'Write in German: translation and back-translation side by side, the register check on it, Insert, and Ctrl+Z',
    timeout: 120_000,
    async run(h) {
      const seen = recordRequests(h);
      const { page, panel, editor } = await draftAndPanel(h, installFakes);
      const before = await editor.innerText();
      const translate = panel.getByTestId('ondevice-translate');
      await translate.waitFor({ timeout: 15_000 });
      h.assert.equal(await translate.textContent(), 'Write in German');
      h.assert.equal(await panel.getByTestId('ondevice-rewrite').textContent(), 'Rewrite for Germany');
      await translate.click();
      // A model that is already there needs no question.
      h.assert.equal(await panel.getByTestId('ondevice-ask').count(), 0);
      const translation = panel.getByTestId('ondevice-translation');
      await translation.waitFor({ timeout: 15_000 });
      h.assert.match(await translation.innerText(), /kannst du mir das überarbeitete Angebot/);
      h.assert.equal(await translation.getAttribute('lang'), 'de');
      h.assert.match(await panel.getByTestId('ondevice-back').innerText(), /can you send me the revised offer by Friday\?/);
      // Side by side at the panel's usual width: the two columns share a row.
      const boxes = await panel.evaluate(() => [...document.querySelectorAll('.ondevice-pair figure')].map((f) => Math.round(f.getBoundingClientRect().top)));
      h.assert.equal(boxes.length, 2);
      h.assert.equal(boxes[0], boxes[1], `side by side: ${JSON.stringify(boxes)}`);
      // The background ran the register rules on the German text: "du" and "Hallo Hans," for Germany.
      const findings = await panel.getByTestId('ondevice-finding').allInnerTexts();
      h.assert.ok(findings.some((f) => /form of address: “kannst du” → “können Sie”/.test(f)), `T–V on the translation: ${JSON.stringify(findings)}`);
      h.assert.ok(findings.some((f) => /greeting: “Hallo Hans,” → “Sehr geehrter Herr Müller,”/.test(f)), `salutation on the translation: ${JSON.stringify(findings)}`);
      // Nothing changed in the page before the click.
      h.assert.equal(await editor.innerText(), before);
      await panel.getByTestId('ondevice-insert').scrollIntoViewIfNeeded();
      await h.shot(panel, 'ondevice-translation');
      await panel.getByTestId('ondevice-insert').click();
      await page.waitForFunction((sel) => document.querySelector(sel).innerText.includes('kannst du mir das überarbeitete Angebot'), EDITOR, { timeout: 10_000 });
      const after = await editor.innerText();
      h.assert.doesNotMatch(after, /revised quote/, `the whole draft was replaced: ${after}`);
      h.assert.match(after, /^Hallo Hans,\n/, `paragraphs kept: ${JSON.stringify(after)}`);
      await panel.getByTestId('ondevice').getByRole('status').filter({ hasText: 'undoes it' }).waitFor({ timeout: 5_000 });
      // The editor's own undo restores the English draft.
      await page.bringToFront();
      await editor.click();
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((b) => document.querySelector('[g_editable="true"]').innerText === b, before, { timeout: 5_000 });
      const calls = await panel.evaluate(() => globalThis.__ondeviceCalls);
      h.assert.deepEqual(calls.filter((c) => c[0] === 'create').map((c) => c[1]), ['en>de', 'de>en']);
      await assertNoNetwork(h, page, seen);
    },
  },
  {
    name: 'Rewrite for Germany: constrained by the active fixes, shown as a word diff, re-checked, nothing applied without a click, refused once the draft changed',
    timeout: 120_000,
    async run(h) {
      const { page, panel, editor } = await draftAndPanel(h, installFakes);
      const before = await editor.innerText();
      const rewrite = panel.getByTestId('ondevice-rewrite');
      await rewrite.waitFor({ timeout: 15_000 });
      await rewrite.click();
      const diff = panel.getByTestId('ondevice-diff');
      await diff.waitFor({ timeout: 15_000 });
      h.assert.ok((await diff.locator('del').allInnerTexts()).some((d) => d.includes('Hi')), 'the old greeting is struck out');
      h.assert.ok((await diff.locator('ins').allInnerTexts()).some((d) => /Dear|Müller/.test(d)), 'the new greeting is marked');
      await panel.getByTestId('ondevice-check').waitFor();
      const calls = await panel.evaluate(() => globalThis.__ondeviceCalls);
      const prompt = calls.find((c) => c[0] === 'lm.prompt')?.[1] ?? '';
      h.assert.match(prompt, /Make these changes:\n1\. /, 'the prompt lists the active fixes');
      h.assert.match(prompt, /"Cheers,"/, `the sign-off fix is one of them: ${prompt}`);
      h.assert.equal(await editor.innerText(), before, 'nothing is applied without a click');
      // The user types on after the rewrite: Insert is refused rather than overwrite the new words.
      await page.bringToFront();
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' P.S. thanks');
      const typed = await editor.innerText();
      // The worker holds the new text (the page sends it after a short pause).
      const tabId = Number(new URL(panel.url()).searchParams.get('tabId'));
      const composeId = await panel.locator('[data-compose]').first().getAttribute('data-compose');
      const held = async () => (await panel.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'draftText', tabId, composeId }))?.data?.body ?? '';
      for (let i = 0; !(await held()).includes('P.S. thanks'); i++) {
        h.assert.ok(i < 50, 'the typed words reached the worker');
        await panel.waitForTimeout(200);
      }
      await panel.getByTestId('ondevice-insert').click();
      await panel.getByTestId('ondevice').getByRole('alert').filter({ hasText: 'draft changed' }).waitFor({ timeout: 10_000 });
      h.assert.equal(await editor.innerText(), typed, 'the draft keeps what was typed');
      await panel.getByTestId('ondevice-discard').click();
      h.assert.equal(await panel.getByTestId('ondevice-diff').count(), 0);
      h.assert.equal(await editor.innerText(), typed, 'discarding changes nothing');
    },
  },
  {
    name: 'without the APIs (as in Firefox or an older Chrome) the Draft tab shows nothing of it',
    async run(h) {
      const seen = recordRequests(h);
      const { page, panel } = await draftAndPanel(h, removeApis);
      await panel.getByTestId('formality-meter').waitFor();
      await panel.waitForTimeout(1_000);
      h.assert.equal(await panel.evaluate(() => typeof globalThis.Translator), 'undefined');
      h.assert.equal(await panel.getByTestId('ondevice').count(), 0, 'no on-device card');
      h.assert.equal(await panel.getByTestId('ondevice-off').count(), 0, 'no line about it either');
      await assertNoNetwork(h, page, seen);
    },
  },
  {
    name: "with this Chromium's own API: asks before the browser would fetch a model, and remembers Not now",
    timeout: 120_000,
    async run(h) {
      const seen = recordRequests(h);
      const { page, panel } = await draftAndPanel(h, countNativeCreate);
      const native = await panel.evaluate(async () => ({
        translator: typeof globalThis.Translator === 'function' ? await globalThis.Translator.availability({ sourceLanguage: 'en', targetLanguage: 'de' }).catch((e) => `error ${e.name}`) : 'absent',
      }));
      await panel.waitForTimeout(1_000);
      console.log(`    this browser's Translator: ${native.translator} for en → de`);
      if (native.translator !== 'downloadable' && native.translator !== 'downloading') {
        // A browser without a model to fetch shows nothing (a model already there needs no question).
        h.assert.equal(await panel.getByTestId('ondevice-ask').count(), 0, `no question when the translator is ${native.translator}`);
        return;
      }
      // Chromium 156 here answers "downloadable": the card is offered, and a click only asks.
      const translate = panel.getByTestId('ondevice-translate');
      await translate.waitFor({ timeout: 15_000 });
      await translate.click();
      const ask = panel.getByTestId('ondevice-ask');
      await ask.waitFor();
      h.assert.match(await ask.innerText(), /browser downloads that model itself; Glocal sends nothing anywhere/);
      h.assert.equal(await panel.evaluate(() => /native code/.test(String(globalThis.Translator.create))), false, 'the counter is in place');
      h.assert.equal(await panel.evaluate(() => globalThis.__nativeCreate), 0, 'the question comes before the browser is asked for a model');
      await panel.getByTestId('ondevice-decline').click();
      await panel.getByTestId('ondevice-off').waitFor({ timeout: 10_000 });
      h.assert.equal(await panel.getByTestId('ondevice-translate').count(), 0);
      // Remembered in the settings: a new panel does not offer it again.
      const sw = await h.serviceWorker();
      await panel.reload();
      await panel.getByTestId('ondevice-off').waitFor({ timeout: 20_000 });
      h.assert.equal(await panel.getByTestId('ondevice-translate').count(), 0);
      const settings = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'getSettings' }));
      h.assert.equal(settings?.data?.onDeviceModels, 'declined');
      h.assert.equal(await panel.evaluate(() => globalThis.__nativeCreate), 0, 'after Not now the browser was never asked for a model');
      h.assert.ok(sw, 'the worker is there');
      await assertNoNetwork(h, page, seen);
    },
  },
];
