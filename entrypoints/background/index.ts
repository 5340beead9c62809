import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '@/lib/db/schema';
import { getSettings, putSettings, seedProfiles } from '@/lib/db/repo';
import { localeDefaults } from '@/lib/service/locale-defaults';
import { syncUserSites, type ScriptingLike } from '@/lib/service/user-sites';
import { GlocalService } from '@/lib/service/handlers';
import { TabStates, type KeyValue } from '@/lib/service/state';
import { classifySender } from '@/lib/service/sender';
import { DAILY_CARD_ALARM, DAILY_CARD_TRIGGERS, dailyNotification, nextDailyAlarm } from '@/lib/practice/notify';

/** storage.session survives a service-worker restart but not a browser restart. */
function sessionStore(): KeyValue {
  const area = browser.storage.session ?? browser.storage.local;
  return {
    async get(key) {
      return (await area.get(key))[key];
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
  };
}

export default defineBackground({
  type: 'module',
  main() {
    const db = openDb();
    const ready = seedProfiles(db).catch((e: unknown) => console.error('Glocal: seeding profiles failed', e));
    const service = new GlocalService(
      db,
      {
        now: () => new Date(),
        sendToTab: async (tabId, message) => browser.tabs.sendMessage(tabId, message),
        broadcast: (message) => {
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
        detectLanguage: async (text) => {
          const r = await browser.i18n.detectLanguage(text);
          const top = r.languages?.[0];
          return top ? { lang: top.language.split('-')[0], reliable: r.isReliable } : null;
        },
        openPanel: async (tabId) => {
          const b = browser as unknown as {
            sidePanel?: { open(o: { tabId: number }): Promise<void> };
            sidebarAction?: { open(): Promise<void> };
          };
          if (b.sidePanel) await b.sidePanel.open({ tabId });
          else if (b.sidebarAction) await b.sidebarAction.open();
        },
      },
      new TabStates(sessionStore()),
    );

    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Pushes between extension pages (e.g. analysisUpdated) are not requests.
      if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'analysisUpdated') return undefined;
      const who = classifySender(sender, browser.runtime.id, origin);
      if (!who) return Promise.resolve({ ok: false, error: 'sender not allowed' });
      return ready
        .then(() => service.handle(message, who))
        .then((res) => {
          if (DAILY_CARD_TRIGGERS.has(String((message as { type?: unknown }).type))) void scheduleDailyCard();
          return res;
        });
    });

    // The optional daily card (Settings.dailyCard, off by default): one alarm at the chosen time,
    // re-armed after it fires and whenever the settings change.
    async function scheduleDailyCard() {
      await ready;
      const when = nextDailyAlarm(await getSettings(db), new Date());
      if (when === null) await browser.alarms.clear(DAILY_CARD_ALARM);
      else await browser.alarms.create(DAILY_CARD_ALARM, { when });
    }
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== DAILY_CARD_ALARM) return;
      void (async () => {
        await ready;
        const settings = await getSettings(db);
        const note = settings.dailyCard ? await dailyNotification(db, new Date(), settings.homeCountry) : null;
        // The permission is optional; without it (not granted, or revoked) nothing is shown.
        const allowed = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
        if (note && allowed) await browser.notifications.create(DAILY_CARD_ALARM, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...note });
        await scheduleDailyCard();
      })().catch((e: unknown) => console.error('Glocal: daily card failed', e));
    });
    void scheduleDailyCard().catch(() => undefined);
    // A new user starts from the browser's locale; an existing choice is never overwritten.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason !== 'install') return;
      // First run: the welcome page asks the user to confirm these guesses.
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: true }).catch(() => undefined);
      void ready.then(async () => {
        const current = await getSettings(db);
        if (current.homeCountry || current.homeLanguage) return;
        let ui: string | undefined;
        try {
          ui = browser.i18n.getUILanguage();
        } catch {
          ui = undefined;
        }
        await putSettings(db, localeDefaults(ui || globalThis.navigator?.language));
      });
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
    const syncSites = async () => {
      if (!browser.scripting) return;
      const scripting: ScriptingLike = {
        getRegisteredContentScripts: (f) => browser.scripting.getRegisteredContentScripts(f),
        registerContentScripts: (list) => browser.scripting.registerContentScripts(list as never),
        unregisterContentScripts: (f) => browser.scripting.unregisterContentScripts(f),
      };
      const granted = await browser.permissions.getAll();
      await syncUserSites(granted.origins, scripting, 'content-scripts/content.js');
    };
    void syncSites().catch((e: unknown) => console.warn('Glocal: registering user sites failed', e));
    try {
      browser.permissions.onAdded.addListener(() => void syncSites().catch(() => undefined));
      browser.permissions.onRemoved.addListener(() => void syncSites().catch(() => undefined));
    } catch (e) {
      // Without the permissions API (some test shims) only the built-in sites are served.
      console.warn('Glocal: permissions events unavailable', e);
    }
    browser.tabs.onRemoved.addListener((tabId) => {
      void service.tabs.removeTab(tabId);
    });
  },
});
