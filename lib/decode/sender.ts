/**
 * The sender's country for the reading lens, from what the caller has: an ISO country code as
 * it is, or an address whose domain is a country-code TLD. Free mail and generic domains say
 * nothing, so they give null rather than a guess.
 */
import { parse } from 'tldts';
import { normCode } from '../profiles';

/** TLDs that are not used as country signals (vanity and generic use). */
const NOT_A_COUNTRY = new Set(['io', 'ai', 'co', 'me', 'tv', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'sh', 'ac', 'nu', 'vc', 'la', 'so', 'sc', 'im', 'ag', 'gl', 'gd', 'vu', 'eu', 'su']);

export function senderCountry(from: string | null | undefined): string | null {
  const f = String(from ?? '').trim();
  if (!f) return null;
  if (/^[A-Za-z]{2}$/.test(f)) return normCode(f.toUpperCase());
  const at = f.lastIndexOf('@');
  const host = at >= 0 ? f.slice(at + 1).replace(/[>\s].*$/, '') : f;
  const info = parse(host);
  const tld = info.publicSuffix?.split('.').pop()?.toLowerCase();
  if (!tld || tld.length !== 2 || NOT_A_COUNTRY.has(tld)) return null;
  return normCode(tld === 'uk' ? 'GB' : tld.toUpperCase());
}
