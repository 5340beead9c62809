/** The daily card and the notification timing. */
import { describe, expect, it } from 'vitest';
import { pickDailyCard, tipsFor, upcomingHoliday } from '../../lib/practice/daily';
import { factsFor } from '../../lib/practice/facts';
import { nextDailyAlarm, notificationOf } from '../../lib/practice/notify';
import { getProfile } from '../../lib/profiles/index';
import { publicHolidays } from '../../lib/profiles/calendar';

// Mid-March has no public holiday within two weeks in JP, DE or BR (checked below), so the tip
// rotation is visible.
const QUIET = new Date(Date.UTC(2026, 2, 2, 12));

function datesFrom(start: Date, n: number): { date: string; now: Date }[] {
  return Array.from({ length: n }, (_, i) => {
    const now = new Date(start.getTime() + i * 86_400_000);
    return { date: now.toISOString().slice(0, 10), now };
  });
}

describe('daily card', () => {
  it('is a pure function of the date and the focus list', () => {
    const a = pickDailyCard(['JP', 'DE', 'BR'], '2026-03-02', QUIET, 'GB');
    expect(pickDailyCard(['JP', 'DE', 'BR'], '2026-03-02', QUIET, 'GB')).toEqual(a);
    expect(a).not.toBeNull();
    expect(['JP', 'DE', 'BR']).toContain(a!.country);
    expect(pickDailyCard([], '2026-03-02', QUIET, 'GB')).toBeNull();
    expect(pickDailyCard(['ZZ'], '2026-03-02', QUIET, 'GB')).toBeNull();
  });

  it('rotates over countries and tip kinds, and every card cites its source', () => {
    const cards = datesFrom(QUIET, 10).map(({ date, now }) => pickDailyCard(['JP', 'DE', 'BR'], date, now, 'GB')!);
    expect(new Set(cards.map((c) => c.country)).size).toBeGreaterThan(1);
    expect(new Set(cards.map((c) => c.kind)).size).toBeGreaterThan(2);
    for (const c of cards) {
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.text.length).toBeGreaterThan(15);
    }
  });

  it('tips quote the profile: the greeting tip carries the curated greeting', () => {
    const tips = tipsFor(factsFor('JP')!, factsFor('DE'));
    const greeting = tips.find((t) => t.kind === 'greeting')!;
    expect(greeting.text).toContain(getProfile('JP')!.norms!.greeting!.value.en);
    // Japan and Germany differ by 25+ points on several dimensions, so there is a contrast card.
    const contrast = tips.find((t) => t.kind === 'contrast')!;
    expect(contrast.sources.some((s) => /Hofstede/.test(s))).toBe(true);
    // Saturday–Sunday is the default week, so Japan gets no weekend tip; Saudi Arabia does.
    expect(tips.some((t) => t.kind === 'weekend')).toBe(false);
    expect(tipsFor(factsFor('SA')!, null).find((t) => t.kind === 'weekend')!.text).toMatch(/Friday and Saturday/);
  });

  it('a public holiday coming up in the chosen country takes precedence', () => {
    const ny = publicHolidays('JP', 2027).find((h) => h.date === '2027-01-01');
    expect(ny).toBeTruthy();
    const now = new Date(Date.UTC(2026, 11, 28, 3)); // 28 December, Tokyo morning
    expect(upcomingHoliday('JP', now)).toMatchObject({ date: '2027-01-01', inDays: 4 });
    const card = pickDailyCard(['JP'], '2026-12-28', now, null)!;
    expect(card.kind).toBe('holiday');
    expect(card.text).toContain('1 January 2027');
    expect(card.sources[0]).toMatch(/date-holidays/);
    for (const cc of ['JP', 'DE', 'BR']) expect(upcomingHoliday(cc, QUIET)).toBeNull();
  });
});

describe('notification', () => {
  it('is off by default and otherwise fires at the chosen local time, today or tomorrow', () => {
    const morning = new Date(2026, 2, 2, 8, 30);
    expect(nextDailyAlarm({ dailyCard: false, dailyCardTime: '09:00' }, morning)).toBeNull();
    expect(nextDailyAlarm({ dailyCard: true, dailyCardTime: '09:00' }, morning)).toBe(new Date(2026, 2, 2, 9, 0).getTime());
    expect(nextDailyAlarm({ dailyCard: true, dailyCardTime: '08:30' }, morning)).toBe(new Date(2026, 2, 3, 8, 30).getTime());
    expect(nextDailyAlarm({ dailyCard: true, dailyCardTime: 'soon' }, morning)).toBeNull();
  });

  it('keeps the message short and names the source', () => {
    const card = pickDailyCard(['JP'], '2026-03-02', QUIET, null)!;
    const n = notificationOf({ ...card, text: 'word '.repeat(200) });
    expect(n.message.length).toBeLessThanOrEqual(300);
    expect(n.title).toContain(card.title);
    expect(notificationOf(card).message).toContain(card.sources[0].slice(0, 40));
    expect(n.message).toContain(card.sources[0].slice(0, 40));
  });
});
