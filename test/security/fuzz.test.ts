/**
 * Every message is validated: random and malformed messages into GlocalService.handle get a clean
 * `{ ok: false, error }` (or, when they happen to be valid, a normal answer), never a throw; a
 * rejected message changes nothing in the database; Object.prototype stays unpolluted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Requests, type RequestType, type SenderKind } from '../../lib/protocol';
import { dumpDb, makeService, prototypesClean, type Harness } from './helpers';

/** One valid message of each type, so a single mutated field reaches deep into the schema. */
const VALID: Record<RequestType, Record<string, unknown>> = {
  snapshot: {
    snapshot: {
      site: 'gmail',
      composeId: 'c1',
      recipients: [{ email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' }],
      subject: 'Angebot',
      body: 'Hi Hans, can you send the quote by Friday?',
      thread: [{ from: 'hans.mueller@muellerbau-technik.de', text: 'Sehr geehrter Herr Morgan,' }],
    },
  },
  composeClosed: { composeId: 'c1' },
  openPanel: { composeId: 'c1' },
  getState: { tabId: 7 },
  draftText: { tabId: 7, composeId: 'c1' },
  getProfile: { country: 'DE' },
  compare: { a: 'DE', b: 'JP' },
  brief: { to: 'JP', from: 'DE' },
  callPrep: { record: { name: 'Ana Souza', role: 'Diretora de Compras', country: 'Brasil' }, from: 'DE', tz: 'Europe/Berlin', at: Date.UTC(2026, 10, 23, 9) },
  listCountries: {},
  workingStatus: { country: 'JP', at: Date.UTC(2026, 10, 23, 1) },
  setOverride: { override: { scope: 'contact', key: 'a@b.example', country: 'AT', note: 'prefers Sie' } },
  setCountry: { key: 'hans.mueller@muellerbau-technik.de', country: 'AT' },
  siteEnabled: { site: 'gmail' },
  dismissSuggestion: { composeId: 'c1', suggestionId: 'greeting:hi' },
  listLearnedDomains: {},
  forgetLearnedDomain: { domain: 'muellerbau-technik.de' },
  deleteOverride: { scope: 'contact', key: 'a@b.example' },
  listOverrides: {},
  getSettings: {},
  setSettings: { settings: { homeCountry: 'GB', theme: 'dark' } },
  dismiss: { contact: 'a@b.example', suggestionKey: 'greeting:hi' },
  setWritingFor: { tabId: 1, composeId: 'c1', country: 'JP' },
  apply: { tabId: 7, composeId: 'c1', start: 0, end: 2, original: 'Hi', replacement: 'Dear' },
  exportData: {},
  importData: { json: '{' },
  resetData: { confirm: true },
  selectorFailures: {},
  practiceToday: {},
  practiceAnswer: { questionId: 'JP:firstNames', choice: 1 },
  practiceProgress: {},
  setFocus: { country: 'JP', pinned: true },
  listNotes: { scope: 'contact', key: 'a@b.example' },
  addNote: { scope: 'contact', key: 'a@b.example', text: 'met at the fair' },
  updateNote: { id: 'n1', text: 'met at the fair in Hanover' },
  deleteNote: { id: 'n1' },
  importDimensionCsv: { csv: 'country,pdi\nDE,40\n', source: 'Our licensed data set', version: '2026' },
};
const TYPES = Object.keys(Requests) as RequestType[];

const huge = fc.integer({ min: 100_001, max: 300_000 }).map((n) => 'x'.repeat(n));
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"prototype": {"polluted": true}}'),
  JSON.parse('{"__proto__": {"isAdmin": true}, "type": "setSettings", "settings": {"__proto__": {"polluted": true}}}'),
);
/** Any value a message could carry, including ones structured clone lets through but JSON does not. */
const anyValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withObjectString: true, withBigInt: true, withDate: true, withSparseArray: true, withBoxedValues: true }),
  huge,
  pollution,
  fc.constantFrom(NaN, Infinity, -1, -0, 2 ** 53, '', '\u0000', '<img src=x onerror=alert(1)>', '__proto__', 'constructor'),
);

/** A valid message with one field (at any depth) replaced by a random value or deleted. */
function mutate(template: unknown, path: string[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  if (!template || typeof template !== 'object') return template;
  const copy: Record<string, unknown> = Array.isArray(template) ? ([...template] as unknown as Record<string, unknown>) : { ...template };
  const [head, ...rest] = path;
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = mutate(copy[head], rest, value, remove);
  return copy;
}

function pathsOf(v: unknown, prefix: string[] = []): string[][] {
  if (!v || typeof v !== 'object') return [prefix];
  const inner = Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...prefix, k]));
  return [prefix, ...inner];
}

const mutatedMessage = fc.constantFrom(...TYPES).chain((type) => {
  const base = { type, ...VALID[type] };
  const paths = pathsOf(base).filter((p) => p.length > 0);
  return fc.tuple(fc.constantFrom(...paths), anyValue, fc.boolean()).map(([path, value, remove]) => mutate(base, path, value, remove));
});

const message = fc.oneof(
  { weight: 1, arbitrary: anyValue },
  // A known type with random other fields.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...TYPES), fc.dictionary(fc.string(), anyValue)).map(([type, rest]) => ({ ...rest, type })) },
  // Unknown, near-miss and prototype types.
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'SNAPSHOT', 'snapshot ', '').map((type) => ({ type })) },
  { weight: 4, arbitrary: mutatedMessage },
  { weight: 1, arbitrary: pollution },
);

const sender = fc.oneof(
  fc.constant({ kind: 'ui' as SenderKind, tabId: null }),
  fc.integer({ min: 0, max: 50 }).map((tabId) => ({ kind: 'content' as SenderKind, tabId })),
);

let h: Harness;
beforeAll(async () => {
  h = await makeService();
  // Some user data, so "unchanged" is checked against a database that has something to lose.
  const r = await h.service.handle({ type: 'setOverride', override: { scope: 'contact', key: 'keep@me.example', country: 'JP', note: 'keep' } }, { kind: 'ui', tabId: null });
  expect(r.ok).toBe(true);
});
afterAll(() => h.db.close());

describe('fuzzing GlocalService.handle', () => {
  it('answers every message with a result, never a throw; rejections change nothing', async () => {
    let rejected = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, who) => {
        const before = await dumpDb(h.db, ['profiles']);
        let res: unknown;
        try {
          res = await h.service.handle(msg, who);
        } catch (e) {
          throw new Error(`handle threw: ${String(e)}`);
        }
        expect(res && typeof res === 'object').toBe(true);
        const r = res as { ok: unknown; error?: unknown };
        expect(typeof r.ok).toBe('boolean');
        if (r.ok === false) {
          rejected++;
          expect(typeof r.error).toBe('string');
          expect((r.error as string).length).toBeGreaterThan(0);
          // A clear message, not a dump of the input: bounded, and no "[object Object]".
          expect((r.error as string).length).toBeLessThan(400);
          expect(r.error).not.toMatch(/\[object Object\]/);
          expect(await dumpDb(h.db, ['profiles'])).toBe(before);
        } else accepted++;
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: 250, seed: 20261123 },
    );
    // The generator must reach both sides, or the property proves little.
    expect(rejected).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses each content-only message from an extension page, and each page-only one from a content script', async () => {
    for (const type of TYPES) {
      const from = Requests[type].from as readonly string[];
      for (const kind of ['ui', 'content'] as SenderKind[]) {
        if (from.includes(kind)) continue;
        const before = await dumpDb(h.db, ['profiles']);
        const r = await h.service.handle({ type, ...VALID[type] }, { kind, tabId: kind === 'content' ? 3 : null });
        expect(r).toEqual({ ok: false, error: `${type} is not accepted from a ${kind} context` });
        expect(await dumpDb(h.db, ['profiles'])).toBe(before);
      }
    }
  });

  it('a content script cannot read, reset, import or export the user data', async () => {
    for (const type of ['listOverrides', 'exportData', 'importData', 'resetData', 'deleteOverride', 'setSettings'] as const) {
      const r = await h.service.handle({ type, ...VALID[type] }, { kind: 'content', tabId: 3 });
      expect(r.ok).toBe(false);
    }
    const list = await h.service.handle({ type: 'listOverrides' }, { kind: 'ui', tabId: null });
    expect(list.ok && (list.data as { key: string }[]).some((o) => o.key === 'keep@me.example')).toBe(true);
  });

  it('clips page strings instead of failing, so a hostile page cannot break the analysis', async () => {
    const long = 'A'.repeat(100_000);
    const r = await h.service.handle(
      { type: 'snapshot', snapshot: { ...(VALID.snapshot.snapshot as object), recipients: [{ email: `${long}@x.example`, name: long }], subject: long } },
      { kind: 'content', tabId: 9 },
    );
    expect(r.ok).toBe(true);
    const a = (r as { data: { recipients: { email: string; name?: string }[] } }).data;
    expect(a.recipients[0].name!.length).toBeLessThanOrEqual(500);
  });
});

describe("fuzzing the content script's message guard", () => {
  it('parseContentMessage never throws and accepts only well-formed messages', async () => {
    const { parseContentMessage } = await import('../../lib/sites/guards');
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.constantFrom('ping', 'analysis', 'apply').chain((type) => fc.dictionary(fc.string(), anyValue).map((rest) => ({ ...rest, type })))), (msg) => {
        const r = parseContentMessage(msg);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeLessThan(200);
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: 500, seed: 20261123 },
    );
    expect(parseContentMessage({ type: Object.create(null) }).ok).toBe(false);
  });
});
