import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '@/lib/db/schema';
import { seedProfiles } from '@/lib/db/repo';
import { GlocalService } from '@/lib/service/handlers';
import { TabStates, type KeyValue } from '@/lib/service/state';
import { classifySender } from '@/lib/service/sender';

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
      return ready.then(() => service.handle(message, who));
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void service.tabs.removeTab(tabId);
    });
  },
});
