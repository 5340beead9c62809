/**
 * Who sent a runtime message. Only the extension's own contexts are accepted: a message from
 * another extension or a web page (no externally_connectable is declared, but check anyway) is
 * refused. A sender with a tab whose URL is not the extension's own is a content script.
 */
import type { Sender } from './handlers';

export interface RawSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  /** The frame of a content script (0: the tab's top frame). */
  frameId?: number;
}

export function classifySender(sender: RawSender, extensionId: string, extensionOrigin: string): Sender | null {
  if (!sender || sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  // Compare whole origins: a bare prefix test would also accept `${origin}.example.com/…`.
  const origin = extensionOrigin.replace(/\/$/, '');
  const fromExtensionPage = url === origin || url.startsWith(`${origin}/`);
  if (fromExtensionPage) return { kind: 'ui', tabId: null };
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0) {
    return { kind: 'content', tabId: sender.tab.id, frameId: typeof sender.frameId === 'number' && sender.frameId >= 0 ? sender.frameId : 0 };
  }
  return null;
}
