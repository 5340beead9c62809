/**
 * Running out of storage: IndexedDB refuses writes with a QuotaExceededError. A Dexie DBCore
 * middleware makes every write fail that way while `full` is set (as a full disk does). The user
 * gets a clear message through the protocol, nothing already saved is lost or half-written, and
 * once space is back the same action works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { openDb } from '../../lib/db/schema';
import { dumpDb, freshName, makeService, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };
let full = false;
let refused = 0;
let h: Harness;

beforeAll(async () => {
  const db = openDb(freshName('quota'));
  db.use({
    stack: 'dbcore',
    name: 'simulated-full-disk',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (!full) return table.mutate(req);
              refused++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            },
          };
        },
      };
    },
  });
  h = await makeService(undefined, { db });
  const setup = [
    { type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT', note: 'Prefers Sie' } },
    { type: 'setSettings', settings: { homeCountry: 'GB' } },
  ];
  for (const m of setup) expect(await h.service.handle(m, UI)).toMatchObject({ ok: true });
});
afterAll(() => h.db.close());

async function whenFull(message: Record<string, unknown>) {
  const before = await dumpDb(h.db);
  full = true;
  refused = 0;
  let r;
  try {
    r = await h.service.handle(message, UI);
  } finally {
    full = false;
  }
  expect(refused, 'the write reached the simulated full disk').toBeGreaterThan(0);
  expect(await dumpDb(h.db)).toBe(before);
  return r;
}

describe('storage quota', () => {
  it.each([
    ['saving a correction', { type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'CH', note: 'changed' } }],
    ['saving a new contact', { type: 'setOverride', override: { scope: 'contact', key: 'new@contact.example', country: 'FR' } }],
    ['changing a setting', { type: 'setSettings', settings: { homeCountry: 'US', theme: 'dark' } }],
    ['dismissing a suggestion', { type: 'dismiss', contact: 'hans.mueller@muellerbau-technik.de', suggestionKey: 'greeting:hi' }],
  ])('%s on a full disk: a clear message, and nothing saved is lost', async (_label, message) => {
    const r = await whenFull(message);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/no storage space left.*unchanged/i);
  });

  it('importing a backup on a full disk is all-or-nothing', async () => {
    const exp = await h.service.handle({ type: 'exportData' }, UI);
    const json = (exp as { data: { json: string } }).data.json;
    const backup = JSON.parse(json) as Record<string, unknown>;
    // Import the same backup with changed values, so a partial write would show in the dump.
    const changed = JSON.stringify(backup).replace('Prefers Sie', 'Overwritten by the import');
    const r = await whenFull({ type: 'importData', json: changed });
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/storage space/i);
  });

  it('after space is freed, the same correction saves', async () => {
    const r = await h.service.handle({ type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'CH', note: 'changed' } }, UI);
    expect(r.ok).toBe(true);
    const list = await h.service.handle({ type: 'listOverrides' }, UI);
    expect((list as { data: { key: string; country: string; note: string }[] }).data.find((o) => o.key === 'hans.mueller@muellerbau-technik.de')).toMatchObject({ country: 'CH', note: 'changed' });
  });
});
