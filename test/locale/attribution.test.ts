import { describe, expect, it } from 'vitest';
import { inferRecipients, languageWarning } from '../../lib/locale/index';
import { samePerson, signedName, splitMessages, splitThread } from '../../lib/locale/thread';
import { findTaxIds, VAT, cnpjValid, cuitValid, gstinValid, nitValid, chUidValid } from '../../lib/locale/taxids';
import { citiesNamed, placeEvidence, signatureEvidence, titlePlace } from '../../lib/locale/signature';
import { lexiconEvidence, LEXICON } from '../../lib/locale/lexicon';
import { phoneCountries } from '../../lib/locale/phones';
import type { Evidence } from '../../lib/locale/evidence';

const top = (ev: Evidence[]) => [...ev].filter((e) => e.country).sort((a, b) => b.weight - a.weight)[0]?.country ?? null;

describe('splitting a thread into messages', () => {
  it('splits at quote headers in several languages and at Outlook blocks, keeping each writer', () => {
    const text = [
      'Thanks Jens.',
      'Anna',
      '',
      'On Tue, 4 Mar 2025 at 09:12, Jens Kruse <jens@kruse.de> wrote:',
      '> Hallo Anna,',
      '> Tel. +49 30 1234567',
      '>',
      '> Am Mo., 3. März 2025 um 10:00 Uhr schrieb Li Wei <li.wei@gmail.com>:',
      '>> Dear Jens, Tel +86 21 1234 5678',
      '',
      '-----Original Message-----',
      'From: Marie Dubois [mailto:marie@dubois.fr]',
      'Sent: Monday, March 3, 2025 9:00 AM',
      'To: Anna',
      'Subject: RE: offer',
      '',
      'Bonjour Anna,',
      'Le lun. 3 mars 2025 à 08:00, Pierre Martin <p.martin@x.be> a écrit :',
      '> Salut',
      '________________________________',
      'Von: Hans Meier <hans@meier.ch>',
      'Gesendet: Montag, 3. März 2025 08:00',
      'An: Anna',
      'Betreff: Offerte',
      'Grüezi Anna',
      '',
      'El lun, 3 mar 2025 a las 9:05, Diego Morales (<diego@x.co>) escribió:',
      '> Hola',
    ].join('\n');
    const m = splitMessages(text);
    expect(m.map((x) => x.from ?? null)).toEqual([
      null,
      'Jens Kruse <jens@kruse.de>',
      'Li Wei <li.wei@gmail.com>',
      'Marie Dubois <marie@dubois.fr>',
      'Pierre Martin <p.martin@x.be>',
      'Hans Meier <hans@meier.ch>',
      'Diego Morales <diego@x.co>',
    ]);
    expect(m[1].text).toContain('+49');
    expect(m[1].text).not.toContain('+86');
    expect(m[2].text).toContain('+86');
  });

  it('keeps the adapter’s sender for the first part of each {from, text}', () => {
    const m = splitThread([{ from: 'a@x.de', text: 'Hi\n\nOn Mon, 3 Mar 2025, B <b@y.fr> wrote:\n> Salut' }]);
    expect(m).toEqual([{ from: 'a@x.de', text: 'Hi' }, { from: 'B <b@y.fr>', text: 'Salut' }]);
  });

  it('matches people by address or by every word of their name, and finds a sign-off name', () => {
    expect(samePerson({ email: 'jens@kruse.de' }, 'Jens K <JENS@kruse.de>')).toBe(true);
    expect(samePerson({ name: 'Jens Kruse' }, 'Kruse, Jens')).toBe(true);
    expect(samePerson({ name: 'Jens Kruse' }, 'Jens')).toBe(false);
    expect(samePerson({ email: 'a@x.de', name: 'Jens Kruse' }, 'Jens Kruse <other@x.de>')).toBe(false);
    expect(signedName('Hallo,\nanbei.\nViele Grüße\nMartina Vogel\n+49 30 1')).toBe('Martina Vogel');
  });
});

describe('signatures are tied to their writer', () => {
  const thread =
    'Thanks Li, I will check.\n\nFrom: Li Wei <li.wei@gmail.com>\nSent: Monday, March 3, 2025 9:12 AM\nTo: Hans Becker\nSubject: RE: quote\n\nDear Hans,\nplease confirm.\nLi Wei\nTel: +86 574 8765 4321\n\nFrom: Hans Becker <hans@becker-gmbh.de>\nSent: Friday, February 28, 2025 4:00 PM\nTo: Li Wei\nSubject: quote\n\nDear Li,\nour offer.\nHans Becker\nBecker GmbH, Stuttgart\nTel. +49 711 123456';

  it('gives each recipient the phone of their own message, not the other writer’s', () => {
    const r = inferRecipients({ recipients: [{ email: 'li.wei@gmail.com', name: 'Li Wei' }], thread }, { homeCountry: 'DE' }).recipients[0];
    expect(r.candidates[0].country).toBe('CN');
    expect(r.candidates.some((c) => c.country === 'DE')).toBe(false);
  });

  it('the unheaded top of a pasted thread answers the recipient: its phone is not theirs', () => {
    const r = inferRecipients({
      recipients: [{ email: 'li.wei@gmail.com', name: 'Li Wei' }],
      thread: 'Thanks Li.\nHans\n+49 711 123456\n\nOn Mon, 3 Mar 2025 at 09:00, Li Wei <li.wei@gmail.com> wrote:\n> Dear Hans, please confirm.\n> Li Wei, +86 574 8765 4321',
    }).recipients[0];
    expect(r.candidates[0].country).toBe('CN');
    expect(r.candidates.some((c) => c.country === 'DE')).toBe(false);
  });

  it('a signature placing the person elsewhere outweighs the company ccTLD', () => {
    const r = inferRecipients({
      recipients: [{ email: 'wei.zhang@hoffmann-antriebe.de', name: 'Wei Zhang' }],
      thread: 'Dear Mr. Keller,\nthe quotation is attached.\nBest regards\nWei Zhang\nHoffmann Antriebe (Shanghai) Co., Ltd.\n88 Century Avenue, Pudong, Shanghai 200120\nTel: +86 21 6888 1234',
    }).recipients[0];
    expect(r.candidates[0].country).toBe('CN');
    expect(r.candidates[0].reasons.join(' ')).toMatch(/\+86 phone/);
  });

  it('abstains with a reason where nothing can be told', () => {
    const r = inferRecipients({ recipients: [{ email: 'alex@gmail.com', name: 'Alex' }], thread: 'Hi Tom,\nthanks, talk next week.\nAlex' }).recipients[0];
    expect(r.abstain).toBe(true);
    expect(r.abstainReason).toBe('free mail, English only, no phone, no address');
  });

  it('a name’s script alone gives a language, not a country', () => {
    const r = inferRecipients({ recipients: [{ email: 'jiyeon@gmail.com', name: '박지연' }], thread: 'Hi Tom, thanks for the samples.' }).recipients[0];
    expect(r.abstain).toBe(true);
    expect(r.abstainReason).toMatch(/script of the name/);
    // With their own Korean text it is settled.
    const k = inferRecipients({ recipients: [{ email: 'jiyeon@gmail.com', name: '박지연' }], thread: '안녕하세요,\n견적서 잘 받았습니다. 검토 후 연락드리겠습니다.\n감사합니다.\n박지연 드림' }).recipients[0];
    expect(k.candidates[0].country).toBe('KR');
    expect(k.abstain).toBe(false);
  });

  it('a Cyrillic name writing Ukrainian is Ukrainian, not Russian', () => {
    const r = inferRecipients({
      recipients: [{ email: 'olena@gmail.com', name: 'Олена Коваленко' }],
      thread: 'Добрий день!\nДякую за швидку відповідь. Чекаємо на рахунок до кінця тижня.\nЗ повагою,\nОлена',
    }).recipients[0];
    expect(r.candidates[0].country).toBe('UA');
  });
});

describe('each recipient’s own language (#20)', () => {
  const thread = 'Sehr geehrter Herr Müller,\nvielen Dank für Ihr Angebot. Wir melden uns nächste Woche.\nMit freundlichen Grüßen';
  const res = inferRecipients({
    recipients: [
      { email: 'hans.mueller@firma.de', name: 'Hans Müller' },
      { email: 'kenji.tanaka@toyota-tsusho.co.jp', name: 'Kenji Tanaka' },
      { email: 'f.alharbi@aramco-trading.com.sa', name: 'Faisal Alharbi' },
    ],
    thread,
  });
  it('a Japanese or Saudi reader in a German thread does not read "German"', () => {
    expect(res.recipients.map((r) => r.language?.lang)).toEqual(['de', 'ja', 'ar']);
  });
  it('names whose norms the audience target follows', () => {
    expect(res.audience?.targetCountry).toBeTruthy();
    expect(res.audience?.normsOf?.length).toBeGreaterThan(0);
    for (const e of res.audience!.normsOf!) expect(res.recipients.find((r) => r.email === e)?.candidates[0].country).toBe(res.audience!.targetCountry);
  });
  it('warns when the draft is in a language no recipient reads', () => {
    const two = res.recipients.slice(0, 2);
    expect(languageWarning('es', two.slice(1))).toEqual({ draftLang: 'es', readers: [{ email: 'kenji.tanaka@toyota-tsusho.co.jp', lang: 'ja' }] });
    expect(languageWarning('es', two)?.readers.map((r) => r.lang)).toEqual(['de', 'ja']);
    expect(languageWarning('de', two)).toBeNull();
    expect(languageWarning('en', two)).toBeNull();
  });
});

describe('tax and registration numbers', () => {
  it('accepts published valid numbers and rejects a changed check digit', () => {
    expect(cnpjValid('11.222.333/0001-81')).toBe(true);
    expect(cnpjValid('11.222.333/0001-82')).toBe(false);
    expect(gstinValid('27AAPFU0939F1ZV')).toBe(true);
    expect(gstinValid('27AAPFU0939F1ZW')).toBe(false);
    expect(nitValid('800.197.268', '4')).toBe(true);
    expect(nitValid('800.197.268', '5')).toBe(false);
    expect(cuitValid('30-50001091-2')).toBe(true);
    expect(cuitValid('30-50001091-3')).toBe(false);
    expect(chUidValid('116.281.710')).toBe(true);
    expect(chUidValid('116.281.711')).toBe(false);
    expect(VAT.FR('40303265045')).toBe(true);
    expect(VAT.FR('41303265045')).toBe(false);
    expect(VAT.AT('U13585627')).toBe(true);
    expect(VAT.AT('U13585626')).toBe(false);
    expect(VAT.DE('136695976')).toBe(true);
    expect(VAT.DE('136695977')).toBe(false);
    expect(VAT.IT('00743110157')).toBe(true);
    expect(VAT.ES('A28015865')).toBe(true);
  });
  it('finds them in a signature with their country', () => {
    expect(findTaxIds('CUIT 30-50001091-2 | NIT 800.197.268-4 | CHE-116.281.710 MWST').map((t) => t.country)).toEqual(['CH', 'AR', 'CO']);
    expect(findTaxIds('Order 30-50001091-3, CNPJ 11.222.333/0001-82')).toEqual([]);
  });
});

describe('places in signatures', () => {
  it('keeps gazetteer ambiguity and lets the postcode format decide', () => {
    expect(citiesNamed('Hyderabad').map(([c]) => c).sort()).toEqual(['IN', 'PK']);
    expect(citiesNamed('San José').map(([c]) => c)).toEqual(expect.arrayContaining(['CR', 'US']));
    expect(top(placeEvidence('HITEC City, Hyderabad 500081', 'the signature'))).toBe('IN');
    expect(top(placeEvidence('Latifabad, Hyderabad 71000', 'the signature'))).toBe('PK');
    expect(top(placeEvidence('2150 N First St, San Jose, CA 95131', 'the signature'))).toBe('US');
    expect(top(placeEvidence('Tbilisi, Georgia', 'the signature'))).toBe('GE');
    expect(top(placeEvidence('1100 Peachtree St NE, Atlanta, GA 30309', 'the signature'))).toBe('US');
  });
  it('reads distinctive postcodes and job titles with a place', () => {
    expect(top(placeEvidence('Keizersgracht 123, 1015 CJ Amsterdam', 'the signature'))).toBe('NL');
    expect(top(placeEvidence('100 King St W, Toronto ON M5X 1A9', 'the signature'))).toBe('CA');
    expect(top(placeEvidence('Rua Augusta 100, 1100-053 Lisboa', 'the signature'))).toBe('PT');
    expect(titlePlace('Country Manager, Oman')?.country).toBe('OM');
    expect(titlePlace('Head of Sales Czech Republic')?.country).toBe('CZ');
    expect(titlePlace('Thanks for the call about Oman')).toBeNull();
    expect(placeEvidence('Mobile: +44 7700 900123', 'the signature')).toEqual([]);
  });
  it('keeps ambiguous company forms ambiguous', () => {
    const ev = signatureEvidence('Engel Systems Pvt Ltd');
    expect(ev.filter((e) => e.kind === 'legal-form').map((e) => e.country).sort()).toEqual(['IN', 'PK']);
  });
});

describe('numbers that share a prefix (libphonenumber region lookup)', () => {
  it('tells +1, +7, +44 and +39 apart by number range', () => {
    const cc = (s: string) => phoneCountries(s)[0]?.country;
    expect(cc('+1 416 979 2000')).toBe('CA');
    expect(cc('+1 876 926 1234')).toBe('JM');
    expect(cc('+7 727 258 1234')).toBe('KZ');
    expect(cc('+7 495 123 4567')).toBe('RU');
    expect(cc('+44 1534 123456')).toBe('JE');
    expect(cc('+44 1624 612345')).toBe('IM');
    expect(cc('+39 06 6988 3145')).toBe('VA');
  });
});

describe('regional wording lexicon', () => {
  it('every entry has a source and a reason', () => {
    for (const e of LEXICON) {
      expect(e.source.length).toBeGreaterThan(2);
      expect(e.reason.length).toBeGreaterThan(5);
    }
  });
  it('marks varieties, and only in their own language', () => {
    expect(top(lexiconEvidence('Nous avons septante pièces. Appelez-moi sur mon GSM. À tantôt'))).toBe('BE');
    expect(top(lexiconEvidence('qué pena con usted, le colaboro con la información'))).toBe('CO');
    expect(top(lexiconEvidence('Kindly do the needful, 5 lakh units'))).toBe('IN');
    expect(top(lexiconEvidence('see you this arvo'))).toBe('AU');
    expect(top(lexiconEvidence('Wir planen die Lieferung für Ende Jänner'))).toBe('AT');
    expect(top(lexiconEvidence('a nossa equipa, o telemóvel'))).toBe('PT');
    // "celular" is Brazilian in Portuguese and Latin American in Spanish.
    expect(lexiconEvidence('mi celular', 'es').some((e) => e.country === 'BR')).toBe(false);
    // A text with ß is not Swiss for writing "Strasse" once.
    expect(lexiconEvidence('Große Grüße, Hauptstrasse 5', 'de').some((e) => e.country === 'CH')).toBe(false);
  });
});
