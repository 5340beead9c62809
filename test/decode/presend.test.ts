import { describe, expect, it } from 'vitest';
import { ANALYSIS_FRESH_MS, DEFAULT_PRESEND, isCostly, pauseForSite, presendDecision, type PresendInput } from '../../lib/presend';

const sug = (category: string, severity: 'info' | 'warning' | 'critical', id = `${category}-${severity}`) =>
  ({ id, category, severity, message: `${category} ${severity}` }) as PresendInput['analysis'] extends infer A ? A extends { suggestions: ReadonlyArray<infer S> } ? S : never : never;

const input = (over: Partial<PresendInput> = {}): PresendInput => ({
  site: 'gmail',
  settings: DEFAULT_PRESEND,
  analysis: { at: 1000, suggestions: [sug('calendar', 'warning'), sug('formality', 'warning')] },
  now: 2000,
  ...over,
});

describe('presendDecision', () => {
  it('pauses for an open costly warning and names it, most severe first', () => {
    const d = presendDecision(input({ analysis: { at: 1000, suggestions: [sug('idiom', 'warning'), sug('greeting', 'critical'), sug('formality', 'critical')] } }));
    expect(d.pause).toBe(true);
    if (d.pause) expect(d.reasons.map((r) => r.category)).toEqual(['greeting', 'idiom']);
  });
  it('does not pause for formality alone or for info-level items unless asked', () => {
    expect(presendDecision(input({ analysis: { at: 1000, suggestions: [sug('formality', 'critical')] } })).pause).toBe(false);
    const info = { at: 1000, suggestions: [sug('calendar', 'info')] };
    expect(presendDecision(input({ analysis: info })).pause).toBe(false);
    expect(presendDecision(input({ analysis: info, settings: { ...DEFAULT_PRESEND, includeInfo: true } })).pause).toBe(true);
  });
  it('lets the send through when off, off for the site, without an analysis, or with a stale one', () => {
    expect(presendDecision(input({ settings: { ...DEFAULT_PRESEND, enabled: false } }))).toEqual({ pause: false, why: 'off' });
    expect(presendDecision(input({ settings: { ...DEFAULT_PRESEND, offSites: ['gmail'] } }))).toEqual({ pause: false, why: 'site-off' });
    expect(presendDecision(input({ site: 'outlook', settings: { ...DEFAULT_PRESEND, offSites: ['gmail'] } })).pause).toBe(true);
    expect(presendDecision(input({ analysis: null }))).toEqual({ pause: false, why: 'no-analysis' });
    expect(presendDecision(input({ now: 1000 + ANALYSIS_FRESH_MS + 1 }))).toEqual({ pause: false, why: 'stale' });
  });
  it('shows at most three reasons and counts the rest', () => {
    const many = ['calendar', 'greeting', 'idiom', 'pressure', 'address-form'].map((c) => sug(c, 'warning'));
    const d = presendDecision(input({ analysis: { at: 1000, suggestions: many } }));
    expect(d.pause && d.reasons.length).toBe(3);
    expect(d.pause && d.more).toBe(2);
  });
  it('pauses for an ultimatum (filed under directness) but not for other directness items', () => {
    const ult = { id: 'u', category: 'directness' as const, severity: 'warning' as const, message: 'u', rule: 'ultimatum' };
    const direct = { id: 'd', category: 'directness' as const, severity: 'warning' as const, message: 'd', rule: 'directness' };
    expect(isCostly(ult)).toBe(true);
    expect(isCostly(direct)).toBe(false);
    expect(presendDecision(input({ analysis: { at: 1000, suggestions: [direct] } })).pause).toBe(false);
    expect(presendDecision(input({ analysis: { at: 1000, suggestions: [ult] } })).pause).toBe(true);
  });
  it('pauses for a deadline on a holiday or in a season, not for the send time or a season now', () => {
    const cal = (messageKey: string, rule = 'calendar') => ({ id: messageKey, category: 'calendar' as const, severity: 'warning' as const, message: messageKey, rule, messageKey });
    expect(isCostly(cal('rules.calendar.holiday-prev'))).toBe(true);
    expect(isCostly(cal('rules.calendar.weekend'))).toBe(true);
    expect(isCostly(cal('rules.season.deadline', 'season'))).toBe(true);
    expect(isCostly(cal('rules.calendar.send-time-off-hours'))).toBe(false);
    expect(isCostly(cal('rules.calendar.send-time-holiday'))).toBe(false);
    expect(isCostly(cal('rules.season.now', 'season'))).toBe(false);
  });
});

describe('pauseForSite', () => {
  const s = { presendPause: true, presendInfo: true, presendOffSites: ['outlook'] };
  it('answers for one site only, in two booleans', () => {
    expect(pauseForSite(s, 'gmail')).toEqual({ pause: true, pauseInfo: true });
    expect(pauseForSite(s, 'outlook')).toEqual({ pause: false, pauseInfo: false });
    expect(pauseForSite({ ...s, presendPause: false }, 'gmail')).toEqual({ pause: false, pauseInfo: false });
    expect(pauseForSite({ ...s, presendInfo: false }, 'gmail')).toEqual({ pause: true, pauseInfo: false });
  });
});
