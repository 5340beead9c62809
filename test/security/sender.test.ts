/**
 * A web page cannot talk to the background. classifySender accepts only the extension's own
 * contexts, and the background's real listener (entrypoints/background, run on WXT's fakeBrowser)
 * answers everything else with a refusal before any handler runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { classifySender } from '../../lib/service/sender';
import { stubExtensionApis } from '../background/fake-runtime';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('classifySender', () => {
  it('accepts the extension pages as ui and its content scripts as content', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}/sidepanel.html?tabId=3` }, ID, ORIGIN)).toEqual({ kind: 'ui', tabId: null });
    expect(classifySender({ id: ID, url: `${ORIGIN}/popup.html`, tab: { id: 4 } }, ID, ORIGIN)).toEqual({ kind: 'ui', tabId: null });
    expect(classifySender({ id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 } }, ID, ORIGIN)).toEqual({ kind: 'content', tabId: 4, frameId: 0 });
    // The frame is kept, so analyses and Apply go back to the frame that asked.
    expect(classifySender({ id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 }, frameId: 7 }, ID, ORIGIN)).toEqual({ kind: 'content', tabId: 4, frameId: 7 });
  });

  it.each([
    ['a web page (no extension id)', { url: 'https://evil.example/', tab: { id: 4 } }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }],
    ['another extension claiming our origin in its URL', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}/sidepanel.html` }],
    ['our id with neither a tab nor an extension URL', { id: ID, url: 'https://evil.example/' }],
    ['our id with a negative tab id (devtools, prerender)', { id: ID, url: 'https://evil.example/', tab: { id: -1 } }],
    ['a URL that only starts like our origin', { id: ID, url: `${ORIGIN}.evil.example/page.html` }],
    ['an empty sender', {}],
  ])('refuses %s', (_label, sender) => {
    const who = classifySender(sender as never, ID, ORIGIN);
    expect(who === null || who.kind === 'content').toBe(true);
    expect(who?.kind).not.toBe('ui');
  });
});

describe("the background's message listener", () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    stubExtensionApis();
    const mod = await import('../../entrypoints/background/index');
    (mod.default as unknown as { main(): void }).main();
  });

  const send = async (message: unknown, sender: Record<string, unknown>) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    return answers.find((a) => a !== undefined);
  };
  const id = () => fakeBrowser.runtime.id;
  const page = () => fakeBrowser.runtime.getURL('/sidepanel.html');

  it('answers its own pages', async () => {
    const r = await send({ type: 'listOverrides' }, { id: id(), url: page() });
    expect(r).toEqual({ ok: true, data: [] });
  });

  it('refuses a web page, another extension, and a content script asking for page-only data', async () => {
    const override = { type: 'setOverride', override: { scope: 'contact', key: 'x@y.example', country: 'FR' } };
    expect(await send(override, { url: 'https://evil.example/', tab: { id: 5 } })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await send(override, { id: 'another-extension', url: 'chrome-extension://another-extension/a.html' })).toEqual({ ok: false, error: 'sender not allowed' });
    const r = (await send({ type: 'exportData' }, { id: id(), url: 'https://mail.google.com/mail/u/0/', tab: { id: 5 } })) as { ok: boolean };
    expect(r.ok).toBe(false);
    // Nothing was written by the refused senders.
    expect(await send({ type: 'listOverrides' }, { id: id(), url: page() })).toEqual({ ok: true, data: [] });
  });
});
