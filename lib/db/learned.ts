/**
 * Learning a company's country from CRM records (SECURITY.md, "A CRM record cannot poison a mail
 * domain"). A record someone else typed is page text: one record must never decide how every
 * address at a domain is read. So a domain is learned only when
 *  - it is a company's own domain: never a free-mail, ISP or shared provider (the maintained
 *    `email-providers` list, 8,700+ domains), and never a public suffix;
 *  - at least `MIN_RECORDS` separate records (different people's addresses) agree on the country;
 *  - and it was confirmed within `LEARNED_TTL_MS`: an old lesson expires.
 * The user sees every learned domain in the options page and can forget it.
 */
import { getDomain } from 'tldts';
import providers from 'email-providers/all.json';
import { CountryCode } from '../protocol';
import type { GlocalDb, LearnedDomainRow } from './schema';
import { fnv1a } from '../practice/hash';

export const MIN_RECORDS = 2;
/** A learned domain is used for 180 days after the last record that confirmed it. */
export const LEARNED_TTL_MS = 180 * 24 * 60 * 60 * 1000;
/** Record hashes kept per domain (enough to count separate records). */
const MAX_EVIDENCE = 8;

const shared = new Set<string>((providers as string[]).map((d) => d.toLowerCase()));

/** True for a free-mail, ISP or shared provider's domain (or a subdomain of one). */
export function isSharedMailDomain(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (shared.has(h)) return true;
  const reg = getDomain(h);
  return reg !== null && shared.has(reg);
}

/** The registrable domain an address could teach, or null when it must teach nothing. */
export function learnableDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const host = email.slice(at + 1).trim().toLowerCase();
  if (!host || isSharedMailDomain(host)) return null;
  // getDomain is null for a bare public suffix (co.uk, github.io …): nothing to learn there.
  return getDomain(host, { allowPrivateDomains: true });
}

/** A short hash of one record's address: counts separate records without storing the address. */
function recordHash(email: string): string {
  const e = email.trim().toLowerCase();
  return `${fnv1a(e).toString(36)}${fnv1a(`glocal:${e}`).toString(36)}`;
}

export function isActive(row: LearnedDomainRow, now: number): boolean {
  return (row.evidence?.length ?? 0) >= MIN_RECORDS && now - row.updatedAt <= LEARNED_TTL_MS;
}

/**
 * Record that the CRM record at `email` says `cc`. Returns the row (learned or still pending), or
 * null when the address can teach nothing. A different country starts the evidence again.
 */
export async function noteRecord(db: GlocalDb, email: string, cc: string, now = Date.now()): Promise<LearnedDomainRow | null> {
  const domain = learnableDomain(email);
  if (!domain || domain.length > 253) return null;
  const country = CountryCode.parse(cc.trim().toUpperCase());
  const h = recordHash(email);
  return db.transaction('rw', db.learnedDomains, async () => {
    const prev = await db.learnedDomains.get(domain);
    const same = prev !== undefined && prev.country === country;
    const evidence = same ? [...new Set([...(prev?.evidence ?? []), h])].slice(-MAX_EVIDENCE) : [h];
    const row: LearnedDomainRow = { domain, country, seen: same ? prev!.seen + 1 : 1, updatedAt: now, evidence };
    await db.learnedDomains.put(row);
    return row;
  });
}

/** The domains in use now: confirmed by enough records and not expired. */
export async function activeLearnedDomains(db: GlocalDb, now = Date.now()): Promise<Record<string, string>> {
  const rows = await db.learnedDomains.toArray();
  return Object.fromEntries(rows.filter((r) => isActive(r, now)).map((r) => [r.domain, r.country]));
}

export interface LearnedDomainView {
  domain: string;
  country: string;
  /** Separate records that agreed. */
  records: number;
  active: boolean;
  updatedAt: number;
  expiresAt: number;
}

/** Every learned (or pending) domain, for the options page. */
export async function listLearnedDomains(db: GlocalDb, now = Date.now()): Promise<LearnedDomainView[]> {
  const rows = await db.learnedDomains.toArray();
  return rows
    .map((r) => ({ domain: r.domain, country: r.country, records: r.evidence?.length ?? 0, active: isActive(r, now), updatedAt: r.updatedAt, expiresAt: r.updatedAt + LEARNED_TTL_MS }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function forgetLearnedDomain(db: GlocalDb, domain: string): Promise<void> {
  await db.learnedDomains.delete(domain.trim().toLowerCase());
}
