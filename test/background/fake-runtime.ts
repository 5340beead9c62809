/**
 * Driving the real background entrypoint under WXT's fakeBrowser: the senders a content script and
 * an extension page present, and `send`, which fires runtime.onMessage and returns the answer.
 */
import { fakeBrowser } from 'wxt/testing';

export const EXT = 'chrome-extension://test-extension-id';
export const contentSender = { id: 'test-extension-id', url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } };
export const uiSender = { id: 'test-extension-id', url: `${EXT}/sidepanel.html` };

export type Res = { ok: boolean; data?: any; error?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function send(message: unknown, sender: object): Promise<Res> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await results.find((r: unknown) => r !== undefined)) as unknown as Res;
}

/**
 * The extension APIs WXT's fakeBrowser leaves unimplemented but the background uses: the
 * permissions API (with its events), scripting and notifications. Call after `fakeBrowser.reset()`
 * and before `background.main()`. Returns the stubs so a test can change or inspect them.
 */
export function stubExtensionApis(granted: { origins?: string[]; permissions?: string[] } = {}) {
  const listeners = { added: [] as Array<() => void>, removed: [] as Array<() => void> };
  const state = { origins: granted.origins ?? [], permissions: granted.permissions ?? [] };
  const registered: { id: string; matches?: string[] }[] = [];
  const stubs = {
    state,
    registered,
    permissions: {
      getAll: async () => ({ origins: [...state.origins], permissions: [...state.permissions] }),
      contains: async (p: { permissions?: string[]; origins?: string[] }) =>
        (p.permissions ?? []).every((x) => state.permissions.includes(x)) && (p.origins ?? []).every((x) => state.origins.includes(x)),
      onAdded: { addListener: (f: () => void) => listeners.added.push(f) },
      onRemoved: { addListener: (f: () => void) => listeners.removed.push(f) },
    },
    /** Grant origins as the browser does, firing permissions.onAdded. */
    grant(origins: string[]) {
      state.origins.push(...origins);
      for (const f of listeners.added) f();
    },
    scripting: {
      getRegisteredContentScripts: async (f?: { ids?: string[] }) => registered.filter((s) => !f?.ids || f.ids.includes(s.id)),
      registerContentScripts: async (list: { id: string; matches?: string[] }[]) => void registered.push(...list),
      unregisterContentScripts: async (f?: { ids?: string[] }) => {
        for (let i = registered.length - 1; i >= 0; i--) if (!f?.ids || f.ids.includes(registered[i].id)) registered.splice(i, 1);
      },
    },
    notifications: { create: async (id: string) => id },
  };
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = stubs.permissions;
  b.scripting = stubs.scripting;
  b.notifications = stubs.notifications;
  return stubs;
}
