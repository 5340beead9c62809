import { describe, expect, it } from 'vitest';
import {
  dayStatus,
  firstDay,
  localTime,
  nextWorkingSlot,
  primaryTimeZone,
  publicHolidays,
  weekendDays,
  workingStatus,
} from '../../lib/profiles/calendar';

describe('calendar: working week from CLDR', () => {
  it('knows non-Saturday/Sunday weekends', () => {
    expect(weekendDays('SA')).toEqual([5, 6]);
    expect(weekendDays('IN')).toEqual([0]);
    expect(weekendDays('IR')).toEqual([5]);
    expect(weekendDays('de')).toEqual([6, 0]);
  });
  it('knows the first day of the week', () => {
    expect(firstDay('US')).toBe(0);
    expect(firstDay('DE')).toBe(1);
  });
  it('falls back to the world default for unknown codes', () => {
    expect(weekendDays('XX')).toEqual([6, 0]);
    expect(primaryTimeZone('XX')).toBeNull();
    expect(publicHolidays('XX', 2026)).toEqual([]);
  });
  it('picks the primary zone of multi-zone countries', () => {
    expect(primaryTimeZone('US')).toBe('America/New_York');
    expect(primaryTimeZone('DE')).toBe('Europe/Berlin');
    expect(primaryTimeZone('CN')).toBe('Asia/Shanghai');
  });
});

describe('calendar: local time', () => {
  it('gives wall time and offset', () => {
    const t = localTime('JP', new Date('2026-11-23T14:30:00Z'));
    expect(t).toMatchObject({ timeZone: 'Asia/Tokyo', hour: 23, minute: 30, dateKey: '2026-11-23', weekday: 1 });
    expect(t.iso).toBe('2026-11-23T23:30:00+09:00');
  });
  it('follows daylight saving time', () => {
    expect(localTime('US', new Date('2026-03-08T06:30:00Z')).iso).toBe('2026-03-08T01:30:00-05:00');
    expect(localTime('US', new Date('2026-03-08T07:30:00Z')).iso).toBe('2026-03-08T03:30:00-04:00');
  });
  it('handles half-hour offsets and date lines', () => {
    expect(localTime('IN', new Date('2026-01-01T20:00:00Z'))).toMatchObject({ dateKey: '2026-01-02', hour: 1, minute: 30 });
  });
});

describe('calendar: holidays and working status', () => {
  it('lists only public holidays, once per date', () => {
    const de = publicHolidays('DE', 2026);
    expect(de.every((h) => h.type === 'public')).toBe(true);
    expect(de.map((h) => h.date)).toContain('2026-10-03');
    // Valentine's Day is an observance in date-holidays, not a day off.
    expect(de.map((h) => h.date)).not.toContain('2026-02-14');
  });
  it('returns copies, so callers cannot corrupt the cache', () => {
    publicHolidays('FR', 2026)[0].name = 'changed';
    expect(publicHolidays('FR', 2026)[0].name).not.toBe('changed');
  });
  it('reports day status', () => {
    expect(dayStatus('US', '2026-11-26')).toEqual({ weekend: false, holiday: 'Thanksgiving Day' });
    expect(dayStatus('SA', '2026-11-27')).toEqual({ weekend: true, holiday: null });
    expect(dayStatus('SA', '2026-11-29')).toEqual({ weekend: false, holiday: null });
    expect(dayStatus('DE', 'not a date')).toEqual({ weekend: false, holiday: null });
  });
  it('classifies working time, 09:00 to 17:59 local', () => {
    expect(workingStatus('DE', new Date('2026-11-23T08:00:00Z')).status).toBe('working'); // 09:00
    expect(workingStatus('DE', new Date('2026-11-23T16:59:00Z')).status).toBe('working'); // 17:59
    expect(workingStatus('DE', new Date('2026-11-23T17:00:00Z')).status).toBe('outside-hours'); // 18:00
    expect(workingStatus('DE', new Date('2026-11-22T10:00:00Z')).status).toBe('weekend');
    const jp = workingStatus('JP', new Date('2026-11-23T03:00:00Z'));
    expect(jp.status).toBe('holiday');
    expect(jp.holidayToday).toBeTruthy();
    expect(workingStatus('US', new Date('2026-11-25T15:00:00Z')).holidayTomorrow).toBe('Thanksgiving Day');
  });
  it('finds the next working slot', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(nextWorkingSlot('DE', now).toISOString()).toBe(now.toISOString());
    // Christmas Eve evening in Germany: 25th and 26th are holidays, 27th/28th... 26 Dec 2026 is a
    // Saturday, so the next slot is Monday 28 December 09:00 CET.
    expect(nextWorkingSlot('DE', new Date('2026-12-24T18:00:00Z')).toISOString()).toBe('2026-12-28T08:00:00.000Z');
    // Thursday evening in Riyadh: Friday and Saturday are the weekend.
    expect(nextWorkingSlot('SA', new Date('2026-11-26T16:00:00Z')).toISOString()).toBe('2026-11-29T06:00:00.000Z');
    // The day DST starts in the US: Monday 9:00 EDT.
    expect(nextWorkingSlot('US', new Date('2026-03-07T12:00:00Z')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });
  it('every slot it returns is working time there', () => {
    for (const cc of ['JP', 'US', 'SA', 'IN', 'AU', 'BR', 'AE', 'IL']) {
      for (let h = 0; h < 7 * 24; h += 5) {
        const now = new Date(Date.UTC(2026, 11, 20, h));
        const slot = nextWorkingSlot(cc, now);
        expect(slot.getTime()).toBeGreaterThanOrEqual(now.getTime());
        expect(workingStatus(cc, slot).status).toBe('working');
      }
    }
  });
});
