/**
 * Helpers shared by the CRM modules: turning labelled values into `RecordFields`.
 */
import type { RecordFields } from '../protocol';

export type RecordKey = keyof RecordFields;

/**
 * Set `key` unless it already has a value: modules list their most specific sources first
 * (a Country field before the last line of an address).
 */
export function setField(fields: RecordFields, key: RecordKey, value: string | null | undefined): void {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (v && !fields[key]) fields[key] = v;
}

/**
 * The country line of a postal address when the record has no country field: the last line, if
 * it carries no digits (a postcode line is not a country). Returns '' when unsure.
 */
export function countryFromAddress(lines: string[]): string {
  const clean = lines.map((l) => l.trim()).filter(Boolean);
  if (clean.length < 2) return '';
  const last = clean[clean.length - 1];
  return /\d/.test(last) || last.length > 60 ? '' : last;
}

/** True when at least one field was read. */
export function hasFields(f: RecordFields): boolean {
  return Object.values(f).some((v) => typeof v === 'string' && v.length > 0);
}
