/**
 * The repository over the Dexie database: the only code that reads or writes it. Background-only.
 *
 * Shipped profiles live in `profiles` and are replaced whenever the shipped data version changes.
 * Everything the user creates (profile edits and custom profiles, overrides, notes, settings,
 * learned domains, dismissals, practice cards, focus) lives in other tables that seeding never
 * touches, so no upgrade can overwrite it.
 */
import { dismissalKey, isHashedKey } from '../service/keys';
import { activeLearnedDomains } from './learned';
import { Override, OverrideScope, Settings, SettingsPatch, CountryCode } from '../protocol';
import { CountryProfile } from '../profiles/schema';
import { DATA_VERSION, countryCodes, getProfile, normCode } from '../profiles/load';
import {
  dismissalId,
  overrideId,
  type FailureRow,
  type GlocalDb,
  type LearnedDomainRow,
  type NoteRow,
  type OverrideRow,
  type ProfileEditRow,
} from './schema';
import { z } from 'zod';
import { applyEdit, formatIssue, isPlain, mergePatch, userTables, type ProfileEdit } from './shared';

export { applyEdit, formatIssue, mergePatch, userTables, ProfileEdit, type Json } from './shared';

// ---------------------------------------------------------------------------------------------
// Profiles: seed, overlay, effective profile

const META_DATA_VERSION = 'profilesDataVersion';

/**
 * Seed the shipped profiles on install, and replace them when the shipped data version changes.
 * Idempotent and cheap when nothing changed. Never touches `profileEdits`.
 */
export async function seedProfiles(db: GlocalDb): Promise<{ seeded: boolean; count: number; dataVersion: string }> {
  const codes = countryCodes();
  return db.transaction('rw', db.profiles, db.meta, async () => {
    const meta = await db.meta.get(META_DATA_VERSION);
    const count = await db.profiles.count();
    if (meta?.value === DATA_VERSION && count === codes.length) return { seeded: false, count, dataVersion: DATA_VERSION };
    await db.profiles.clear();
    await db.profiles.bulkPut(codes.map((c) => ({ country: c, data: getProfile(c), dataVersion: DATA_VERSION })));
    await db.meta.put({ key: META_DATA_VERSION, value: DATA_VERSION });
    return { seeded: true, count: codes.length, dataVersion: DATA_VERSION };
  });
}

async function baseProfile(db: GlocalDb, cc: string): Promise<CountryProfile | null> {
  const row = await db.profiles.get(cc);
  // Before seeding finishes (first start) the shipped data is still available in memory.
  return (row?.data as CountryProfile | undefined) ?? getProfile(cc);
}

/**
 * The profile a user sees: the shipped one with their edits laid over it, or their custom
 * profile. An edit that no longer fits the shipped data after an upgrade is kept in the database
 * but ignored here, so an upgrade can never make a profile unreadable.
 */
export async function getEffectiveProfile(db: GlocalDb, cc: string): Promise<CountryProfile | null> {
  const c = normCode(cc);
  if (!c) return null;
  const [base, edit] = await Promise.all([baseProfile(db, c), db.profileEdits.get(c)]);
  if (!edit) return base;
  const applied = applyEdit(c, base, edit.data);
  return applied.ok ? applied.profile : base;
}

/** Store a patch over a shipped profile (merged with any earlier patch). Validated before writing. */
export async function putProfilePatch(db: GlocalDb, cc: string, patch: Record<string, unknown>, now = Date.now()): Promise<CountryProfile> {
  const c = normCode(cc);
  if (!c) throw new Error(`not a country code: ${String(cc).slice(0, 20)}`);
  return db.transaction('rw', db.profiles, db.profileEdits, async () => {
    const prev = await db.profileEdits.get(c);
    const prevPatch = prev && isPlain(prev.data) && prev.data.type === 'patch' ? (prev.data.patch as Record<string, unknown>) : {};
    const data: ProfileEdit = { type: 'patch', patch: mergePatch(prevPatch, patch) };
    const applied = applyEdit(c, await baseProfile(db, c), data);
    if (!applied.ok) throw new Error(applied.error);
    await db.profileEdits.put({ country: c, data, updatedAt: now });
    return applied.profile;
  });
}

/** Store a complete custom profile (for a country with no shipped data, or to replace it). */
export async function putCustomProfile(db: GlocalDb, profile: unknown, now = Date.now()): Promise<CountryProfile> {
  const parsed = CountryProfile.safeParse(profile);
  if (!parsed.success) throw new Error(formatIssue(parsed.error.issues[0]));
  await db.profileEdits.put({ country: parsed.data.country, data: { type: 'custom', profile: parsed.data }, updatedAt: now });
  return parsed.data;
}

/** Remove the user's edit of a country; the shipped profile shows again. */
export async function deleteProfileEdit(db: GlocalDb, cc: string): Promise<void> {
  const c = normCode(cc);
  if (c) await db.profileEdits.delete(c);
}

// ---------------------------------------------------------------------------------------------
// Overrides

/** Fields of an override a caller may set; `clear` names fields to reset to empty. */
export type OverrideInput = z.input<typeof Override>;
export type OverrideField = 'country' | 'lang' | 'firstNames' | 'note';

/** All overrides, newest first. */
export async function listOverrides(db: GlocalDb): Promise<Override[]> {
  const rows = await db.overrides.orderBy('updatedAt').reverse().toArray();
  return rows.map(({ id: _id, ...o }) => o);
}

/** One override, or null. */
export async function getOverride(db: GlocalDb, scope: z.infer<typeof OverrideScope>, key: string): Promise<Override | null> {
  const row = await db.overrides.get(overrideId(scope, key));
  if (!row) return null;
  const { id: _id, ...o } = row;
  return o;
}

/**
 * Create or update an override, merging field by field inside one transaction: a field that is
 * absent, `null` or (for `note`) empty leaves the stored value alone, so two writers updating
 * different fields of the same contact at the same moment both keep their change. To empty a
 * field on purpose, name it in `opts.clear`. `updatedAt` always moves forward.
 */
export async function putOverride(db: GlocalDb, input: OverrideInput, opts: { clear?: OverrideField[] } = {}): Promise<Override> {
  const scope = OverrideScope.parse(input.scope);
  const key = String(input.key ?? '').trim().toLowerCase();
  const incoming = Override.parse({ ...input, scope, key });
  const id = overrideId(scope, key);
  const clear = new Set(opts.clear ?? []);
  return db.transaction('rw', db.overrides, async () => {
    const prev = await db.overrides.get(id);
    const pick = <K extends OverrideField>(k: K, empty: Override[K]): Override[K] => {
      if (clear.has(k)) return empty;
      const v = incoming[k];
      return v === null || v === undefined || v === '' ? (prev?.[k] ?? empty) : v;
    };
    const row: OverrideRow = {
      id,
      scope,
      key,
      country: pick('country', null),
      lang: pick('lang', null),
      firstNames: pick('firstNames', null),
      note: pick('note', ''),
      updatedAt: Math.max(incoming.updatedAt || Date.now(), (prev?.updatedAt ?? 0) + 1),
    };
    await db.overrides.put(row);
    const { id: _id, ...o } = row;
    return o;
  });
}

export async function deleteOverride(db: GlocalDb, scope: string, key: string): Promise<void> {
  await db.overrides.delete(overrideId(OverrideScope.parse(scope), key));
}

// ---------------------------------------------------------------------------------------------
// Notes

export const NoteInput = z
  .object({
    scope: z.enum(['contact', 'domain', 'country']),
    key: z.string().min(1).max(320),
    text: z.string().min(1).max(10_000),
  })
  .strict();

function normNoteKey(scope: NoteRow['scope'], key: string): string {
  return scope === 'country' ? key.trim().toUpperCase() : key.trim().toLowerCase();
}

/** Add a note about a contact, a domain or a country. */
export async function addNote(db: GlocalDb, input: z.input<typeof NoteInput>, now = Date.now()): Promise<NoteRow> {
  const n = NoteInput.parse(input);
  const row: NoteRow = { id: newId(), scope: n.scope, key: normNoteKey(n.scope, n.key), text: n.text, createdAt: now, updatedAt: now };
  await db.notes.add(row);
  return row;
}

export async function updateNote(db: GlocalDb, id: string, text: string, now = Date.now()): Promise<NoteRow> {
  const t = z.string().min(1).max(10_000).parse(text);
  return db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(id);
    if (!row) throw new Error(`no note ${id}`);
    const next = { ...row, text: t, updatedAt: Math.max(now, row.updatedAt + 1) };
    await db.notes.put(next);
    return next;
  });
}

/** Notes for one contact/domain/country, newest first; all notes when scope is omitted. */
export async function listNotes(db: GlocalDb, scope?: NoteRow['scope'], key?: string): Promise<NoteRow[]> {
  const rows =
    scope && key !== undefined
      ? await db.notes.where('[scope+key]').equals([scope, normNoteKey(scope, key)]).toArray()
      : await db.notes.toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

export async function deleteNote(db: GlocalDb, id: string): Promise<void> {
  await db.notes.delete(id);
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// ---------------------------------------------------------------------------------------------
// Settings, learned domains, dismissals

/** The settings, with defaults for anything never set. */
export async function getSettings(db: GlocalDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

/**
 * Merge a partial update into the settings (one transaction) and return the result. Only the
 * fields present in `partial` change (SettingsPatch fills no defaults).
 */
export async function putSettings(db: GlocalDb, partial: Partial<Settings>): Promise<Settings> {
  const patch = SettingsPatch.strict().parse(partial);
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('settings');
    const next = Settings.parse({ ...(row?.value ?? {}), ...stripUndefined(patch) });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Remember that a (registrable) domain belongs to a country. Repeated sightings of the same
 * country raise `seen`; a different country replaces it and starts again at 1.
 */
export async function learnDomain(db: GlocalDb, domain: string, cc: string, now = Date.now()): Promise<LearnedDomainRow> {
  const d = domain.trim().toLowerCase();
  const country = CountryCode.parse(cc.trim().toUpperCase());
  if (!d || d.length > 253) throw new Error('learnDomain: bad domain');
  return db.transaction('rw', db.learnedDomains, async () => {
    const prev = await db.learnedDomains.get(d);
    const row: LearnedDomainRow = { domain: d, country, seen: prev && prev.country === country ? prev.seen + 1 : 1, updatedAt: now };
    await db.learnedDomains.put(row);
    return row;
  });
}

/** The country learned for a domain, or null. */
export async function learnedCountry(db: GlocalDb, domain: string): Promise<string | null> {
  return (await db.learnedDomains.get(domain.trim().toLowerCase()))?.country ?? null;
}

/** Hide one suggestion for one contact. */
export async function dismiss(db: GlocalDb, contact: string, key: string, now = Date.now()): Promise<void> {
  const c = contact.trim().toLowerCase();
  await db.dismissals.put({ id: dismissalId(c, key), contact: c, suggestionKey: dismissalKey(key), at: now });
}

/** Dismissals stored by older versions kept the suggestion id (draft words): hash them in place. */
export async function hashLegacyDismissals(db: GlocalDb): Promise<number> {
  return db.transaction('rw', db.dismissals, async () => {
    const old = (await db.dismissals.toArray()).filter((d) => !isHashedKey(d.suggestionKey));
    if (!old.length) return 0;
    await db.dismissals.bulkDelete(old.map((d) => d.id));
    await db.dismissals.bulkPut(old.map((d) => ({ ...d, id: dismissalId(d.contact, d.suggestionKey), suggestionKey: dismissalKey(d.suggestionKey) })));
    return old.length;
  });
}

export async function isDismissed(db: GlocalDb, contact: string, key: string): Promise<boolean> {
  return (await db.dismissals.get(dismissalId(contact, key))) !== undefined;
}

export async function undismiss(db: GlocalDb, contact: string, key: string): Promise<void> {
  await db.dismissals.delete(dismissalId(contact, key));
}

/** Every dismissal, as `contact|suggestionKey`, for the analysis to filter on. */
export async function dismissedKeys(db: GlocalDb): Promise<Set<string>> {
  return new Set((await db.dismissals.toArray()).map((r) => `${r.contact}|${r.suggestionKey}`));
}

/** The learned domains in use now, with their country: confirmed by two records, not expired (lib/db/learned.ts). */
export async function learnedDomainMap(db: GlocalDb, now = Date.now()): Promise<Record<string, string>> {
  return activeLearnedDomains(db, now);
}

// ---------------------------------------------------------------------------------------------
// Selector failures (which extraction step found nothing, per site; never page content)

/** How many failure rows are kept; older ones are dropped first. */
export const MAX_FAILURES = 500;

/** Record what a site module failed to find, keeping the newest MAX_FAILURES rows. */
export async function recordFailures(db: GlocalDb, site: string, whats: readonly string[], at: number): Promise<void> {
  if (!whats.length) return;
  await db.transaction('rw', db.failures, async () => {
    await db.failures.bulkAdd(whats.map((what) => ({ site, what, at })));
    const count = await db.failures.count();
    if (count > MAX_FAILURES) await db.failures.bulkDelete(await db.failures.orderBy('at').limit(count - MAX_FAILURES).primaryKeys());
  });
}

/** The newest failures first. */
export async function recentFailures(db: GlocalDb, limit = 200): Promise<FailureRow[]> {
  return db.failures.orderBy('at').reverse().limit(limit).toArray();
}

/** Delete all user data (not the shipped profiles). One transaction. */
export async function resetUserData(db: GlocalDb): Promise<void> {
  await db.transaction('rw', userTables(db), async () => {
    for (const t of userTables(db)) await t.clear();
  });
}

export type { ProfileEditRow };
export { exportUserData, importUserData, MAX_IMPORT_BYTES, type ImportCounts } from './transfer';
export { importDimensionCsv, type DimensionCsvResult } from './csv';
