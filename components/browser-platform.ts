/**
 * The real platform for the extension pages: the API over `browser.runtime.sendMessage` and the
 * few browser capabilities the views use. Only entrypoints import this file.
 */
import { browser } from 'wxt/browser';
import { createApi } from './api';
import type { Platform } from './platform';
import type { Envelope, Push } from '../lib/protocol';

type SidePanelApi = { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };

/** `?tabId=N` from the page URL (tests open the panel as a tab), else the active tab. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // An extension page opened as a tab is not a tab with drafts.
    if (!tab || tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
    return tab.id ?? null;
  } catch {
    return null;
  }
}

export function browserPlatform(): Platform {
  const fixedTab = /^\d+$/.test(new URLSearchParams(location.search).get('tabId') ?? '');
  return {
    api: createApi((message: Envelope) => browser.runtime.sendMessage(message)),
    tabId: currentTabId,
    onAnalysisUpdated(cb) {
      const listener = (message: unknown) => {
        const m = message as Partial<Push> | null;
        if (m && m.type === 'analysisUpdated') cb(typeof m.tabId === 'number' ? m.tabId : null, typeof m.composeId === 'string' ? (m as Push) : undefined);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    onActiveTabChanged: fixedTab
      ? undefined
      : (cb) => {
          const listener = (info: { tabId: number }) => cb(info.tabId);
          browser.tabs.onActivated.addListener(listener);
          return () => browser.tabs.onActivated.removeListener(listener);
        },
    async openSidePanel(tabId) {
      const b = browser as unknown as SidePanelApi;
      if (b.sidePanel) {
        if (tabId !== null) await b.sidePanel.open({ tabId });
        else {
          const win = await browser.windows.getCurrent();
          await b.sidePanel.open({ windowId: win.id });
        }
      } else if (b.sidebarAction) await b.sidebarAction.open();
      window.close();
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    requestNotifications: () => browser.permissions.request({ permissions: ['notifications'] }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    download(filename, text, type) {
      // A blob: URL keeps the export on the device; no network is involved.
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    print: () => window.print(),
    session: {
      async get(key) {
        return (await browser.storage.session.get(key))[key];
      },
      async set(key, value) {
        await browser.storage.session.set({ [key]: value });
      },
      async take(key) {
        const value = (await browser.storage.session.get(key))[key];
        if (value !== undefined) await browser.storage.session.remove(key);
        return value;
      },
      onSet(key, cb) {
        const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (area === 'session' && changes[key]?.newValue !== undefined) cb();
        };
        browser.storage.onChanged.addListener(listener);
        return () => browser.storage.onChanged.removeListener(listener);
      },
    },
    openWelcome() {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    },
    now: () => new Date(),
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  };
}
