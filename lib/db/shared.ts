/**
 * Helpers shared by the repository, import/export and CSV import (kept apart to avoid an import
 * cycle between those modules).
 */
import type { Table } from 'dexie';
import { z } from 'zod';
import { CountryProfile } from '../profiles/schema';
import type { GlocalDb } from './schema';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A user's edit of one country: a patch over the shipped profile, or a whole custom profile. */
export const ProfileEdit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('patch'), patch: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ type: z.literal('custom'), profile: CountryProfile }).strict(),
]);
export type ProfileEdit = z.infer<typeof ProfileEdit>;

export const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep merge for overlays: objects merge key by key; arrays, primitives and null replace. */
export function mergePatch<T>(base: T, patch: unknown): T {
  if (!isPlain(patch) || !isPlain(base)) return structuredClone(patch) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    out[k] = isPlain(v) && isPlain(out[k]) ? mergePatch(out[k], v) : structuredClone(v);
  }
  return out as T;
}

/**
 * Apply a stored edit to a base profile. Returns the profile, or an error naming the first field
 * that makes the result invalid.
 */
export function applyEdit(cc: string, base: CountryProfile | null, edit: unknown): { ok: true; profile: CountryProfile } | { ok: false; error: string } {
  const e = ProfileEdit.safeParse(edit);
  if (!e.success) return { ok: false, error: formatIssue(e.error.issues[0]) };
  if (e.data.type === 'custom') {
    if (e.data.profile.country !== cc) return { ok: false, error: `profile.country: ${e.data.profile.country} does not match ${cc}` };
    return { ok: true, profile: e.data.profile };
  }
  if (!base) return { ok: false, error: `patch: there is no shipped profile for ${cc} to patch; import a custom profile instead` };
  const merged = CountryProfile.safeParse(mergePatch(structuredClone(base), e.data.patch));
  if (!merged.success) return { ok: false, error: `patch.${formatIssue(merged.error.issues[0])}` };
  if (merged.data.country !== cc) return { ok: false, error: `patch.country: cannot change the country code` };
  return { ok: true, profile: merged.data };
}

/** "overrides.3.country: expected an ISO 3166-1 alpha-2 code such as DE" */
export function formatIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '(root): invalid';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  let msg = issue.message;
  if (issue.code === 'invalid_type' && /received undefined/.test(msg)) msg = `missing (expected ${issue.expected})`;
  msg = msg.replace(/\bundefined\b/g, 'nothing');
  return `${path}: ${msg}`.slice(0, 300);
}

/** The tables that hold user data, i.e. everything export/import/reset covers. */
export function userTables(db: GlocalDb): Table[] {
  return [db.settings, db.overrides, db.notes, db.profileEdits, db.learnedDomains, db.dismissals, db.focus, db.learning];
}

