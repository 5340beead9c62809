/**
 * A page whose own script is hostile (SECURITY.md, "A hostile page"), in real Chromium with the
 * built extension. The script runs in the page's main world from the first line: it listens to
 * every window message, hooks attachShadow, and keeps trying to reach, click and change any
 * Glocal UI, and to switch Glocal off with WXT's own event. Afterwards: nothing was reachable,
 * nothing was saved (read from IndexedDB), no message named the extension, and Glocal still works.
 * Also: names from the page never reach an offered replacement, Apply in a textarea is undoable,
 * and the built bundle passes the static checks.
 */
import { join, resolve } from 'node:path';
import { badgeRootTypes, badgeText, waitForBadgeText } from './closed-shadow.mjs';
import { scanBundle } from '../security/bundle-scan.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);

/**
 * The attacker, in the page's main world. `extId` is given to it: a page can know a store
 * extension's public id, so the test assumes it does.
 */
function attacker({ extId, chips }) {
  const log = { messages: [], open: 0, hooked: 0, reached: [], drove: 0, fetched: 'not tried' };
  window.__hostile = log;
  window.addEventListener(
    'message',
    (e) => {
      let d;
      try {
        d = JSON.stringify(e.data);
      } catch {
        d = String(e.data);
      }
      log.messages.push(d);
    },
    true,
  );
  // A page can replace attachShadow for its own world; the content script's world has its own.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    log.hooked++;
    return attach.call(this, { ...init, mode: 'open' });
  };
  document.addEventListener('DOMContentLoaded', () => {
    const box = document.querySelector('[role="listbox"][aria-label="Search field"]');
    if (box && chips) box.innerHTML = chips;
  });
  fetch(`chrome-extension://${extId}/manifest.json`).then(
    () => (log.fetched = 'read'),
    () => (log.fetched = 'refused'),
  );
  const synthetic = (el) => {
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'focus', 'keydown', 'input', 'change']) {
      el.dispatchEvent(type === 'keydown' ? new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }) : new Event(type, { bubbles: true, composed: true }));
    }
  };
  const attack = () => {
    for (const host of document.querySelectorAll('glocal-badge')) {
      log.reached.push(...host.getAttributeNames().filter((a) => a !== 'style'));
      if (host.textContent) log.reached.push(`text:${host.textContent.slice(0, 40)}`);
      synthetic(host);
      host.click();
      const sr = host.shadowRoot;
      if (!sr) continue;
      // Reachable: read what Glocal inferred, then save a country for the page's chosen address.
      log.open++;
      log.reached.push(`state:${sr.textContent.slice(0, 60)}`);
      for (const b of sr.querySelectorAll('button')) {
        synthetic(b);
        b.click();
        log.drove++;
      }
      for (const s of sr.querySelectorAll('select')) {
        s.value = 'JP';
        synthetic(s);
        log.drove++;
      }
    }
    // WXT tears a content script down on this event: try to switch Glocal off.
    document.dispatchEvent(new CustomEvent(`${extId}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'hostile' } }));
    window.postMessage({ type: `${extId}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'hostile' }, '*');
  };
  setInterval(attack, 150);
}

/** Every row of the extension's IndexedDB tables the user's data lives in, read with the raw API. */
async function userRows(h) {
  const page = await h.openExtensionPage('options.html');
  const rows = await page.evaluate(
    () =>
      new Promise((done, fail) => {
        const req = indexedDB.open('glocal');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = ['overrides', 'dismissals', 'learnedDomains', 'notes'].filter((n) => db.objectStoreNames.contains(n));
          const tx = db.transaction(names, 'readonly');
          const out = {};
          for (const n of names) {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => (out[n] = r.result);
          }
          tx.oncomplete = () => done(out);
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await page.close();
  return rows;
}

/** The analyses the background holds for every tab (storage.session). */
async function storedAnalyses(h) {
  const sw = await h.serviceWorker();
  const s = await sw.evaluate(async () => (await chrome.storage.session.get('glocal:tabs'))['glocal:tabs'] ?? null);
  return Object.values(s?.tabs ?? {}).flatMap((t) => Object.values(t.analyses ?? {}));
}

const chip = (email, name) => `<div role="option" data-hovercard-id="${email}" data-name="${name}"><span>${name}</span></div>`;

export default [
  {
    name: 'a hostile main-world script can neither reach, drive, read nor stop Glocal',
    timeout: 120_000,
    async run(h) {
      // The first recipient's country is unknown, so the badge offers its country picker: the
      // control the page would need to save "Japan" for an address of its choosing.
      const chips = chip('victim@partner-gmbh.example', 'Victim Partner') + chip('k.tanaka@kyoto-seiki.co.jp', 'Kenji Tanaka');
      const page = await h.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(attacker, { extId: h.extensionId, chips });
      await page.goto(h.demoUrls.gmail);
      await waitForBadgeText(page, /\S/, { timeout: 30_000 });
      // Give the attack time to run against a badge that is fully rendered.
      await page.waitForTimeout(3_000);

      h.assert.deepEqual(await badgeRootTypes(page), ['closed'], 'the badge root is closed');
      const log = await page.evaluate(() => window.__hostile);
      h.assert.equal(log.open, 0, 'the page never got the badge’s shadow root');
      h.assert.equal(log.hooked, 0, 'the page’s attachShadow hook never saw Glocal');
      h.assert.deepEqual(log.reached, [], 'the badge host carries no readable state');
      h.assert.equal(log.drove, 0);
      h.assert.equal(log.fetched, 'refused', 'the page cannot read the extension’s files');
      // Only the page's own attack messages; none from Glocal, none naming it.
      const ours = log.messages.filter((m) => !m.includes('hostile'));
      h.assert.deepEqual(ours, [], 'no window message came from the extension');

      // Nothing was saved: no correction, dismissal, learned domain or note.
      const rows = await userRows(h);
      for (const [table, list] of Object.entries(rows)) h.assert.deepEqual(list, [], `${table} is empty`);

      // Glocal still runs: the user's typing gets a new analysis and the badge follows.
      const before = Math.max(0, ...(await storedAnalyses(h)).map((a) => a.at));
      await page.locator('[g_editable="true"]').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Gotta have the contract ASAP!!');
      const until = Date.now() + 15_000;
      for (;;) {
        const latest = Math.max(0, ...(await storedAnalyses(h)).map((a) => a.at));
        if (latest > before) break;
        h.assert.ok(Date.now() < until, 'typing after the attack is analysed: Glocal was not stopped');
        await page.waitForTimeout(200);
      }
      h.assert.ok(((await badgeText(page)) ?? '').length > 0, 'the badge is still there');
      h.assert.deepEqual(errors, []);
    },
  },
  {
    name: 'a display name with a URL or a second paragraph never enters an offered replacement',
    timeout: 90_000,
    // Finding 4: lib/analysis/untrusted.ts (safeName) guards every page-derived name that can
    // enter a replacement. Without it the greeting fix offers "Dear Mr. https://evil.example/pay,".
    async run(h) {
      // The Japanese reader sets the audience's norms, so the greeting fix is built from this
      // chip's display name. It holds a second paragraph and a URL.
      const hostileName = 'Kenji Tanaka\n\nP.S. Our bank details changed: https://evil.example/pay';
      const page = await h.context.newPage();
      await page.addInitScript(
        ({ chips, name }) => {
          document.addEventListener('DOMContentLoaded', () => {
            document.querySelector('[role="listbox"][aria-label="Search field"]').innerHTML = chips;
            const kenji = document.querySelector('[data-hovercard-id="k.tanaka@kyoto-seiki.co.jp"]');
            kenji.setAttribute('data-name', name);
            kenji.firstElementChild.textContent = name;
            document.querySelector('[g_editable="true"]').textContent = 'Hi Kenji, can you send the quote ASAP?';
          });
        },
        { chips: chip('k.tanaka@kyoto-seiki.co.jp', 'Kenji Tanaka'), name: hostileName },
      );
      await page.goto(h.demoUrls.gmail);
      await waitForBadgeText(page, /Japan/, { timeout: 30_000 });
      let analyses = [];
      for (const until = Date.now() + 15_000; !analyses.some((a) => a.suggestions.some((s) => s.category === 'greeting')); await page.waitForTimeout(200)) {
        analyses = await storedAnalyses(h);
        h.assert.ok(Date.now() < until, 'a greeting fix is offered ("Hi Kenji," is too casual for Japan)');
      }
      const offered = analyses.flatMap((a) => a.suggestions.map((s) => s.replacement ?? '')).filter(Boolean);
      for (const r of offered) h.assert.ok(!/https?:|evil\.example|P\.S\.|bank/i.test(r), `an offered replacement carries page text: ${JSON.stringify(r)}`);
    },
  },
  {
    name: 'Apply in a plain textarea is undone by Ctrl+Z (real Chromium)',
    async run(h) {
      const { build } = await import('esbuild');
      const out = await build({ entryPoints: [join(root, 'lib', 'sites', 'apply.ts')], bundle: true, format: 'iife', globalName: 'GlocalApply', write: false, logLevel: 'silent' });
      const page = await h.context.newPage();
      await page.setContent('<textarea id="t" rows="4" cols="60"></textarea>');
      await page.addScriptTag({ content: out.outputFiles[0].text });
      await page.click('#t');
      await page.keyboard.type('Hi guys, can you send it ASAP?');
      const res = await page.evaluate(() => {
        const el = document.getElementById('t');
        let inputs = 0;
        el.addEventListener('input', () => inputs++);
        const r = window.GlocalApply.applyReplacement({ el, kind: 'textarea', text: {}, outer: el }, 0, 8, 'Hi guys,', 'Dear Mr. Müller,');
        return { ...r, value: el.value, inputs };
      });
      h.assert.equal(res.ok, true);
      h.assert.equal(res.value, 'Dear Mr. Müller, can you send it ASAP?');
      h.assert.ok(res.inputs >= 1, 'the site sees an input event');
      await page.keyboard.press('Control+z');
      h.assert.equal(await page.inputValue('#t'), 'Hi guys, can you send it ASAP?', 'Ctrl+Z restores the text');
      await page.keyboard.press('Control+Shift+z');
      h.assert.equal(await page.inputValue('#t'), 'Dear Mr. Müller, can you send it ASAP?', 'and redo applies it again');
    },
  },
  {
    name: 'built bundle: no HTML sink, window message listener or postMessage but the reviewed ones',
    async run(h) {
      for (const dir of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
        const full = join(root, '.output', dir);
        const r = await import('node:fs').then((fs) => (fs.existsSync(full) ? scanBundle(full) : null));
        if (!r) {
          h.assert.ok(dir !== 'chrome-mv3', 'run npm run build first');
          continue;
        }
        h.assert.ok(r.files > 5, `${dir}: ${r.files} files scanned`);
        h.assert.deepEqual(r.hits, [], `${dir}: forbidden code in the bundle`);
        h.assert.deepEqual(r.stale, [], `${dir}: reviewed exceptions no longer found`);
      }
    },
  },
];
