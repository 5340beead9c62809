// fake-indexeddb gives Dexie an IndexedDB in Node; WXT's fakeBrowser stands in for `browser`.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';

// fakeBrowser leaves `commands` unimplemented; the background listens for the side-panel shortcut.
{
  const listeners: Array<(...args: unknown[]) => unknown> = [];
  Object.assign(fakeBrowser.commands.onCommand, {
    addListener: (l: (...args: unknown[]) => unknown) => void listeners.push(l),
    removeListener: (l: (...args: unknown[]) => unknown) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: (...args: unknown[]) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
  });
}
