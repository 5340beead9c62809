/**
 * Phone-number signal, parsed with libphonenumber-js. Only numbers written internationally
 * (`+41 …`, `0041 …`) are used: a national number ("030 1234567") has no country of its own.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';

/** Calling code → its countries, the main one first (+1 → US, +7 → RU, +44 → GB). */
const CALLING_CODES = (metadata as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
import type { Evidence } from './evidence';

/** The countries of the international phone numbers in `text`, in order, without repeats. */
export function phoneCountries(text: string): Array<{ country: string; callingCode: string }> {
  // "0041 44 …" is the same as "+41 44 …"; libphonenumber only reads the plus form without a region.
  const normalized = text.replace(/(^|[^\d+])00(?=[1-9]\d)/g, '$1+');
  const seen = new Set<string>();
  const out: Array<{ country: string; callingCode: string }> = [];
  for (const m of findPhoneNumbersInText(normalized)) {
    const n = m.number;
    if (!n.country || seen.has(n.country)) continue;
    seen.add(n.country);
    out.push({ country: n.country, callingCode: n.countryCallingCode });
  }
  // findPhoneNumbersInText keeps only numbers valid in today's numbering plan; a number outside
  // it still names its country by the calling code, so read the remaining "+…" runs leniently.
  for (const m of normalized.matchAll(/\+\d[\d\s()./-]{6,}\d/g)) {
    const n = parsePhoneNumberFromString(m[0]);
    if (!n || !n.isPossible()) continue;
    const country = n.country ?? CALLING_CODES[n.countryCallingCode]?.[0];
    if (country && !seen.has(country)) {
      seen.add(country);
      out.push({ country, callingCode: n.countryCallingCode });
    }
  }
  return out;
}

/** Evidence from the phone numbers in `text`; `skip` drops one country (the user's own). */
export function phoneEvidence(text: string, weight: number, where: string, skip?: string | null): Evidence[] {
  return phoneCountries(text)
    .filter((p) => p.country !== skip)
    .map((p) => ({ kind: 'phone', country: p.country, weight, reason: `+${p.callingCode} phone${where}` }));
}
