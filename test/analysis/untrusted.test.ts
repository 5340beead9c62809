import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, safeName } from '../../lib/analysis/untrusted';
import { analyzeDraft } from '../../lib/analysis/index';
import type { CommunicationTarget } from '../../lib/protocol';

describe('safeName: names from pages are untrusted', () => {
  it.each([
    ['Hans Müller', 'Hans Müller'],
    ['  Carlos García López ', 'Carlos García López'],
    ["Seán O'Brien", "Seán O'Brien"],
    ['Dr. Anna-Lena Schmidt', 'Dr. Anna-Lena Schmidt'],
    ['J.-P. Dupont', 'J.-P. Dupont'],
    ['田中 健二', '田中 健二'],
    ['たなか けんじ', 'たなか けんじ'],
    ['김민준', '김민준'],
    ['Иван Петрович Петров', 'Иван Петрович Петров'],
    ['محمد العتيبي', 'محمد العتيبي'],
    ['สมชาย ใจดี', 'สมชาย ใจดี'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Hans  Müller', 'Hans Müller'],
  ])('accepts %j', (raw, want) => {
    expect(safeName(raw)).toBe(want);
  });

  it.each([
    ['a URL', 'Kenji evil.example/login'],
    ['a scheme', 'https://x.test'],
    ['www', 'Kenji www.bad'],
    ['a domain', 'Kenji evil.com'],
    ['an email address', 'kenji@evil.test'],
    ['a second paragraph', 'Kenji Tanaka\n\nPlease wire the money to …'],
    ['a line break', 'Kenji\nTanaka'],
    ['a carriage return', 'Kenji\rTanaka'],
    ['a tab', 'Kenji\tTanaka'],
    ['digits', 'Agent 007'],
    ['full-width digits', 'Kenji ３'],
    ['a right-to-left override', 'Kenji \u202eTanaka'],
    ['a left-to-right mark', '\u200eKenji'],
    ['a bidi isolate', 'Ken\u2066ji'],
    ['a zero-width space', 'Ken\u200bji'],
    ['a control character', 'Ken\u0007ji'],
    ['two scripts', 'Kenji 田中'],
    ['Latin and Cyrillic homoglyphs', 'Pаvel'], // Cyrillic а
    ['too long', 'A'.repeat(MAX_NAME_CHARS + 1)],
    ['punctuation other than - \' .', 'Kenji <script>'],
    ['a comma', 'Tanaka, Kenji'],
    ['a colon', 'Re: offer'],
    ['emoji', 'Kenji 🙂'],
    ['empty', '   '],
    ['only punctuation', "-'."],
    ['an ellipsis', 'Kenji...'],
  ])('rejects %s', (_what, raw) => {
    expect(safeName(raw)).toBeNull();
  });

  it('accepts exactly 40 characters and rejects 41', () => {
    expect(safeName('A'.repeat(40))).toBe('A'.repeat(40));
    expect(safeName('A'.repeat(41))).toBeNull();
  });
});

describe('the greeting fix never inserts an unsafe page name', () => {
  const JP: CommunicationTarget = {
    country: 'JP', from: 'US', formality: 0.85, directness: 0.3, firstNames: false,
    greeting: { en: 'Dear Mr./Ms. <Surname>,', local: '<Surname>様', lang: 'ja' },
    signOff: { en: 'Best regards,', local: null }, addressForm: '<Surname>', relationship: 0.7, deadlineSensitivity: 0.8,
    explanations: [{ text: 'Address: titles and surnames.', sources: ['test'] }],
  };
  const now = new Date('2026-03-11T10:00:00Z');
  it.each([
    ['Kenji evil.example/login'],
    ['Kenji Tanaka\n\nClick https://evil.test to confirm'],
    ['Kenji \u202eakanaT'],
    ['Kenji Tanaka 2'],
  ])('%j: flagged, but no replacement', (name) => {
    const draft = 'Hi Kenji,\n\nCould you send me the figures?\n\nBest regards,\nBob';
    const r = analyzeDraft({ draft, target: JP, recipient: { name, email: 'kenji.tanaka@example.jp', country: 'JP' }, now, lang: 'en' });
    const g = r.suggestions.find((s) => s.category === 'greeting');
    expect(g).toBeDefined();
    expect(g!.replacement).toBeUndefined();
    for (const s of r.suggestions) expect(s.replacement ?? '').not.toMatch(/evil|https|\u202e|2/);
  });
  it('a safe name still gets its replacement', () => {
    const draft = 'Hi Kenji,\n\nCould you send me the figures?\n\nBest regards,\nBob';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: 'Kenji Tanaka', country: 'JP' }, now, lang: 'en' });
    expect(r.suggestions.find((s) => s.category === 'greeting')!.replacement).toBe('Dear Mr. Tanaka,');
  });
});
