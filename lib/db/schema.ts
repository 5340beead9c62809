/**
 * The Dexie database. Only the background imports this module: a content script's IndexedDB
 * belongs to the web page it runs on.
 *
 * Versions: every `version(n)` below stays forever, so an old database upgrades step by step.
 * Each step has a fixture in test/fixtures/db/ and a test that walks it to the latest version.
 */
import { dismissalKey } from '../service/keys';
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Override, Settings } from '../protocol';

export interface ProfileRow {
  country: string;
  /** The shipped profile (regenerated on a version bump). */
  data: unknown;
  dataVersion: string;
}
export interface ProfileEditRow {
  country: string;
  /** The user's own edits or custom profile; never overwritten by an upgrade. */
  data: unknown;
  updatedAt: number;
}
export type OverrideRow = Override & { id: string };
export interface SettingRow {
  key: 'settings';
  value: Settings;
}
export interface LearningRow {
  id: string;
  card: unknown;
  updatedAt: number;
}
export interface DismissalRow {
  id: string;
  contact: string;
  suggestionKey: string;
  at: number;
}
export interface LearnedDomainRow {
  domain: string;
  country: string;
  seen: number;
  updatedAt: number;
  /** Short hashes of the separate records that agreed (lib/db/learned.ts); rows without are not used. */
  evidence?: string[];
}
export interface FocusRow {
  country: string;
  count: number;
  pinned: boolean;
  hidden: boolean;
}
export interface FailureRow {
  id?: number;
  site: string;
  what: string;
  at: number;
}
/** A free-form, timestamped note about a contact, a domain or a country (v2). */
export interface NoteRow {
  id: string;
  scope: 'contact' | 'domain' | 'country';
  /** Lower-cased email, registrable domain, or upper-case ISO country code. */
  key: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}
export interface MetaRow {
  key: string;
  value: unknown;
}

export type GlocalDb = Dexie & {
  profiles: EntityTable<ProfileRow, 'country'>;
  profileEdits: EntityTable<ProfileEditRow, 'country'>;
  overrides: EntityTable<OverrideRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  learning: EntityTable<LearningRow, 'id'>;
  dismissals: EntityTable<DismissalRow, 'id'>;
  learnedDomains: EntityTable<LearnedDomainRow, 'domain'>;
  focus: EntityTable<FocusRow, 'country'>;
  failures: EntityTable<FailureRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  notes: EntityTable<NoteRow, 'id'>;
};

export const DB_NAME = 'glocal';

/** The schema of each version, oldest first. Append; never edit a released entry. */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    profiles: 'country',
    profileEdits: 'country',
    overrides: 'id, scope, key, updatedAt',
    settings: 'key',
    learning: 'id, updatedAt',
    dismissals: 'id, contact',
    learnedDomains: 'domain, country',
    focus: 'country, count',
    failures: '++id, site, at',
    meta: 'key',
  },
  // v2: free-form notes; a compound index to look overrides up by scope and key; dismissals by time.
  2: {
    profiles: 'country',
    profileEdits: 'country',
    overrides: 'id, scope, key, updatedAt, [scope+key]',
    settings: 'key',
    learning: 'id, updatedAt',
    dismissals: 'id, contact, at',
    learnedDomains: 'domain, country',
    focus: 'country, count',
    failures: '++id, site, at',
    meta: 'key',
    notes: 'id, [scope+key], updatedAt',
  },
};

/** The id of a dismissal row: one per contact and suggestion key (stored hashed, see lib/service/keys.ts). */
export function dismissalId(contact: string, suggestionKey: string): string {
  return `${contact.trim().toLowerCase()}|${dismissalKey(suggestionKey)}`;
}

/**
 * Data migrations run when an existing database reaches a version. Version 1 let callers store
 * override keys and dismissal contacts in any case; from version 2 they are lower-cased, so
 * "Hans@X.de" and "hans@x.de" are one contact. Rows that collide are merged field by field
 * (non-empty values win, the newer row first), so nothing the user entered is lost.
 */
export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: async (tx) => {
    const overrides = tx.table('overrides');
    const rows = (await overrides.toArray()) as OverrideRow[];
    const merged = new Map<string, OverrideRow>();
    for (const row of rows.sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0))) {
      const key = String(row.key ?? '').trim().toLowerCase();
      const id = overrideId(row.scope, key);
      const prev = merged.get(id);
      if (!prev) {
        merged.set(id, { ...row, key, id });
        continue;
      }
      merged.set(id, {
        ...prev,
        country: prev.country ?? row.country ?? null,
        lang: prev.lang ?? row.lang ?? null,
        firstNames: prev.firstNames ?? row.firstNames ?? null,
        // Two different notes are both kept rather than one silently dropped.
        note: [prev.note, row.note].filter((n, i, a) => n && a.indexOf(n) === i).join('\n\n'),
      });
    }
    await overrides.clear();
    await overrides.bulkPut([...merged.values()]);

    const dismissals = tx.table('dismissals');
    const drows = (await dismissals.toArray()) as DismissalRow[];
    const dmerged = new Map<string, DismissalRow>();
    for (const d of drows) {
      const contact = String(d.contact ?? '').trim().toLowerCase();
      const id = dismissalId(contact, d.suggestionKey);
      const prev = dmerged.get(id);
      // The suggestion key is stored hashed: it named words of a draft (lib/service/keys.ts).
      dmerged.set(id, { ...d, id, contact, suggestionKey: dismissalKey(d.suggestionKey), at: Math.max(prev?.at ?? 0, d.at ?? 0) });
    }
    await dismissals.clear();
    await dismissals.bulkPut([...dmerged.values()]);
  },
};

export const LATEST_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** The id of an override row; keys are compared case-insensitively. */
export function overrideId(scope: string, key: string): string {
  return `${scope}:${key.trim().toLowerCase()}`;
}

/** Open (or create) the database at the latest version, or at `upTo` for migration tests. */
export function openDb(name = DB_NAME, upTo = LATEST_VERSION): GlocalDb {
  const db = new Dexie(name) as GlocalDb;
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(v) > upTo) break;
    const version = db.version(Number(v)).stores(stores);
    const upgrade = UPGRADES[Number(v)];
    if (upgrade) version.upgrade(upgrade);
  }
  return db;
}
