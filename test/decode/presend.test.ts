import { describe, expect, it } from 'vitest';
import { ANALYSIS_FRESH_MS, DEFAULT_PRESEND, presendDecision, type PresendInput } from '../../lib/presend';

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
});
