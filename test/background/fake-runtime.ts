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
