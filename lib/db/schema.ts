/**
 * The Dexie database. Only the background imports this module: a content script's IndexedDB
 * belongs to the web page it runs on.
 *
 * Versions: every `version(n)` below stays forever, so an old database upgrades step by step.
 * Each step has a fixture in test/fixtures/db/ and a test that walks it to the latest version.
 */
import Dexie, { type EntityTable } from 'dexie';
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
};

export const LATEST_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

export function overrideId(scope: string, key: string): string {
  return `${scope}:${key.toLowerCase()}`;
}

/** Open (or create) the database at the latest version, or at `upTo` for migration tests. */
export function openDb(name = DB_NAME, upTo = LATEST_VERSION): GlocalDb {
  const db = new Dexie(name) as GlocalDb;
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(v) > upTo) break;
    db.version(Number(v)).stores(stores);
  }
  return db;
}
