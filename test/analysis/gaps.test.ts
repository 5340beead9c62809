/** The two analyser gaps: ultimatums to cultures that decline indirectly; deference to egalitarian cultures. */
import { describe, expect, it } from 'vitest';
import { analyzeDraft, applyReplacement } from '../../lib/analysis/index';
import type { CommunicationTarget } from '../../lib/protocol';

function target(country: string, directness: number, formality = 0.6): CommunicationTarget {
  return {
    country, from: 'US', formality, directness, firstNames: formality < 0.5,
    greeting: { en: 'Dear', local: null, lang: null }, signOff: { en: 'Best regards,', local: null },
    addressForm: '<Surname>', relationship: 0.5, deadlineSensitivity: 0.6,
    explanations: [{ text: `Directness ${directness}: how plainly a "no" is said in ${country}.`, sources: ['curated (test)'] }],
  };
}
const NOW = new Date('2026-03-11T10:00:00Z');
const run = (draft: string, t: CommunicationTarget, lang = 'en') => analyzeDraft({ draft, lang, target: t, now: NOW });

describe('ultimatums and blunt refusals to cultures that decline indirectly', () => {
  const JP = target('JP', 0.25);
  it.each([
    ['This price is not acceptable.', 'is not acceptable', 'This price is difficult for us to accept.'],
    ['This is our final offer.', 'our final offer', 'This is the best we are able to offer at this stage.'],
    ['Take it or leave it.', 'Take it or leave it', 'We would be glad to hear your view on this.'],
    ['Please confirm by Friday, otherwise we will move on.', 'otherwise we will move on', 'Please confirm by Friday, otherwise we may need to consider other options.'],
    ['Sign by Friday or we will move on.', 'or we will move on', 'Sign by Friday or we may need to consider other options.'],
    ['The delivery date is non-negotiable.', 'is non-negotiable', 'The delivery date is very important to us.'],
  ])('%j', (sentence, span, after) => {
    const draft = `Dear Mr. Tanaka,\n\n${sentence}\n\nBest regards,\nAlex`;
    const s = run(draft, JP).suggestions.find((x) => x.rule === 'ultimatum')!;
    expect(s).toBeDefined();
    expect(draft.slice(s.start, s.end)).toBe(span);
    expect(s.messageKey).toBe('rules.ultimatum.message');
    expect(applyReplacement(draft, s, s.replacement!)).toContain(after);
  });
  it('German: "nicht akzeptabel"', () => {
    const draft = 'Sehr geehrter Herr Tanaka,\n\ndieser Preis ist für uns nicht akzeptabel.\n\nMit freundlichen Grüßen\nAlex';
    const s = run(draft, JP, 'de').suggestions.find((x) => x.rule === 'ultimatum')!;
    expect(s.replacement).toBe('für uns schwer zu akzeptieren');
  });
  it('is silent for a direct culture', () => {
    const draft = 'Dear Mr. Müller,\n\nThis is our final offer.\n\nBest regards,\nAlex';
    expect(run(draft, target('DE', 0.85)).suggestions.some((x) => x.rule === 'ultimatum')).toBe(false);
  });
  it('can be turned off', () => {
    const draft = 'Dear Mr. Tanaka,\n\nThis is our final offer.\n\nBest regards,\nAlex';
    const r = analyzeDraft({ draft, lang: 'en', target: JP, now: NOW, disabledRules: new Set(['ultimatum']) });
    expect(r.suggestions.some((x) => x.rule === 'ultimatum')).toBe(false);
  });
});

describe('over-deferential drafts to egalitarian cultures', () => {
  it.each(['SE', 'DK', 'NL', 'AU', 'IL'])('%s', (cc) => {
    const draft = 'Respected Sir,\n\nI humbly request you to share the figures. I would be most grateful if you could kindly reply at your earliest convenience.\n\nYours faithfully,\nAlex';
    const found = run(draft, target(cc, 0.8, 0.4)).suggestions.filter((x) => x.rule === 'over-deferential');
    expect(found.map((s) => draft.slice(s.start, s.end))).toEqual(
      expect.arrayContaining(['Respected Sir', 'I humbly request', 'I would be most grateful if you could kindly ', 'at your earliest convenience']),
    );
    expect(found.find((s) => s.params?.text === 'I humbly request')!.replacement).toBe('I would like to ask');
  });
  it('is silent for a hierarchical culture, and for a plain formal draft to an egalitarian one', () => {
    const deferential = 'Respected Sir,\n\nI humbly request you to share the figures.\n\nYours faithfully,\nAlex';
    expect(run(deferential, target('IN', 0.4, 0.7)).suggestions.some((x) => x.rule === 'over-deferential')).toBe(false);
    const plain = 'Dear Ms. Larsen,\n\nCould you share the figures by Friday?\n\nBest regards,\nAlex';
    expect(run(plain, target('DK', 0.8, 0.4)).suggestions.some((x) => x.rule === 'over-deferential')).toBe(false);
  });
});
