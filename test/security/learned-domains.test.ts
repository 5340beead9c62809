/**
 * A CRM record cannot poison a mail domain (SECURITY.md). A record is text someone else typed:
 * one record must not decide how every address at its domain is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeService, type Harness } from './helpers';
import { activeLearnedDomains, isSharedMailDomain, LEARNED_TTL_MS, learnableDomain, noteRecord } from '../../lib/db/learned';
import type { Analysis } from '../../lib/protocol';

const TAB = 3;
const content = { kind: 'content' as const, tabId: TAB, frameId: 0 };
const UI = { kind: 'ui' as const, tabId: null };
const NOW = new Date('2026-03-02T10:00:00Z').getTime();

/** A Salesforce-like record page naming the person's country. */
const record = (email: string, id: string) => ({
  site: 'salesforce',
  composeId: `sf:${id}`,
  recipients: [],
  record: { email, name: 'A Person', country: 'Japan', city: 'Osaka', phone: '+81 6 1234 5678' },
});
const mail = (email: string) => ({ site: 'gmail', composeId: 'g1', recipients: [{ email, field: 'to' }], subject: '', body: 'Hello' });
const top = (r: unknown) => (r as { data: Analysis }).data.recipients[0]?.candidates[0];

let h: Harness;
beforeAll(async () => {
  h = await makeService();
});
afterAll(() => h.db.close());

describe('free-mail and shared domains', () => {
  it.each(['gmail.com', 'googlemail.com', 'yahoo.co.jp', 'outlook.com', 'gmx.de', 'web.de', 'qq.com', 'icloud.com', 'proton.me', 'mail.ru', 'naver.com'])('%s is a shared mail domain', (d) => {
    expect(isSharedMailDomain(d)).toBe(true);
  });
  it('a company domain is not', () => {
    expect(isSharedMailDomain('muellerbau-technik.de')).toBe(false);
    expect(learnableDomain('hans@mail.muellerbau-technik.de')).toBe('muellerbau-technik.de');
    expect(learnableDomain('x@github.io')).toBeNull();
  });

  it('a CRM lead with a free-mail address teaches nothing about that domain', async () => {
    for (let i = 0; i < 3; i++) expect((await h.service.handle({ type: 'snapshot', snapshot: record(`lead${i}.smith@gmail.com`, `g${i}`) }, content)).ok).toBe(true);
    expect(await h.db.learnedDomains.get('gmail.com')).toBeUndefined();
    const r = await h.service.handle({ type: 'snapshot', snapshot: mail('someone.else@gmail.com') }, content);
    expect(top(r)?.country === 'JP' && top(r)!.probability > 0.5).toBe(false);
  });
});

describe('a company domain', () => {
  it('is not learned from one record, even seen many times', async () => {
    for (let i = 0; i < 3; i++) await h.service.handle({ type: 'snapshot', snapshot: record('taro@kyoto-seiki.co.jp', 'k1') }, content);
    await h.service.handle({ type: 'snapshot', snapshot: record('taro@osaka-parts.example', 'o1') }, content);
    await h.service.handle({ type: 'snapshot', snapshot: record('taro@osaka-parts.example', 'o1') }, content);
    expect(await activeLearnedDomains(h.db, NOW)).not.toHaveProperty('osaka-parts.example');
    const r = await h.service.handle({ type: 'snapshot', snapshot: mail('buyer@osaka-parts.example') }, content);
    expect(r.ok && (r.data as Analysis).recipients[0].candidates.some((c) => c.reasons.some((x) => /learned/.test(x)))).toBe(false);
  });

  it('is learned when two separate records agree, and used', async () => {
    await h.service.handle({ type: 'snapshot', snapshot: record('hanako@osaka-parts.example', 'o2') }, content);
    expect(await activeLearnedDomains(h.db, NOW)).toHaveProperty('osaka-parts.example', 'JP');
    const r = await h.service.handle({ type: 'snapshot', snapshot: mail('buyer@osaka-parts.example') }, content);
    expect(top(r)?.country).toBe('JP');
  });

  it('expires', async () => {
    expect(await activeLearnedDomains(h.db, NOW + LEARNED_TTL_MS + 1)).not.toHaveProperty('osaka-parts.example');
  });

  it('a record naming another country starts over', async () => {
    await noteRecord(h.db, 'z@osaka-parts.example', 'KR', NOW);
    expect(await activeLearnedDomains(h.db, NOW)).not.toHaveProperty('osaka-parts.example');
    await noteRecord(h.db, 'a@osaka-parts.example', 'JP', NOW);
    await noteRecord(h.db, 'b@osaka-parts.example', 'JP', NOW);
  });

  it('is listed for the options page and can be forgotten', async () => {
    const list = await h.service.handle({ type: 'listLearnedDomains' }, UI);
    expect(list).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ domain: 'osaka-parts.example', country: 'JP', records: 2, active: true })]) });
    expect((await h.service.handle({ type: 'forgetLearnedDomain', domain: 'osaka-parts.example' }, UI)).ok).toBe(true);
    expect(await h.db.learnedDomains.get('osaka-parts.example')).toBeUndefined();
    // A content script can neither list nor forget.
    expect((await h.service.handle({ type: 'listLearnedDomains' }, content)).ok).toBe(false);
  });

  it('the row keeps hashes of the records, not their addresses', async () => {
    await noteRecord(h.db, 'hanako@osaka-parts.example', 'JP', NOW);
    expect(JSON.stringify(await h.db.learnedDomains.toArray())).not.toContain('hanako');
  });
});
