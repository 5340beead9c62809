/**
 * The content script: picks the site module for this page, then hands over to the controller.
 * It stays thin (extract and send); analysis runs in the background.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createClient } from '../../lib/client';
import type { Envelope } from '../../lib/protocol';
import { parseContentMessage } from '../../lib/sites/guards';
import { SUPPORTED_MATCHES } from '../../lib/sites/matches';
import { generic, siteFor } from '../../lib/sites/registry';
import { EN, type Translate } from './badge';
import { startController } from './controller';

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
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
    const request = createClient((m: Envelope) => browser.runtime.sendMessage(m)) as <T = unknown>(m: Envelope) => Promise<T>;
    try {
      const settings = await request<{ disabledSites?: string[] }>({ type: 'getSettings' });
      if (settings?.disabledSites?.includes(site.id)) return;
    } catch {
      // The background is not answering yet; work anyway, snapshots will retry on change.
    }
    if (ctx.isInvalid) return;
    const t: Translate = (key, ...subs) => {
      let s = '';
      try {
        // Keys are optional: a locale without them falls back to English below.
        s = (browser.i18n.getMessage as (k: string, subs?: string[]) => string)(`badge_${key}`, subs);
      } catch {
        s = '';
      }
      return s || EN[key].replace(/\$(\d)/g, (_, i) => subs[Number(i) - 1] ?? '');
    };
    const controller = startController({ ctx, site, doc: document, request, t, lang: browser.i18n.getUILanguage?.() || navigator.language });
    const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
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
