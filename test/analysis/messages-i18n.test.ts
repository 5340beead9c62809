/**
 * Every suggestion the analyser produces carries a message key that exists in all 7 UI
 * languages, with the same placeholders, and renders to its English `message` in English.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis/index';
import { renderMessage } from '../../lib/analysis/rules/common';
import { loadResources, UI_LANGUAGES } from '../../lib/i18n/index';
import type { CommunicationTarget, Suggestion } from '../../lib/protocol';

function target(country: string, o: Partial<CommunicationTarget> = {}): CommunicationTarget {
  return {
    country,
    from: 'US',
    formality: 0.8,
    directness: 0.3,
    firstNames: false,
    greeting: { en: 'Dear Mr./Ms. <Surname>,', local: null, lang: null },
    signOff: { en: 'Best regards,', local: null },
    addressForm: '<Surname>',
    relationship: 0.7,
    deadlineSensitivity: 0.8,
    explanations: [
      { text: `Formality 0.8. ${country}: formal address expected.`, sources: ['Hofstede PDI (test)'] },
      { text: `Directness 0.3. ${country}: soften requests.`, sources: ['Meyer 2014 (test)'] },
    ],
    ...o,
  };
}
const JP = target('JP');
const CN = target('CN', { directness: 0.25 });
const DE = target('DE', { directness: 0.8, relationship: 0.3, greeting: { en: 'Dear', local: 'Sehr geehrte', lang: 'de' }, signOff: { en: 'Kind regards,', local: 'Mit freundlichen Grüßen' } });
const NL = target('NL', { formality: 0.2, directness: 0.9, relationship: 0.3 });
// Wednesday 11 March 2026, 13:00 UTC: 22:00 in Japan and China (outside working hours).
const NOW = new Date('2026-03-11T13:00:00Z');

const SAMPLES: { name: string; draft: string; lang: string; target: CommunicationTarget; country: string; expect: string[] }[] = [
  {
    name: 'casual English to JP',
    draft: "Hey Kenji!!\n\nSend me the report. I'm gonna need it asap, lol. The last draft was wrong. This is totally AWESOME stuff, we can't wait, the team is kinda excited about it and wants to get going now.\n\nCheers,\nBob",
    lang: 'en', target: JP, country: 'JP',
    expect: ['english-register', 'pressure', 'humour', 'directness', 'relationship', 'calendar'],
  },
  {
    name: 'German "du" to a DE business contact',
    draft: 'Hallo Hans,\n\nkannst du mir deinen Bericht bis morgen schicken? Ich brauche ihn schnellstmöglich.\n\nViele Grüße\nAnna',
    lang: 'de', target: DE, country: 'DE', expect: ['address-form', 'pressure'],
  },
  {
    name: 'an ultimatum to CN',
    draft: 'Dear Mr. Wang,\n\nThis price is not acceptable. This is our final offer, take it or leave it.\n\nBest regards,\nAlex',
    lang: 'en', target: CN, country: 'CN', expect: ['ultimatum'],
  },
  {
    name: '"asap" pressure',
    draft: 'Dear Ms. Sato,\n\nPlease send the signed contract ASAP, it is URGENT.\n\nBest regards,\nAlex',
    lang: 'en', target: JP, country: 'JP', expect: ['pressure'],
  },
  {
    name: 'a joke and sarcasm',
    draft: 'Dear Mr. Li,\n\nOh great, another delay ;) Thanks a lot for that, haha.\n\nBest regards,\nAlex',
    lang: 'en', target: CN, country: 'CN', expect: ['humour'],
  },
  {
    name: 'profanity',
    draft: 'Dear Mr. Tanaka,\n\nThis shipment is a damn mess and your supplier is an idiot.\n\nBest regards,\nAlex',
    lang: 'en', target: JP, country: 'JP', expect: ['profanity'],
  },
  {
    name: 'stiff and hedged to NL',
    draft: 'Respected Sir,\n\nI humbly request that perhaps, if it would not be too much trouble, you might possibly consider whether it could be feasible to share the figures at your earliest convenience. I would be most grateful if you could kindly do the needful.\n\nYours faithfully,\nAlex',
    lang: 'en', target: NL, country: 'NL', expect: ['over-deferential'],
  },
];

const lookup = (t: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), t);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const produced: { sample: string; s: Suggestion }[] = [];
for (const x of SAMPLES) {
  const r = analyzeDraft({ draft: x.draft, lang: x.lang, target: x.target, recipient: { country: x.country }, now: NOW });
  for (const s of r.suggestions) produced.push({ sample: x.name, s });
}

describe('suggestion messages are keyed in every UI language', () => {
  it.each(SAMPLES)('$name produces the expected rules', (x) => {
    const rules = new Set(produced.filter((p) => p.sample === x.name).map((p) => p.s.rule));
    for (const id of x.expect) expect(rules, `${x.name}: ${id}`).toContain(id);
  });

  it('every produced suggestion has a messageKey and params, and renders to its English message', () => {
    expect(produced.length).toBeGreaterThan(15);
    for (const { sample, s } of produced) {
      expect(s.messageKey, `${sample}: ${s.rule}: ${s.message}`).toMatch(/^rules\./);
      expect(s.params, `${sample}: ${s.messageKey}`).toBeTruthy();
      expect(s.message).toBe(renderMessage({}, s.messageKey!, s.params));
    }
  });

  it.each(UI_LANGUAGES)('every produced key and "@key" parameter exists in %s with the English placeholders', async (lang) => {
    const [en, res] = await Promise.all([loadResources('en'), loadResources(lang)]);
    for (const { sample, s } of produced) {
      const keys = [s.messageKey!, ...Object.values(s.params ?? {}).filter((v): v is string => typeof v === 'string' && v.startsWith('@')).map((v) => v.slice(1))];
      for (const k of keys) {
        const text = lookup(res, k);
        expect(text, `${lang} ${sample}: ${k}`).toEqual(expect.any(String));
        expect(placeholders(text as string), `${lang}: ${k}`).toEqual(placeholders(lookup(en, k) as string));
      }
      const rendered = renderMessage(res, s.messageKey!, s.params);
      expect(rendered, `${lang}: ${s.messageKey}`).not.toMatch(/\{\{|@rules\./);
    }
  });

  it('the same suggestion reads differently in German and Japanese', async () => {
    const [de, ja] = await Promise.all([loadResources('de'), loadResources('ja')]);
    for (const rule of ['profanity', 'humour', 'pressure', 'address-form']) {
      const s = produced.find((p) => p.s.rule === rule)!.s;
      const deText = renderMessage(de, s.messageKey!, s.params);
      expect(deText, rule).not.toBe(s.message);
      expect(renderMessage(ja, s.messageKey!, s.params), rule).not.toBe(deText);
    }
  });
});
