import { describe, expect, it } from 'vitest';
import { inferRecipients, fuse, type InferInput } from '../../lib/locale/index';
import { TEMPERATURE } from '../../lib/locale/evidence';
import type { Override } from '../../lib/protocol';

const one = (input: InferInput, ctx = {}) => inferRecipients(input, ctx).recipients[0];
const override = (o: Partial<Override> & Pick<Override, 'scope' | 'key'>): Override => ({
  country: null,
  lang: null,
  firstNames: null,
  note: '',
  updatedAt: 0,
  ...o,
});

describe('fusion', () => {
  it('Spanish thread + +54 phone → AR, not ES (language is not country)', () => {
    const r = one({
      recipients: [{ email: 'martin@gmail.com', name: 'Martín' }],
      thread: 'Hola Klaus, te envío la propuesta actualizada. Cualquier duda me avisás. Saludos',
      signature: 'Martín Fernández\n+54 9 11 5555-1234',
    });
    expect(r.candidates[0].country).toBe('AR');
    expect(r.candidates[0].reasons).toContain('+54 phone in the signature');
    expect(r.candidates[0].reasons.some((x) => /Spanish/.test(x))).toBe(true);
    expect(r.abstain).toBe(false);
  });

  it('.co.uk → GB with a high probability and a readable reason', () => {
    const r = one({ recipients: [{ email: 'oliver@brightwater.co.uk' }] });
    expect(r.candidates[0]).toMatchObject({ country: 'GB', reasons: ['.co.uk domain'] });
    expect(r.candidates[0].probability).toBeGreaterThan(0.9);
  });

  it('gmail + German thread → DE, but with lower confidence than a .de address', () => {
    const thread = 'Hallo Herr Dubois,\nvielen Dank für die schnelle Antwort. Ich schicke Ihnen die Unterlagen bis Mittwoch.\nViele Grüße';
    const gmail = one({ recipients: [{ email: 'martina.vogel@gmail.com' }], thread });
    const de = one({ recipients: [{ email: 'martina.vogel@vogel-bau.de' }], thread });
    expect(gmail.candidates[0].country).toBe('DE');
    expect(de.candidates[0].country).toBe('DE');
    expect(gmail.candidates[0].probability).toBeLessThan(de.candidates[0].probability);
    expect(gmail.candidates[0].probability).toBeLessThan(0.9);
  });

  it("the user's correction beats every other signal", () => {
    const input: InferInput = {
      recipients: [{ email: 'k.wagner@firma.de', name: 'Katrin Wagner' }],
      thread: 'Sehr geehrter Herr Collins, vielen Dank für Ihr Angebot. Mit freundlichen Grüßen',
      fields: { country: 'Deutschland', phone: '+49 711 2345 670' },
    };
    const r = one(input, { overrides: [override({ scope: 'contact', key: 'k.wagner@firma.de', country: 'AT' })] });
    expect(r.candidates[0].country).toBe('AT');
    expect(r.candidates[0].reasons[0]).toBe('your correction for this contact');
    expect(r.overridden).toBe(true);
    const byDomain = one(input, { overrides: [override({ scope: 'domain', key: 'firma.de', country: 'CH' })] });
    expect(byDomain.candidates[0].country).toBe('CH');
    expect(byDomain.overridden).toBe(true);
  });

  it('a contact override beats a domain override, and an override language is used', () => {
    const r = one(
      { recipients: [{ email: 'ana@empresa.com' }] },
      {
        overrides: [
          override({ scope: 'domain', key: 'empresa.com', country: 'ES' }),
          override({ scope: 'contact', key: 'ana@empresa.com', country: 'MX', lang: 'es' }),
        ],
      },
    );
    expect(r.candidates[0].country).toBe('MX');
    expect(r.language).toEqual({ lang: 'es', confidence: 1 });
  });

  it('uses company domains learned from CRM records', () => {
    const r = one({ recipients: [{ email: 'x@globalparts.com' }] }, { learnedDomains: { 'globalparts.com': 'NL' } });
    expect(r.candidates[0].country).toBe('NL');
    expect(r.candidates[0].reasons[0]).toMatch(/learned/);
  });

  it('abstains with nothing to go on, and never falls back to the home country', () => {
    const r = one({ recipients: [{ email: 'john.smith@gmail.com', name: 'John Smith' }], thread: 'Thanks, talk soon.' }, { homeCountry: 'DE' });
    expect(r.abstain).toBe(true);
    expect(r.candidates.find((c) => c.country === 'DE')).toBeUndefined();
    expect(one({ recipients: [{ email: 'team@launchpad.io' }] }).abstain).toBe(true);
  });

  it("ignores the user's own phone number in unattributed thread text", () => {
    const thread = 'Thanks for your email.\n\n-- \nMax Müller\nTel +49 30 1234 5678';
    expect(one({ recipients: [{ email: 'c@yahoo.com' }], thread }, { homeCountry: 'DE' }).abstain).toBe(true);
    expect(one({ recipients: [{ email: 'c@yahoo.com' }], thread }).candidates[0].country).toBe('DE');
  });

  it('keeps probabilities sorted and summing to at most 1', () => {
    const r = one({
      recipients: [{ email: 'x@firma.de', name: 'Reto Keller' }],
      thread: 'Grüezi Herr Novak, besten Dank für Ihre Offerte. Freundliche Grüsse',
      signature: 'Tel. +41 44 555 12 12',
    });
    const ps = r.candidates.map((c) => c.probability);
    expect([...ps].sort((a, b) => b - a)).toEqual(ps);
    expect(ps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.0001);
    // The person's phone and Swiss wording outweigh the company's .de domain.
    expect(r.candidates[0].country).toBe('CH');
    expect(r.candidates.find((c) => c.country === 'DE')?.probability ?? 0).toBeLessThan(r.candidates[0].probability);
  });

  it('counts the language, the name script and language formulas as one signal', () => {
    // Two correlated linguistic signals must not outvote a country-code domain.
    const r = one({
      recipients: [{ email: 's.ivanovich@belagro.by', name: 'Сергей Иванович' }],
      thread: 'Добрый день, прошу выслать спецификацию на оборудование. С уважением, Сергей',
    });
    expect(r.candidates[0].country).toBe('BY');
  });

  it('reads the language of the recipient’s own messages in a structured thread', () => {
    const res = inferRecipients({
      recipients: [{ email: 'ana@gmail.com' }, { email: 'bob@gmail.com' }],
      thread: [
        { from: 'Ana Souza <ana@gmail.com>', text: 'Oi Marcos, tudo bem? Você consegue me mandar o relatório até sexta? Abraços' },
        { from: 'bob@gmail.com', text: 'Sure, will do.' },
      ],
    });
    expect(res.recipients[0].candidates[0].country).toBe('BR');
    expect(res.recipients[0].language?.lang).toBe('pt');
  });
});

describe('structured threads', () => {
  it("attributes a recipient's own message to that recipient only", () => {
    const res = inferRecipients({
      recipients: [{ email: 'tanaka@gmail.com', name: 'Tanaka' }, { email: 'dana@acme.com' }],
      thread: [{ from: '田中 <tanaka@gmail.com>', text: 'お世話になっております。ご提案の件、承知いたしました。' }],
    });
    expect(res.recipients[0].candidates[0].country).toBe('JP');
    expect(res.recipients[1].abstain).toBe(true);
    expect(res.lang.lang).toBe('ja');
  });
});

describe('audience', () => {
  it('flags a mixed-culture thread and targets the most formal country', () => {
    const input: InferInput = {
      recipients: [
        { email: 'h.weber@weber-ag.de' },
        { email: 't.yamada@sony-partners.co.jp' },
        { email: 'j.smith@acme.co.uk' },
      ],
    };
    const res = inferRecipients(input);
    expect(res.audience).toMatchObject({ countries: ['DE', 'JP', 'GB'], mixed: true });
    // Default proxy (Hofstede PDI + UAI): JP 54+92 > DE 35+65 > GB 35+35.
    expect(res.audience?.targetCountry).toBe('JP');
    const custom = inferRecipients(input, { formalityOf: (cc) => (cc === 'GB' ? 10 : 0) });
    expect(custom.audience?.targetCountry).toBe('GB');
  });
  it('is not mixed for one culture and leaves abstaining recipients out', () => {
    const res = inferRecipients({ recipients: [{ email: 'a@firma.de' }, { email: 'b@gmail.com' }] });
    expect(res.audience).toEqual({ countries: ['DE'], mixed: false, targetCountry: 'DE', normsOf: ['a@firma.de'] });
    expect(inferRecipients({ recipients: [] }).audience).toBeNull();
  });
});

describe('fuse', () => {
  it('keeps one piece of evidence per kind and country (the strongest)', () => {
    const { candidates } = fuse([
      { kind: 'phone', country: 'DE', weight: 3, reason: '+49 phone in the signature' },
      { kind: 'phone', country: 'DE', weight: 1.5, reason: '+49 phone in the thread' },
    ]);
    expect(candidates[0].reasons).toEqual(['+49 phone in the signature']);
    const t = TEMPERATURE;
    expect(candidates[0].probability).toBeCloseTo(Math.exp(3 / t) / (Math.exp(1 / t) + Math.exp(3 / t)), 2);
  });
  it('returns notes, not candidates, for evidence without a country', () => {
    const r = fuse([{ kind: 'domain', country: null, weight: 0, reason: 'gmail.com: global free mail, no country signal' }]);
    expect(r.candidates).toEqual([]);
    expect(r.notes).toHaveLength(1);
  });
});
