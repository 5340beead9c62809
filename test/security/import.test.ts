/**
 * Hostile imports: malformed, truncated, wrongly typed and 50 MB files, and objects carrying
 * `__proto__` / `constructor` / `prototype` keys. Each gets a clear error through the same
 * message the options page sends (importData), the database is unchanged byte for byte (a full
 * dump of every table before and after), and Object.prototype is untouched. A valid file still
 * imports afterwards, so the rejections are not just an importer that refuses everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/protocol';
import { MAX_IMPORT_BYTES } from '../../lib/db/repo';
import { dumpDb, makeService, prototypesClean, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };

let source: Harness;
let target: Harness;
/** A real export with an override of each scope, a note, settings and a dismissal. */
let exported: string;

beforeAll(async () => {
  source = await makeService();
  const calls = [
    { type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT', firstNames: false, note: 'Prefers Sie; deal: 40k EUR' } },
    { type: 'setOverride', override: { scope: 'domain', key: 'kyoto-seiki.co.jp', country: 'JP', lang: 'ja' } },
    { type: 'setSettings', settings: { homeCountry: 'GB', theme: 'dark' } },
    { type: 'dismiss', contact: 'hans.mueller@muellerbau-technik.de', suggestionKey: 'greeting:hi' },
  ];
  for (const c of calls) expect(await source.service.handle(c, UI)).toMatchObject({ ok: true });
  const r = await source.service.handle({ type: 'exportData' }, UI);
  expect(r.ok).toBe(true);
  exported = (r as { data: { json: string } }).data.json;
  expect(typeof exported).toBe('string');

  // The target already holds the user's own data, which a failed import must not touch.
  target = await makeService();
  const own = [
    { type: 'setOverride', override: { scope: 'contact', key: 'own@contact.example', country: 'BR', note: 'mine' } },
    { type: 'setSettings', settings: { homeCountry: 'DE' } },
  ];
  for (const c of own) expect(await target.service.handle(c, UI)).toMatchObject({ ok: true });
});
afterAll(() => {
  source.db.close();
  target.db.close();
});

/** Import through the protocol; assert a clear error and an unchanged database. */
async function expectRejected(json: string, label: string): Promise<string> {
  const before = await dumpDb(target.db);
  const t0 = performance.now();
  const r = await target.service.handle({ type: 'importData', json }, UI);
  const ms = performance.now() - t0;
  expect(r.ok, `${label} was accepted`).toBe(false);
  const error = (r as { error: string }).error;
  expect(typeof error).toBe('string');
  expect(error.trim().length, `${label}: empty error`).toBeGreaterThan(5);
  expect(error.length, `${label}: error too long to read: ${error.slice(0, 200)}`).toBeLessThan(400);
  expect(error, label).not.toMatch(/\[object Object\]|undefined|^\s*at /);
  expect(await dumpDb(target.db), `${label} changed the database`).toBe(before);
  expect(prototypesClean(), `${label} polluted a prototype`).toBe(true);
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(10_000);
  return error;
}

/** Every leaf (and container) of a JSON value, with its path. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}
function getAt(v: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);
}
function setAt(v: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(v);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return copy;
}
/** A value of a different JSON type than `v`. */
function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return 'forty-two';
  if (typeof v === 'boolean') return 'yes';
  if (v === null) return { nested: true };
  if (Array.isArray(v)) return { 0: 'not an array' };
  return ['not an object'];
}

describe('importData rejects hostile files cleanly', () => {
  it('a valid export imports (so the rejections below are meaningful)', async () => {
    const fresh = await makeService();
    const r = await fresh.service.handle({ type: 'importData', json: exported }, UI);
    expect(r.ok).toBe(true);
    const list = await fresh.service.handle({ type: 'listOverrides' }, UI);
    expect((list as { data: { key: string; note: string }[] }).data.find((o) => o.key === 'hans.mueller@muellerbau-technik.de')?.note).toBe('Prefers Sie; deal: 40k EUR');
    fresh.db.close();
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n'],
    ['not JSON', 'hello, this is not a backup'],
    ['a CSV file', 'email,country\nhans@x.de,DE\n'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"glocal"'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['a byte-order mark and garbage', '\uFEFF\u0000\u0001'],
    ['an object from another app', '{"bookmarks":[{"url":"https://example.com"}]}'],
  ])('malformed: %s', async (label, json) => {
    await expectRejected(json, label);
  });

  it('truncated at every tenth of the file, and one character short', async () => {
    const cuts = [...Array.from({ length: 9 }, (_, i) => Math.floor((exported.length * (i + 1)) / 10)), exported.length - 1];
    for (const cut of cuts) await expectRejected(exported.slice(0, cut), `truncated at ${cut}/${exported.length}`);
  });

  it('wrongly typed: every field of the export, one at a time, given the wrong JSON type', async () => {
    const parsed = JSON.parse(exported) as unknown;
    const all = paths(parsed);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) {
      const bad = setAt(parsed, p, wrongType(getAt(parsed, p)));
      await expectRejected(JSON.stringify(bad), `wrong type at ${p.join('.')}`);
    }
    // Each attempt dumps the whole database twice, shipped profiles included; on a shared
    // two-core machine that takes longer than the default timeout.
  }, 90_000);

  it('the options page and the importer agree on the size limit', () => {
    // The options page refuses bigger files before reading them (LIMITS.importBytes).
    expect(MAX_IMPORT_BYTES).toBe(LIMITS.importBytes);
  });

  it('a 50 MB file gets a clear size error, fast', async () => {
    const row = JSON.stringify({ scope: 'contact', key: 'x@y.example', country: 'DE', lang: null, firstNames: null, note: 'n'.repeat(1_000), updatedAt: 1 });
    const rows = Math.ceil((50 * 1024 * 1024) / (row.length + 1));
    const big = exported.replace(/^\s*\{/, `{"padding":[${Array(rows).fill(row).join(',')}],`);
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    const error = await expectRejected(big, '50 MB file');
    expect(error).toMatch(/large|size|MB|too big/i);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('an object with a "%s" key, at every depth of the export', async (key) => {
    const parsed = JSON.parse(exported) as unknown;
    const objects = [[], ...paths(parsed)].filter((p) => {
      const v = p.length ? getAt(parsed, p) : parsed;
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    expect(objects.length).toBeGreaterThan(3);
    for (const p of objects) {
      const copy = structuredClone(parsed);
      const obj = (p.length ? getAt(copy, p) : copy) as Record<string, unknown>;
      const payload = key === '__proto__' ? { polluted: true, isAdmin: true } : { prototype: { polluted: true } };
      // An own property named __proto__, exactly as JSON.parse makes one from a file.
      Object.defineProperty(obj, key, { value: payload, enumerable: true, configurable: true, writable: true });
      const json = JSON.stringify(copy);
      expect(json).toContain(`"${key}"`);
      await expectRejected(json, `"${key}" at ${p.join('.') || '(root)'}`);
    }
  });

  it('keeps the user data after all of that', async () => {
    const list = await target.service.handle({ type: 'listOverrides' }, UI);
    expect((list as { data: { key: string; note: string }[] }).data).toEqual([expect.objectContaining({ key: 'own@contact.example', country: 'BR', note: 'mine' })]);
  });
});
