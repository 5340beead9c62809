/**
 * Export and import of all user data as one JSON file.
 *
 * - Export covers every user table: settings, overrides, notes, profile edits and custom
 *   profiles, learned domains, dismissals, focus and practice cards. Rows are sorted by key, so
 *   the same database always gives the same file (apart from `exportedAt`).
 * - Import replaces the user data with the file's, all or nothing: the file is size-checked,
 *   parsed, checked for prototype-polluting keys, validated with zod (strict: unknown keys are
 *   errors) and cross-checked (duplicates, profile edits that must apply) before one Dexie
 *   transaction clears and refills the tables. Any error leaves the database exactly as it was
 *   and names the first offending field, e.g. `overrides.3.country: expected an ISO …`.
 * - Dates inside practice cards are written as `{"$date": "<ISO>"}` and restored as Dates, so
 *   an export re-imported gives the same database.
 */
import { z } from 'zod';
import { CountryCode, Override, Settings } from '../protocol';
import { getProfile } from '../profiles/load';
import { dismissalKey } from '../service/keys';
import { dismissalId, LATEST_VERSION, overrideId, type GlocalDb, type NoteRow } from './schema';
import { applyEdit, formatIssue, ProfileEdit, userTables, type Json } from './shared';

/** Largest accepted import, in characters of JSON (about 10 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const FORMAT = 'glocal-user-data';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const JsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

const NoteRowSchema = z
  .object({
    id: z.string().min(1).max(100),
    scope: z.enum(['contact', 'domain', 'country']),
    key: z.string().min(1).max(320),
    text: z.string().min(1).max(10_000),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  })
  .strict();

export const UserDataFile = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    schemaVersion: z.number().int().min(1).max(LATEST_VERSION),
    exportedAt: z.number().int().nonnegative(),
    settings: Settings.strict().nullable(),
    overrides: z.array(Override.strict()).max(100_000),
    notes: z.array(NoteRowSchema).max(100_000),
    profileEdits: z
      .array(z.object({ country: CountryCode, data: ProfileEdit, updatedAt: z.number().int().nonnegative() }).strict())
      .max(1_000),
    learnedDomains: z
      .array(
        z
          .object({
            domain: z.string().min(1).max(253),
            country: CountryCode,
            seen: z.number().int().min(1),
            updatedAt: z.number().int().nonnegative(),
            evidence: z.array(z.string().max(40)).max(20).optional(),
          })
          .strict(),
      )
      .max(100_000),
    dismissals: z
      .array(z.object({ contact: z.string().max(320), suggestionKey: z.string().min(1).max(300), at: z.number().int().nonnegative() }).strict())
      .max(100_000),
    focus: z
      .array(z.object({ country: CountryCode, count: z.number().int().nonnegative(), pinned: z.boolean(), hidden: z.boolean() }).strict())
      .max(1_000),
    learning: z
      .array(z.object({ id: z.string().min(1).max(200), card: JsonValue, updatedAt: z.number().nonnegative() }).strict())
      .max(100_000),
  })
  .strict();
export type UserDataFile = z.infer<typeof UserDataFile>;

export interface ImportCounts {
  settings: number;
  overrides: number;
  notes: number;
  profileEdits: number;
  learnedDomains: number;
  dismissals: number;
  focus: number;
  learning: number;
}

/** Dates → {"$date": iso}; everything else as is. */
function encodeDates(v: unknown): Json {
  if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() };
  if (Array.isArray(v)) return v.map(encodeDates);
  if (v && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encodeDates(x);
    return out;
  }
  return v as Json;
}

function decodeDates(v: Json): unknown {
  if (Array.isArray(v)) return v.map(decodeDates);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$date' && typeof v.$date === 'string') {
      return v.$date === 'invalid' ? new Date(NaN) : new Date(v.$date);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = decodeDates(x);
    return out;
  }
  return v;
}

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The user's data as a JSON string (pretty-printed, deterministic apart from `exportedAt`). */
export async function exportUserData(db: GlocalDb, now = Date.now()): Promise<string> {
  const file = await db.transaction('r', userTables(db), async () => {
    const settingsRow = await db.settings.get('settings');
    const [overrides, notes, profileEdits, learnedDomains, dismissals, focus, learning] = await Promise.all([
      db.overrides.toArray(),
      db.notes.toArray(),
      db.profileEdits.toArray(),
      db.learnedDomains.toArray(),
      db.dismissals.toArray(),
      db.focus.toArray(),
      db.learning.toArray(),
    ]);
    const out: UserDataFile = {
      format: FORMAT,
      version: 1,
      schemaVersion: LATEST_VERSION,
      exportedAt: Math.trunc(now),
      settings: settingsRow ? Settings.parse(settingsRow.value) : null,
      overrides: overrides
        .sort(byKey((o) => o.id))
        .map((o) => ({ scope: o.scope, key: o.key, country: o.country, lang: o.lang, firstNames: o.firstNames, note: o.note, updatedAt: o.updatedAt })),
      notes: notes.sort(byKey((n) => n.id)).map((n) => ({ ...n })),
      profileEdits: profileEdits.sort(byKey((p) => p.country)).map((p) => ({ country: p.country, data: p.data as ProfileEdit, updatedAt: p.updatedAt })),
      learnedDomains: learnedDomains.sort(byKey((d) => d.domain)).map((d) => ({ domain: d.domain, country: d.country, seen: d.seen, updatedAt: d.updatedAt, ...(d.evidence ? { evidence: d.evidence } : {}) })),
      dismissals: dismissals.sort(byKey((d) => d.id)).map((d) => ({ contact: d.contact, suggestionKey: d.suggestionKey, at: d.at })),
      focus: focus.sort(byKey((f) => f.country)).map((f) => ({ country: f.country, count: f.count, pinned: f.pinned, hidden: f.hidden })),
      learning: learning.sort(byKey((l) => l.id)).map((l) => ({ id: l.id, card: encodeDates(l.card), updatedAt: l.updatedAt })),
    };
    return out;
  });
  return JSON.stringify(file, null, 1);
}

/** A full disk, as IndexedDB reports it (Dexie may wrap it as the `inner` error of an abort). */
function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | undefined, depth = 0; x && depth < 5; x = x.inner as typeof x, depth++) {
    if (x.name === 'QuotaExceededError') return true;
  }
  return false;
}

/** The path of the first forbidden key (`__proto__`, `constructor`, `prototype`), or null. */
function findForbiddenKey(v: unknown, path: string[] = []): string | null {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = findForbiddenKey(v[i], [...path, String(i)]);
      if (r) return r;
    }
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return `${[...path, k].join('.')}: the key "${k}" is not allowed`;
      const r = findForbiddenKey((v as Record<string, unknown>)[k], [...path, k]);
      if (r) return r;
    }
  }
  return null;
}

/**
 * Replace all user data with the contents of an export. All or nothing: on any problem the
 * database is untouched and `error` names the first offending field.
 */
export async function importUserData(
  db: GlocalDb,
  json: string,
): Promise<{ ok: true; counts: ImportCounts } | { ok: false; error: string }> {
  const fail = (error: string) => ({ ok: false as const, error: error.slice(0, 350) });
  if (typeof json !== 'string') return fail('the backup must be JSON text');
  if (json.length > MAX_IMPORT_BYTES) {
    return fail(`the file is too large (${(json.length / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  const text = json.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not a Glocal backup: the file is not valid JSON (${String((e as Error).message).replace(/[^\x20-\x7E]/g, '?').slice(0, 120)})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('not a Glocal backup: expected a JSON object at the top level');
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return fail(forbidden);
  const parsed = UserDataFile.safeParse(raw);
  if (!parsed.success) return fail(formatIssue(parsed.error.issues[0]));
  const file = parsed.data;

  // Cross-record checks, before anything is written.
  const overrideRows = new Map<string, number>();
  for (const [i, o] of file.overrides.entries()) {
    const id = overrideId(o.scope, o.key);
    if (overrideRows.has(id)) return fail(`overrides.${i}: duplicates overrides.${overrideRows.get(id)} (same scope and key)`);
    overrideRows.set(id, i);
  }
  const seen = <T>(rows: T[], key: (t: T) => string, name: string): string | null => {
    const m = new Map<string, number>();
    for (const [i, r] of rows.entries()) {
      const k = key(r);
      if (m.has(k)) return `${name}.${i}: duplicates ${name}.${m.get(k)}`;
      m.set(k, i);
    }
    return null;
  };
  const dup =
    seen(file.notes, (n) => n.id, 'notes') ??
    seen(file.profileEdits, (p) => p.country, 'profileEdits') ??
    seen(file.learnedDomains, (d) => d.domain.trim().toLowerCase(), 'learnedDomains') ??
    seen(file.dismissals, (d) => dismissalId(d.contact, d.suggestionKey), 'dismissals') ??
    seen(file.focus, (f) => f.country, 'focus') ??
    seen(file.learning, (l) => l.id, 'learning');
  if (dup) return fail(dup);
  for (const [i, p] of file.profileEdits.entries()) {
    const applied = applyEdit(p.country, getProfile(p.country), p.data);
    if (!applied.ok) return fail(`profileEdits.${i}.data.${applied.error}`);
  }

  const counts: ImportCounts = {
    settings: file.settings ? 1 : 0,
    overrides: file.overrides.length,
    notes: file.notes.length,
    profileEdits: file.profileEdits.length,
    learnedDomains: file.learnedDomains.length,
    dismissals: file.dismissals.length,
    focus: file.focus.length,
    learning: file.learning.length,
  };
  try {
    await db.transaction('rw', userTables(db), async () => {
      for (const t of userTables(db)) await t.clear();
      if (file.settings) await db.settings.put({ key: 'settings', value: file.settings });
      await db.overrides.bulkAdd(
        file.overrides.map((o) => {
          const key = o.key.trim().toLowerCase();
          return { ...o, key, id: overrideId(o.scope, key) };
        }),
      );
      await db.notes.bulkAdd(
        file.notes.map((n): NoteRow => ({ ...n, key: n.scope === 'country' ? n.key.trim().toUpperCase() : n.key.trim().toLowerCase() })),
      );
      await db.profileEdits.bulkAdd(file.profileEdits.map((p) => ({ country: p.country, data: p.data, updatedAt: p.updatedAt })));
      await db.learnedDomains.bulkAdd(file.learnedDomains.map((d) => ({ ...d, domain: d.domain.trim().toLowerCase() })));
      await db.dismissals.bulkAdd(
        file.dismissals.map((d) => {
          const contact = d.contact.trim().toLowerCase();
          return { id: dismissalId(contact, d.suggestionKey), contact, suggestionKey: dismissalKey(d.suggestionKey), at: d.at };
        }),
      );
      await db.focus.bulkAdd(file.focus.map((f) => ({ ...f })));
      await db.learning.bulkAdd(file.learning.map((l) => ({ id: l.id, card: decodeDates(l.card), updatedAt: l.updatedAt })));
    });
  } catch (e) {
    // The transaction has been rolled back; report without leaking a stack trace.
    if (isQuotaError(e)) return fail('The browser has no storage space left for Glocal. Your saved data is unchanged; free some disk space and try again.');
    return fail(`the import was rolled back: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
  return { ok: true, counts };
}
