/**
 * Stored keys that must not carry draft text. A suggestion's id names the words it flags (for
 * example `greeting:Hi guys`); a dismissal stores a hash of it instead, so no sentence of a draft
 * is kept at rest or exported (SECURITY.md, "What is kept").
 */
import { fnv1a } from '../practice/hash';

const HASHED = /^h:[0-9a-z]{2,16}$/;

/** The stored form of a suggestion id: a 64-bit hash (two FNV-1a halves), idempotent. */
export function dismissalKey(suggestionId: string): string {
  if (HASHED.test(suggestionId)) return suggestionId;
  return `h:${fnv1a(suggestionId).toString(36)}${fnv1a(`glocal|${suggestionId}`).toString(36)}`;
}

export function isHashedKey(key: string): boolean {
  return HASHED.test(key);
}
