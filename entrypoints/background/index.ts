import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '@/lib/db/schema';
import { hashLegacyDismissals, seedProfiles } from '@/lib/db/repo';
import { applyInstallDefaults } from '@/lib/service/locale-defaults';
import { syncGrantedSites, type ScriptingLike } from '@/lib/service/user-sites';
import { GlocalService } from '@/lib/service/handlers';
import { TabStates, storageKeyValue } from '@/lib/service/state';
import { classifySender } from '@/lib/service/sender';
import { dailyCard } from '@/lib/service/daily-card';

// Wiring only: the browser's APIs go into the lib/service modules, which do the work.
export default defineBackground({
  type: 'module',
  main() {
    const db = openDb();
    /** Open the side panel (Chrome) or sidebar (Firefox) for a tab. */
    const openPanel = async (tabId: number) => {
      const b = browser as unknown as {
        sidePanel?: { open(o: { tabId: number }): Promise<void> };
        sidebarAction?: { open(): Promise<void> };
      };
      if (b.sidePanel) await b.sidePanel.open({ tabId });
      else if (b.sidebarAction) await b.sidebarAction.open();
    };
    /** An open started inside the user's gesture (see the message listener), for the handler to await. */
    let gestureOpen: { tabId: number; done: Promise<void> } | null = null;
    const ready = seedProfiles(db)
      .catch((e: unknown) => console.error('Glocal: seeding profiles failed', e))
      // Dismissals written by older versions held draft words: hash them before anything else runs.
      .then(() => hashLegacyDismissals(db))
      .catch((e: unknown) => console.error('Glocal: hashing old dismissals failed', e));
    const service = new GlocalService(
      db,
      {
        now: () => new Date(),
        // Only the frame that sent the compose is told (SECURITY.md, "Frames").
        sendToTab: async (tabId, message, frameId) =>
          frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId }),
        broadcast: (message) => {
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
        detectLanguage: async (text) => {
          const r = await browser.i18n.detectLanguage(text);
          const top = r.languages?.[0];
          return top ? { lang: top.language.split('-')[0], reliable: r.isReliable } : null;
        },
        openPanel: async (tabId) => {
          if (gestureOpen?.tabId === tabId) {
            const { done } = gestureOpen;
            gestureOpen = null;
            return done;
          }
          return openPanel(tabId);
        },
      },
      // storage.session survives a service-worker restart but not a browser restart.
      new TabStates(storageKeyValue(browser.storage.session)),
    );
    const card = dailyCard(db, ready, {
      alarms: browser.alarms,
      canNotify: () => browser.permissions.contains({ permissions: ['notifications'] }),
      notify: (id, note) => browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...note }),
      now: () => new Date(),
    });

    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Pushes to extension pages (analysisUpdated) are not requests.
      if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'analysisUpdated') return undefined;
      const who = classifySender(sender, browser.runtime.id, origin);
      if (!who) return Promise.resolve({ ok: false, error: 'sender not allowed' });
      // The browser opens the side panel only inside the user's gesture (the badge's or the pause
      // card's click), which ends when this listener returns: start it now, before any await.
      if (who.kind === 'content' && who.tabId !== null && (message as { type?: unknown })?.type === 'openPanel') {
        const done = openPanel(who.tabId);
        done.catch(() => undefined);
        gestureOpen = { tabId: who.tabId, done };
      }
      return ready
        .then(() => service.handle(message, who))
        .then((res) => {
          card.afterRequest((message as { type?: unknown }).type);
          return res;
        });
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      card.onAlarm(alarm.name).catch((e: unknown) => console.error('Glocal: daily card failed', e));
    });
    card.schedule().catch((e: unknown) => console.error('Glocal: scheduling the daily card failed', e));

    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason !== 'install') return;
      // First run: the welcome page asks the user to confirm these guesses.
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: true }).catch(() => undefined);
      ready
        .then(() => applyInstallDefaults(db, browser.i18n.getUILanguage() || globalThis.navigator?.language))
        .catch((e: unknown) => console.error('Glocal: install defaults failed', e));
    });
    // The keyboard shortcut (wxt.config.ts `commands`) opens the side panel of the current tab;
    // Firefox handles it itself through `_execute_sidebar_action`.
    browser.commands.onCommand.addListener((command, tab) => {
      if (command !== 'open-side-panel') return;
      const b = browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } };
      if (!b.sidePanel) return;
      const target = tab?.id !== undefined ? { tabId: tab.id } : tab?.windowId !== undefined ? { windowId: tab.windowId } : null;
      if (target) b.sidePanel.open(target).catch((e: unknown) => console.error('Glocal: opening the side panel failed', e));
    });

    // Sites the user granted on the options page get the content script too (generic adapter).
    const scripting: ScriptingLike = {
      getRegisteredContentScripts: (f) => browser.scripting.getRegisteredContentScripts(f),
      registerContentScripts: (list) => browser.scripting.registerContentScripts(list as never),
      unregisterContentScripts: (f) => browser.scripting.unregisterContentScripts(f),
    };
    const syncSites = () => syncGrantedSites(browser.permissions, scripting, 'content-scripts/content.js').catch((e: unknown) => console.warn('Glocal: registering user sites failed', e));
    void syncSites();
    browser.permissions.onAdded.addListener(() => void syncSites());
    browser.permissions.onRemoved.addListener(() => void syncSites());

    browser.tabs.onRemoved.addListener((tabId) => {
      void service.tabs.removeTab(tabId);
    });
  },
});
