/**
 * The content script: picks the site module for this page, then hands over to the controller.
 * It stays thin (extract and send); analysis runs in the background.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient } from '../../lib/client';
import type { Envelope } from '../../lib/protocol';
import { parseContentMessage } from '../../lib/sites/guards';
import { SUPPORTED_MATCHES } from '../../lib/sites/matches';
import { generic, siteFor } from '../../lib/sites/registry';
import { EN, type Translate } from './badge';
import { startController } from './controller';
import { PRESEND_EN, type PresendTranslate } from './presend';

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would post `{type: '<extension id>:content:wxt:content-script-started'}` to the page's
  // window: it names the extension to every script on the page. Off (SECURITY.md, "Silent to the page").
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // WXT stops an older copy of this script when a document event of that name arrives. A page
    // that knows our id could send one and switch Glocal off: only our own copies (isolated world)
    // may. A page's event is stopped here, before WXT's listener on the document sees it; after an
    // update, an orphaned copy notices on its own (ctx.isInvalid checks the runtime).
    window.addEventListener(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
      (e) => {
        e.stopImmediatePropagation();
      },
      { capture: true },
    );
    // A same-origin child frame (Proton's and Salesforce's editor iframes) is read by the top
    // frame's instance; a second instance would send duplicate snapshots.
    if (window !== window.top) {
      try {
        if (window.parent.document) return;
      } catch {
        // Cross-origin parent: this frame is on its own.
      }
    }
    const site = siteFor(location) ?? generic;
    const request = createClient((m: Envelope) => browser.runtime.sendMessage(m));
    /** The pause before a costly send on this site; null until the background has said. */
    let pause: { pause: boolean; pauseInfo: boolean } | null = null;
    let asked = 0;
    const ask = async () => {
      asked = Date.now();
      const a = await request({ type: 'siteEnabled', site: site.id });
      pause = { pause: a.pause === true, pauseInfo: a.pauseInfo === true };
      return a.enabled;
    };
    try {
      if (!(await ask())) return;
    } catch {
      // The background is not answering yet; work anyway, snapshots will retry on change.
    }
    if (ctx.isInvalid) return;
    // Back from the options page (or another tab): the pause may have been switched.
    const refresh = () => {
      if (document.visibilityState === 'visible' && Date.now() - asked > 1_000) ask().catch(() => undefined);
    };
    ctx.addEventListener(document, 'visibilitychange', refresh);
    ctx.addEventListener(window, 'focus', refresh);
    const translator =
      <K extends string>(prefix: string, en: Record<K, string>) =>
      (key: K, ...subs: string[]) => {
        let s = '';
        try {
          // Keys are optional: a locale without them falls back to English below.
          s = (browser.i18n.getMessage as (k: string, subs?: string[]) => string)(`${prefix}_${key}`, subs);
        } catch {
          s = '';
        }
        return s || en[key].replace(/\$(\d)/g, (_, i) => subs[Number(i) - 1] ?? '');
      };
    const t: Translate = translator('badge', EN);
    const tPresend: PresendTranslate = translator('presend', PRESEND_EN);
    const controller = startController({
      ctx,
      site,
      doc: document,
      request,
      t,
      tPresend,
      pause: () => pause,
      lang: browser.i18n.getUILanguage?.() || navigator.language,
    });
    const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      // Only our own background talks to this script.
      if (sender?.id !== browser.runtime.id) return false;
      const parsed = parseContentMessage(raw);
      if (!parsed.ok) return false;
      const res = controller.handle(parsed.msg);
      // Not ours (another frame's compose window): let that frame answer.
      if (res === null) return false;
      sendResponse(res);
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
