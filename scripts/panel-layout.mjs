/**
 * How far a user has to scroll in the side panel: its height and where the first fix starts, at
 * 360 px and at the usual side-panel width (420 px), for the mixed-thread demo draft (German To,
 * Japanese Cc, a casual "Hi Hans," draft). Prints one JSON line per width.
 *
 * Usage: npm run build && node scripts/panel-layout.mjs [extension dir, default .output/chrome-mv3]
 */
import { resolve } from 'node:path';
import { launchWithExtension, EXTENSION_DIR } from './chromium.mjs';
import { startDemoServer, DEMO_URLS } from './demo-server.mjs';

/** The casual draft of issue #20, in a thread with a German To and a Japanese Cc. */
export const MIXED_DRAFT = "Hi Hans,\n\nthanks for the quote! We can't sign this week, we're gonna need a better price asap. Let me know what you think!!!\n\nCheers,\nAlex";

/** Replace the demo compose's body with `text`, as typing would (the editor fires input). */
export async function setDraft(page, text) {
  await page.evaluate((t) => {
    const body = document.querySelector('[contenteditable="true"][role="textbox"]');
    body.textContent = t;
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, text);
}

/** Turn the Gmail demo into the mixed thread: Hans in To, Kenji in Cc, and `draft` as the body. */
export async function mixedThread(page, draft = MIXED_DRAFT) {
  await page.evaluate((text) => {
    const kenji = document.querySelector('[name="to"] [data-hovercard-id="k.tanaka@kyoto-seiki.co.jp"]');
    document.querySelector('[name="cc"] [role="listbox"]').append(kenji);
    const body = document.querySelector('[contenteditable="true"][role="textbox"]');
    body.textContent = text;
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, draft);
}

async function main() {
  const extensionDir = resolve(process.argv[2] ?? EXTENSION_DIR);
  const server = await startDemoServer();
  const { context, extensionId } = await launchWithExtension({ port: server.port, extensionDir });
  try {
    const gmail = await context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await gmail.locator('glocal-badge, [data-glocal-badge]').first().waitFor({ state: 'attached', timeout: 20_000 });
    await mixedThread(gmail);
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await gmail.bringToFront();
    const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    for (const width of [360, 420]) {
      const panel = await context.newPage();
      await panel.setViewportSize({ width, height: 700 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      // The analysis of the casual draft (not the demo's first "Hi guys,") has arrived.
      await panel.locator('[data-testid="suggestion"]', { hasText: "can't" }).first().waitFor({ timeout: 20_000 });
      // Let late parts (chart, brief, local time) settle before measuring.
      await panel.waitForTimeout(1500);
      const m = await panel.evaluate(() => {
        const first = document.querySelector('[data-testid="suggestion"]');
        const verdict = document.querySelector('[data-testid="verdict"]');
        return {
          height: document.documentElement.scrollHeight,
          firstFixY: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
          verdictY: verdict ? Math.round(verdict.getBoundingClientRect().top + scrollY) : null,
          bodyFontPx: getComputedStyle(document.querySelector('[data-testid="suggestion"] p') ?? document.body).fontSize,
          fixes: document.querySelectorAll('[data-testid="suggestion"]').length,
        };
      });
      console.log(JSON.stringify({ width, viewport: 700, ...m }));
      await panel.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
