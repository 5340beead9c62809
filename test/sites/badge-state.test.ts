/** What the inline badge shows for each state of extraction and analysis. */
import { describe, expect, it } from 'vitest';
import { badgeView, flagEmoji, formalityMatch, overrideKey } from '../../lib/sites/badge-state';
import type { AnalysisLike } from '../../lib/sites/guards';

const analysis = (over: Partial<AnalysisLike> = {}): AnalysisLike =>
  ({
    composeId: 'c',
    recipients: [{ email: 'a@b.jp', candidates: [{ country: 'JP', probability: 0.9, reasons: [] }], abstain: false, overridden: false }],
    scores: { formality: 0.6, politeness: 0, directness: 0, warmth: 0 },
    target: { country: 'JP', formality: 0.9 },
    suggestions: [{ id: '1', start: 0, end: 2 }, { id: '2', start: 3, end: 5 }],
    ...over,
  }) as AnalysisLike;

describe('badge state', () => {
  it('flag emoji from a country code', () => {
    expect(flagEmoji('JP')).toBe('🇯🇵');
    expect(flagEmoji('de')).toBe('');
    expect(flagEmoji(null)).toBe('');
  });

  it('maps the target formality to the draft scale before comparing', () => {
    expect(formalityMatch(0.6, 0.8)).toEqual({ match: 'match', target: expect.closeTo(0.6, 5) });
    expect(formalityMatch(0.2, 0.8).match).toBe('near');
    expect(formalityMatch(-0.6, 0.9).match).toBe('off');
  });

  it('override keys: email, else name', () => {
    expect(overrideKey({ email: 'A@B.de' })).toBe('a@b.de');
    expect(overrideKey({ email: '', name: ' Aisha Al-Farsi ' })).toBe('name:aisha al-farsi');
    expect(overrideKey({ email: '' })).toBeNull();
  });

  it('ok: flag, country, formality and count', () => {
    const v = badgeView({ recipients: [{ email: 'a@b.jp', field: 'to' }], failures: [], body: 'Dear Sato-san,' }, analysis());
    expect(v).toMatchObject({ status: 'ok', country: 'JP', flag: '🇯🇵', formality: 'match', suggestions: 2, offerPick: false, degraded: false });
    // Nothing written yet (or a CRM record): no formality to compare.
    expect(badgeView({ recipients: [{ email: 'a@b.jp', field: 'record' }], failures: [], body: '' }, analysis()).formality).toBeNull();
  });

  it('failed: selectors failed and no recipient; offers the picker only when there is a key', () => {
    const v = badgeView({ recipients: [], failures: ['gmail.recipientArea: none matched'] }, null);
    expect(v.status).toBe('failed');
    expect(v.offerPick).toBe(true);
    expect(v.pickKey).toBeNull();
  });

  it('degraded: the fallback found someone; the user may confirm the country', () => {
    const v = badgeView({ recipients: [{ email: 'x@y.no', field: 'other' }], failures: ['gmail.recipientArea'] }, analysis());
    expect(v).toMatchObject({ status: 'ok', degraded: true, offerPick: true, pickKey: 'x@y.no' });
  });

  it('unknown: the background abstained', () => {
    const a = analysis({ target: null, recipients: [{ email: 'a@gmail.com', candidates: [], abstain: true, overridden: false }] });
    const v = badgeView({ recipients: [{ email: 'a@gmail.com', field: 'to' }], failures: [] }, a);
    expect(v).toMatchObject({ status: 'unknown', offerPick: true, formality: null });
  });

  it('name-only recipients can be keyed before any analysis', () => {
    const v = badgeView({ recipients: [{ email: '', name: 'Mateo', field: 'other' }], failures: [] }, null);
    expect(v).toMatchObject({ status: 'waiting', offerPick: true, pickKey: 'name:mateo' });
  });

  it('empty: no recipient yet', () => {
    expect(badgeView({ recipients: [], failures: [] }, null).status).toBe('empty');
  });
});
