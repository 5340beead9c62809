/**
 * MV3 stops idle service workers. A restart is a new GlocalService over the same IndexedDB and the
 * same session store (storage.session in the extension). Nothing the user saw or saved may be
 * lost: the tab's analysis is still served, corrections still apply, and a correction made right
 * after the restart still re-analyses the open draft. (test/e2e/security.e2e.mjs does the same
 * with a real worker stopped over the DevTools protocol.)
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
});
afterAll(() => before.db.close());

describe('after a service-worker restart', () => {
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
    // …and the page's badge is told.
    expect(pushed.some((m) => (m as { type?: string }).type === 'analysis')).toBe(true);
  });
});
