/**
 * The content script's hand-written message checks must accept everything the protocol's zod
 * schemas (ContentRequests) accept, and reject the malformed messages the background could never
 * have sent.
 */
import { describe, expect, it } from 'vitest';
import { ContentRequests } from '../../lib/protocol';
import { parseContentMessage } from '../../lib/sites/guards';

const analysis = {
  composeId: 'gmail:c1',
  site: 'gmail',
  at: 1,
  lang: { lang: 'en', confidence: 0.9 },
  recipients: [{ email: 'a@b.de', candidates: [{ country: 'DE', probability: 0.8, reasons: ['ccTLD .de'] }], abstain: false, overridden: false }],
  audience: { countries: ['DE'], mixed: false, targetCountry: 'DE' },
  target: {
    country: 'DE', from: null, formality: 0.8, directness: 0.7, firstNames: false,
    greeting: { en: 'Dear', local: 'Sehr geehrte', lang: 'de' }, signOff: { en: 'Best regards', local: 'Mit freundlichen Grüßen' },
    addressForm: 'Herr/Frau + surname', relationship: 0.3, deadlineSensitivity: 0.9, explanations: [],
  },
  scores: { formality: -0.2, politeness: 0, directness: 0.1, warmth: 0.3 },
  suggestions: [{ id: 's1', start: 0, end: 7, category: 'greeting', severity: 'warning', message: 'Too casual' }],
  analysedChars: 20,
  totalChars: 20,
  failures: [],
};
const apply = { type: 'apply', composeId: 'gmail:c1', start: 0, end: 7, original: 'Hi guys', replacement: 'Dear Mr. Müller' };

describe('parseContentMessage', () => {
  it.each([
    ['apply', apply, ContentRequests.apply],
    ['analysis', { type: 'analysis', analysis }, ContentRequests.analysis],
    ['analysis without target', { type: 'analysis', analysis: { ...analysis, target: null, audience: null } }, ContentRequests.analysis],
    ['ping', { type: 'ping' }, ContentRequests.ping],
    ['resend', { type: 'resend' }, ContentRequests.resend],
  ])('accepts a valid %s, as zod does', (_n, msg, schema) => {
    expect(schema.safeParse(msg).success).toBe(true);
    const r = parseContentMessage(msg);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['not an object', 'apply'],
    ['unknown type', { type: 'nuke' }],
    ['apply with a negative offset', { ...apply, start: -1 }],
    ['apply with a fractional offset', { ...apply, end: 1.5 }],
    ['apply without original', { ...apply, original: undefined }],
    ['apply with a huge replacement', { ...apply, replacement: 'x'.repeat(40_001) }],
    ['apply with a long compose id', { ...apply, composeId: 'x'.repeat(201) }],
    ['analysis without scores', { type: 'analysis', analysis: { ...analysis, scores: undefined } }],
    ['analysis with formality out of range', { type: 'analysis', analysis: { ...analysis, scores: { ...analysis.scores, formality: 3 } } }],
    ['analysis with a bad country', { type: 'analysis', analysis: { ...analysis, recipients: [{ ...analysis.recipients[0], candidates: [{ country: 'de', probability: 1, reasons: [] }] }] } }],
    ['analysis with a bad suggestion', { type: 'analysis', analysis: { ...analysis, suggestions: [{ id: 's', start: 'a', end: 2 }] } }],
  ])('rejects %s, as zod does', (_n, msg) => {
    const type = (msg as { type?: string })?.type as keyof typeof ContentRequests | undefined;
    const schema = type && type in ContentRequests ? ContentRequests[type] : null;
    if (schema) expect(schema.safeParse(msg).success).toBe(false);
    expect(parseContentMessage(msg).ok).toBe(false);
  });
});
