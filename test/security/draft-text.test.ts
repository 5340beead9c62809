/**
 * `draftText` gives the side panel the open draft's text from the worker's memory: only to the
 * extension's own pages, never stored, and gone after a worker restart (until the tab resends).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlocalService } from '../../lib/service/handlers';
import { TabStates } from '../../lib/service/state';
import { makeService, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };
const TAB = 9;
const body = 'Hi Hans, could you send the revised quote by Friday? Secret-marker-4711.';
const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [{ email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' }],
  subject: 'Angebot',
  body,
};
let h: Harness;
beforeAll(async () => {
  h = await makeService();
  expect((await h.service.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: TAB, frameId: 0 })).ok).toBe(true);
});
afterAll(() => h.db.close());

describe('draftText', () => {
  it('answers the extension page with the held draft and the time of its analysis', async () => {
    const res = await h.service.handle({ type: 'draftText', tabId: TAB, composeId: 'c1' }, UI);
    expect(res).toMatchObject({ ok: true, data: { body } });
    const state = await h.service.handle({ type: 'getState', tabId: TAB }, UI);
    const at = (state as { ok: true; data: { analyses: { at: number }[] } }).data.analyses[0].at;
    expect((res as { ok: true; data: { at: number } }).data.at).toBe(at);
  });
  it('answers null for a compose it does not hold', async () => {
    expect(await h.service.handle({ type: 'draftText', tabId: TAB, composeId: 'other' }, UI)).toEqual({ ok: true, data: null });
    expect(await h.service.handle({ type: 'draftText', tabId: TAB + 1, composeId: 'c1' }, UI)).toEqual({ ok: true, data: null });
  });
  it('is refused to content scripts, even of the draft’s own tab', async () => {
    const res = await h.service.handle({ type: 'draftText', tabId: TAB, composeId: 'c1' }, { kind: 'content', tabId: TAB, frameId: 0 });
    expect(res.ok).toBe(false);
  });
  it('stores nothing: the session store never holds the draft, and a restarted worker has none', async () => {
    await h.service.handle({ type: 'draftText', tabId: TAB, composeId: 'c1' }, UI);
    expect(JSON.stringify(await h.session.get('glocal:tabs'))).not.toContain('Secret-marker-4711');
    const restarted = new GlocalService(h.db, { now: () => new Date('2026-03-02T10:00:00Z'), sendToTab: async () => ({ ok: true, data: {} }), broadcast: () => undefined, openPanel: async () => undefined }, new TabStates(h.session));
    expect(await restarted.handle({ type: 'draftText', tabId: TAB, composeId: 'c1' }, UI)).toEqual({ ok: true, data: null });
  });
});
