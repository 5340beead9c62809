/**
 * MV3 stops idle service workers. A restart is a new GlocalService over the same IndexedDB and the
 * same session store (storage.session in the extension). Nothing the user saw or saved may be
 * lost: the tab's analysis is still served, corrections still apply, and a correction made right
 * after the restart still re-analyses the open draft. The session store holds no draft: the new
 * worker asks the tab to send it again (`resend`), as the real content script does.
 * (test/e2e/security.e2e.mjs does the same with a real worker stopped over the DevTools protocol.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/protocol';
import { openDb } from '../../lib/db/schema';
import { GlocalService, type ServiceEnv } from '../../lib/service/handlers';
import { TabStates, memoryKeyValue } from '../../lib/service/state';
import { freshName, makeService, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };
const TAB = 4;
const name = freshName('restart');
const session = memoryKeyValue();
let before: Harness;
let after: GlocalService;
const pushed: unknown[] = [];
/** The page: answers `resend` by sending its snapshot to the current worker. */
let worker: GlocalService | null = null;
/** What the page's resent snapshots were answered with (the badge renders it). */
const resent: unknown[] = [];

const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [{ email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' }],
  subject: 'Angebot',
  body: 'Hi Hans, could you send the revised quote by Friday?',
};

const top = (a: Analysis | undefined) => a?.recipients.find((r) => r.email === 'hans.mueller@muellerbau-technik.de')?.candidates[0]?.country;

beforeAll(async () => {
  const env = (): ServiceEnv => ({
    now: () => new Date('2026-03-02T10:00:00Z'),
    sendToTab: async (_tab, m) => {
      pushed.push(m);
      if (m.type === 'resend' && worker) resent.push(await worker.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: TAB, frameId: 0 }));
      return { ok: true, data: {} };
    },
    broadcast: () => undefined,
    openPanel: async () => undefined,
  });
  before = await makeService(undefined, { db: openDb(name) });
  // The first worker: its own service over the shared session store.
  const first = new GlocalService(before.db, env(), new TabStates(session));
  expect((await first.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: TAB })).ok).toBe(true);
  expect((await first.handle({ type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT', note: 'n' } }, UI)).ok).toBe(true);
  // The worker stops: memory is gone, IndexedDB and storage.session stay.
  after = new GlocalService(openDb(name), env(), new TabStates(session));
  worker = after;
});
afterAll(() => before.db.close());

describe('after a service-worker restart', () => {
  it('the session store holds no draft text', async () => {
    const stored = JSON.stringify(await session.get('glocal:tabs'));
    expect(stored).not.toContain('could you send the revised quote');
    expect(stored).not.toContain('Angebot');
  });

  it('the tab analysis is still served, with the correction applied', async () => {
    const r = await after.handle({ type: 'getState', tabId: TAB }, UI);
    expect(r.ok).toBe(true);
    expect(top((r as { data: { analyses: Analysis[] } }).data.analyses[0])).toBe('AT');
  });

  it('a correction made right after the restart re-analyses the open draft', async () => {
    pushed.length = 0;
    expect((await after.handle({ type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'CH' } }, UI)).ok).toBe(true);
    const r = await after.handle({ type: 'getState', tabId: TAB }, UI);
    expect(top((r as { data: { analyses: Analysis[] } }).data.analyses[0])).toBe('CH');
    // The new worker asked the page for its draft, and the page's badge got the new analysis.
    expect(pushed.some((m) => (m as { type?: string }).type === 'resend')).toBe(true);
    expect(resent.map((r) => top((r as { data?: Analysis }).data))).toContain('CH');
  });
});
