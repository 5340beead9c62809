/**
 * Business seasons: the computed dates against published tables, and the season rule firing on
 * drafts with a date in each period, for every year 2026–2030.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis/index';
import type { CommunicationTarget } from '../../lib/protocol';
import { addDays, chuseok, eidAlAdha, eidAlFitr, lunarNewYear, ramadan, ramadans, seasonsOn, tet } from '../../lib/seasons/index';

// Published tables: Umm al-Qura calendar (King Abdulaziz City for Science and Technology) for
// 1 Ramadan; Hong Kong Observatory for the Lunar New Year; Korea Astronomy and Space Science
// Institute for Seollal and Chuseok.
const PUBLISHED = {
  ramadan: { 2026: '2026-02-18', 2027: '2027-02-08', 2028: '2028-01-28', 2029: '2029-01-16', 2030: '2030-01-05' },
  lunarNewYear: { 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03' },
  seollal: { 2026: '2026-02-17', 2027: '2027-02-07', 2028: '2028-01-27', 2029: '2029-02-13', 2030: '2030-02-03' },
  chuseok: { 2026: '2026-09-25', 2027: '2027-09-15', 2028: '2028-10-03', 2029: '2029-09-22', 2030: '2030-09-12' },
} as const;
const YEARS = [2026, 2027, 2028, 2029, 2030] as const;

describe('computed dates match published tables', () => {
  it.each(YEARS)('%i', (y) => {
    expect(ramadan(y)?.start).toBe(PUBLISHED.ramadan[y]);
    expect(lunarNewYear(y, 'chinese')).toBe(PUBLISHED.lunarNewYear[y]);
    expect(lunarNewYear(y, 'dangi')).toBe(PUBLISHED.seollal[y]);
    expect(chuseok(y)).toBe(PUBLISHED.chuseok[y]);
    // Eid al-Fitr follows the last day of Ramadan; Eid al-Adha about 70 days later.
    expect(addDays(ramadan(y)!.end, 1)).toBe(eidAlFitr(y));
    const gap = (Date.parse(eidAlAdha(y)!) - Date.parse(eidAlFitr(y)!)) / 864e5;
    expect(gap).toBeGreaterThanOrEqual(68);
    expect(gap).toBeLessThanOrEqual(71);
  });
  it('Ramadan 1448 starts on 8 February 2027 (Umm al-Qura)', () => expect(ramadan(2027)?.start).toBe('2027-02-08'));
  it('2030 has two Ramadans: January and December', () => expect(ramadans(2030).map((r) => r.start)).toEqual(['2030-01-05', '2030-12-26']));
  it('the Spring Festival agrees with date-holidays’ Chinese calendar', () => {
    for (const y of YEARS) {
      const days = new Holidays('CN').getHolidays(y).filter((h) => h.name === '春节').map((h) => h.date.slice(0, 10));
      expect(days).toContain(lunarNewYear(y, 'chinese'));
    }
  });
  it('Tết comes from the Vietnamese calendar', () => {
    for (const y of YEARS) expect(Math.abs(Date.parse(tet(y)!) - Date.parse(lunarNewYear(y)!)) / 864e5).toBeLessThanOrEqual(1);
  });
  it('China 2026: the listed make-up working days are not inside the holiday', () => {
    const p = seasonsOn('CN', '2026-02-17').find((s) => s.id === 'spring-festival')!;
    expect([p.start, p.end]).toEqual(['2026-02-15', '2026-02-23']);
    expect(p.workdays).toEqual(['2026-02-14', '2026-02-28']);
  });
  it('a year outside the Diwali table has no Diwali (a missing value stays missing)', () => {
    expect(seasonsOn('IN', '2031-10-20').some((s) => s.id === 'diwali')).toBe(false);
  });
});

function target(country: string): CommunicationTarget {
  return {
    country, from: 'US', formality: 0.7, directness: 0.4, firstNames: false,
    greeting: { en: 'Dear Mr./Ms. <Surname>,', local: null, lang: null }, signOff: { en: 'Best regards,', local: null },
    addressForm: '<Surname>', relationship: 0.5, deadlineSensitivity: 0.6,
    explanations: [{ text: `Deadline sensitivity in ${country}.`, sources: ['test'] }],
  };
}
const iso = (k: string) => k;
/** A draft that asks for something by `date`, written `daysBefore` days earlier. */
function check(cc: string, date: string, daysBefore = 30) {
  const now = new Date(`${addDays(date, -daysBefore)}T09:00:00Z`);
  const draft = `Hello,\n\nPlease send the signed contract by ${iso(date)}.\n\nBest regards,\nAlex`;
  const r = analyzeDraft({ draft, lang: 'en', target: target(cc), recipient: { country: cc }, now });
  return r.suggestions.filter((s) => s.rule === 'season' && s.start > 0).map((s) => s.params?.season);
}

// For each year: a date inside each season, computed from the season's own definition.
const cases = YEARS.flatMap((y) => [
  ['SA', 'ramadan', addDays(ramadan(y)!.start, 10)],
  ['AE', 'eid-al-fitr', eidAlFitr(y)!],
  ['EG', 'eid-al-adha', eidAlAdha(y)!],
  ['CN', 'spring-festival', addDays(lunarNewYear(y)!, 2)],
  ['TW', 'spring-festival', lunarNewYear(y)!],
  ['VN', 'tet', addDays(tet(y)!, 1)],
  ['JP', 'golden-week', `${y}-05-03`],
  ['JP', 'obon', `${y}-08-14`],
  ['KR', 'seollal', lunarNewYear(y, 'dangi')!],
  ['KR', 'chuseok', chuseok(y)!],
  ['IN', 'diwali', seasonsOn('IN', `${y}-01-01`).length ? '' : findDiwali(y)],
  ['TH', 'songkran', `${y}-04-14`],
  ['FR', 'august', `${y}-08-12`],
  ['IT', 'august', `${y}-08-14`],
  ['ES', 'august', `${y}-08-20`],
  ['DE', 'year-end', `${y}-12-29`],
] as const).filter(([, , d]) => d);

function findDiwali(y: number): string {
  for (let k = `${y}-10-01`; k <= `${y}-11-30`; k = addDays(k, 1)) if (seasonsOn('IN', k).some((s) => s.id === 'diwali' && s.peak === k)) return k;
  return '';
}

describe('the season rule fires on drafts in those periods, 2026–2030', () => {
  it('covers every season in every year', () => expect(cases.length).toBe(YEARS.length * 16));
  it.each(cases)('%s %s on %s', (cc, id, date) => {
    expect(check(cc, date)).toContain(`@rules.season.name.${id}`);
  });
  it('the UAE Friday half-day', () => {
    // 15 January 2027 is a Friday.
    expect(check('AE', '2027-01-15', 5)).toContain('@rules.season.name.friday-half-day');
    expect(check('AE', '2027-01-14', 5)).not.toContain('@rules.season.name.friday-half-day');
  });
  it('does not fire outside the periods', () => {
    expect(check('SA', '2027-06-30')).toEqual([]);
    expect(check('JP', '2027-06-30')).toEqual([]);
    expect(check('FR', '2027-09-15')).toEqual([]);
  });
  it('Gulf Ramadan advice names the reduced working hours', () => {
    const now = new Date('2027-02-01T09:00:00Z');
    const r = analyzeDraft({ draft: 'Hello,\n\nCan we meet for lunch on 15 February 2027?\n\nBest,\nAlex', lang: 'en', target: target('SA'), recipient: { country: 'SA' }, now });
    const s = r.suggestions.find((x) => x.rule === 'season' && x.params?.season === '@rules.season.name.ramadan')!;
    expect(s.message).toMatch(/reduced by law/);
    expect(s.message).toMatch(/lunch/);
    expect(s.source).toMatch(/Umm al-Qura/);
  });
  it('notes the season the recipient is in now', () => {
    const now = new Date('2027-02-20T09:00:00Z');
    const r = analyzeDraft({ draft: 'Hello,\n\nPlease review the offer.\n\nBest,\nAlex', lang: 'en', target: target('SA'), recipient: { country: 'SA' }, now });
    expect(r.suggestions.some((s) => s.id.startsWith('calendar:season:ramadan:SA:now'))).toBe(true);
  });
  it('every reader’s country counts in a mixed thread', () => {
    const now = new Date('2027-04-01T09:00:00Z');
    const r = analyzeDraft({
      draft: 'Hello,\n\nPlease reply by 3 May 2027.\n\nBest,\nAlex', lang: 'en', target: target('DE'),
      recipient: { country: 'DE' }, readers: [{ country: 'DE' }, { country: 'JP' }], now,
    });
    expect(r.suggestions.some((s) => s.params?.season === '@rules.season.name.golden-week' && s.params?.country === 'JP')).toBe(true);
  });
});
