/**
 * Shared set-up for the security tests: a GlocalService over a fresh fake-indexeddb database, and a
 * full, canonical dump of every table, so "the database is unchanged" is checked byte for byte.
 */
import { openDb, type GlocalDb } from '../../lib/db/schema';
import { seedProfiles } from '../../lib/db/repo';
import { GlocalService, type ServiceEnv } from '../../lib/service/handlers';
import { TabStates, memoryKeyValue } from '../../lib/service/state';

let counter = 0;
/** A database name no other test in this worker uses. */
export const freshName = (label: string) => `glocal-sec-${label}-${process.pid}-${++counter}`;

export interface Harness {
  db: GlocalDb;
  service: GlocalService;
  /** Messages the service sent to tabs (apply, analysis pushes), with the frame they were sent to. */
  sent: { tabId: number; message: unknown; frameId?: number }[];
  /** What the service pushed to the extension's open views. */
  pushed: unknown[];
  /** The session store (storage.session in the extension). */
  session: ReturnType<typeof memoryKeyValue>;
}

/** A service like the background's, with the browser replaced by recorders. */
export async function makeService(name = freshName('svc'), opts: { seed?: boolean; db?: GlocalDb } = {}): Promise<Harness> {
  const db = opts.db ?? openDb(name);
  if (opts.seed !== false) await seedProfiles(db);
  const sent: Harness['sent'] = [];
  const pushed: unknown[] = [];
  const env: ServiceEnv = {
    now: () => new Date('2026-03-02T10:00:00Z'),
    async sendToTab(tabId, message, frameId) {
      sent.push({ tabId, message, frameId });
      return { ok: true, data: { applied: true } };
    },
    broadcast: (m) => void pushed.push(m),
    openPanel: async () => undefined,
  };
  const session = memoryKeyValue();
  return { db, service: new GlocalService(db, env, new TabStates(session)), sent, pushed, session };
}

/** Stable JSON: object keys sorted, so two dumps of equal data are equal strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/**
 * Every row of every table, with its primary key, in key order. Tables listed in `skip` are
 * represented by their row count only (the seeded profiles are large and no message writes them;
 * counting still catches an insert or a delete).
 */
export async function dumpDb(db: GlocalDb, skip: string[] = []): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const table of db.tables.slice().sort((a, b) => a.name.localeCompare(b.name))) {
    if (skip.includes(table.name)) {
      out[table.name] = { count: await table.count() };
      continue;
    }
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.toArray();
    out[table.name] = keys.map((k, i) => [k, rows[i]]);
  }
  return canonical(out);
}

/** True when nothing has been added to Object.prototype or Array.prototype (prototype pollution). */
export function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  const arr = [] as unknown as Record<string, unknown>;
  // for…in walks inherited enumerable keys too: a polluted prototype shows up here.
  for (const _k in probe) return false;
  for (const _k in arr) return false;
  return probe.polluted === undefined && probe.isAdmin === undefined && arr.polluted === undefined;
}
