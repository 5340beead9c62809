/** "Prepare for a call" from a CRM record: prefill, rank, call windows, events and the Markdown export. */
import { describe, expect, it } from 'vitest';
import { buildCallPrep, callPrepToMarkdown, callWindows, rankOf, recordCountry, upcomingEvents, wallClock } from '../../lib/callprep/index';
import { handleCallPrep } from '../../lib/callprep/service';
import { getProfile } from '../../lib/profiles/load';
import { dayStatus } from '../../lib/profiles/calendar';

describe('call prep', () => {
  it('reads the country from the record in any language, else from the city or address', () => {
    expect(recordCountry({ country: 'Brasil' })).toBe('BR');
    expect(recordCountry({ country: 'Deutschland' })).toBe('DE');
    expect(recordCountry({ country: '日本' })).toBe('JP');
    expect(recordCountry({ city: 'Osaka' })).toBe('JP');
    expect(recordCountry({ address: 'Av. Paulista, 1000, São Paulo, Brasil' })).toBe('BR');
    expect(recordCountry({ name: 'Ana' })).toBeNull();
  });

  it('reads rank from job titles in several languages', () => {
    for (const t of ['Diretora de Compras', 'VP Sales', 'Head of Procurement', 'Geschäftsführer', '購買部長', '采购总监', 'Directeur commercial']) expect(rankOf(t), t).toBe('executive');
    for (const t of ['Purchasing Manager', 'Gerente de Compras', 'Team Lead', '課長']) expect(rankOf(t), t).toBe('manager');
    expect(rankOf('Buyer')).toBe('staff');
    expect(rankOf(null)).toBeNull();
  });

  it('finds call windows inside both working days: Berlin and Tokyo overlap 09:00–10:00 Berlin time', () => {
    const now = new Date(Date.UTC(2026, 11, 1, 6, 0)); // Tue 1 Dec 2026, 07:00 in Berlin
    const ws = callWindows('JP', 'DE', 'Europe/Berlin', now);
    expect(ws.length).toBeGreaterThanOrEqual(3);
    for (const w of ws) {
      expect(w.extended).toBe(false);
      for (let t = w.start; t < w.end; t += 30 * 60_000) {
        const mine = wallClock('Europe/Berlin', t);
        const theirs = wallClock('Asia/Tokyo', t);
        expect(mine.hour >= 9 && mine.hour < 18 && theirs.hour >= 9 && theirs.hour < 18).toBe(true);
        expect(dayStatus('JP', theirs.dateKey).weekend || dayStatus('JP', theirs.dateKey).holiday).toBeFalsy();
        expect(dayStatus('DE', mine.dateKey).weekend || dayStatus('DE', mine.dateKey).holiday).toBeFalsy();
      }
      expect(wallClock('Europe/Berlin', w.start).hour).toBe(9);
      expect(w.end - w.start).toBe(60 * 60_000);
    }
  });

  it('falls back to 08:00–20:00 when working days never overlap, and says so', () => {
    // Tokyo and New York: 14 hours apart, so 09:00–18:00 never overlaps.
    const now = new Date(Date.UTC(2026, 11, 1, 0, 0));
    const ws = callWindows('JP', 'US', 'America/New_York', now);
    expect(ws.length).toBeGreaterThan(0);
    expect(ws.every((w) => w.extended)).toBe(true);
  });

  it('lists holidays and seasons ahead: Spring Festival for China in January 2027, Ramadan for Saudi Arabia', () => {
    const cn = upcomingEvents('CN', new Date(Date.UTC(2027, 0, 10)));
    expect(cn.some((e) => e.kind === 'season' && e.season === 'spring-festival' && e.start === '2027-02-05' && e.source.includes('Announced'))).toBe(true);
    const sa = upcomingEvents('SA', new Date(Date.UTC(2027, 0, 20)));
    expect(sa.some((e) => e.season === 'ramadan' && e.start === '2027-02-08')).toBe(true);
  });

  it('builds the prep from a record, with rank advice from the title and the profile', async () => {
    const at = Date.UTC(2026, 11, 2, 9);
    const r = await handleCallPrep(
      { record: { name: 'Ana Souza', role: 'Diretora de Compras', company: 'Metalúrgica Paulista Ltda.', country: 'Brasil' }, from: 'DE', tz: 'Europe/Berlin', at },
      async (cc) => getProfile(cc),
    );
    expect(r.prep.country).toBe('BR');
    expect(r.prep.countryFrom).toBe('record');
    expect(r.prep.rank).toBe('executive');
    expect(r.prep.rankAdvice[0].text).toMatch(/senior title/);
    expect(r.prep.rankAdvice[0].basis.join(' ')).toMatch(/top-down|PDI/);
    expect(r.markdown).toMatch(/^# Call with Ana Souza \(Diretora de Compras, Metalúrgica Paulista Ltda\.\) — Brazil\n/);
    // The brief follows, one heading level down, and never contradicts the rank advice.
    expect(r.markdown).toContain('## Call brief: Brazil (from Germany)');
    expect(r.markdown).not.toMatch(/may not be the final decision-maker/);
    await expect(handleCallPrep({ record: { name: 'X' }, at }, async (cc) => getProfile(cc))).rejects.toThrow(/no country/);
    const chosen = await handleCallPrep({ record: { name: 'X' }, to: 'JP', at }, async (cc) => getProfile(cc));
    expect(chosen.prep.countryFrom).toBe('chosen');
  });

  it('treats page text as untrusted: one line, no control or bidi characters, escaped in Markdown', () => {
    const p = buildCallPrep({
      record: { name: 'Eve\u202e <script>#x', role: '**CEO**\n# injected', company: '[link](javascript:x)' },
      profile: getProfile('US')!,
      countryFrom: 'chosen',
      home: null,
      yourTimeZone: 'Not/AZone',
      now: new Date(Date.UTC(2026, 11, 2, 15)),
    });
    expect(p.name).toBe('Eve <script>#x');
    expect(p.title).toBe('**CEO** # injected');
    expect(p.yourTimeZone).toBeNull();
    const md = callPrepToMarkdown(p, '# Call brief: United States\n');
    expect(md.split('\n')[0]).toBe('# Call with Eve \\<script\\>\\#x (\\*\\*CEO\\*\\* \\# injected, \\[link\\](javascript:x)) — United States');
    expect(md).not.toMatch(/^# injected/m);
  });
});
