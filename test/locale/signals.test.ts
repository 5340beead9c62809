import { describe, expect, it } from 'vitest';
import { domainEvidence, registrableDomain } from '../../lib/locale/domains';
import { phoneCountries } from '../../lib/locale/phones';
import { addressEvidence, countryFromCity, countryFromName, legalFormEvidence } from '../../lib/locale/places';
import { nameEvidence } from '../../lib/locale/names';
import { formulaEvidence } from '../../lib/locale/formulas';
import { lexiconEvidence } from '../../lib/locale/lexicon';
import type { Evidence } from '../../lib/locale/evidence';

const top = (ev: Evidence[]) => [...ev].filter((e) => e.country).sort((a, b) => b.weight - a.weight)[0]?.country ?? null;

describe('domain signal', () => {
  it('reads country-code TLDs through the public suffix list', () => {
    expect(top(domainEvidence('a@b.co.uk'))).toBe('GB');
    expect(top(domainEvidence('a@empresa.com.br'))).toBe('BR');
    expect(top(domainEvidence('a@mail.firma.de'))).toBe('DE');
    expect(registrableDomain('x@mail.acme.co.uk')).toBe('acme.co.uk');
  });
  it('knows national free-mail providers whatever their TLD', () => {
    expect(top(domainEvidence('x@web.de'))).toBe('DE');
    expect(top(domainEvidence('x@naver.com'))).toBe('KR');
    expect(top(domainEvidence('x@163.com'))).toBe('CN');
    expect(top(domainEvidence('x@laposte.net'))).toBe('FR');
    expect(top(domainEvidence('x@uol.com.br'))).toBe('BR');
  });
  it('gives global free mail and generic TLDs no country', () => {
    expect(top(domainEvidence('x@gmail.com'))).toBeNull();
    expect(domainEvidence('x@gmail.com')[0].reason).toMatch(/global free mail/);
    expect(domainEvidence('x@acme.com')).toEqual([]);
    expect(domainEvidence('x@agency.eu')).toEqual([]);
  });
  it('treats vanity TLDs as weak', () => {
    const io = domainEvidence('x@startup.io')[0];
    const de = domainEvidence('x@firma.de')[0];
    expect(io.weight).toBeLessThan(1);
    expect(de.weight).toBeGreaterThan(3);
  });
});

describe('phone signal', () => {
  it('finds international numbers and their countries', () => {
    expect(phoneCountries('Tel. +41 44 668 18 00').map((p) => p.country)).toEqual(['CH']);
    expect(phoneCountries('Mob 0049 171 2345678').map((p) => p.country)).toEqual(['DE']);
    expect(phoneCountries('+1 (312) 555-0147 / +54 9 11 5555-1234').map((p) => p.country)).toEqual(['US', 'AR']);
  });
  it('ignores national numbers, which have no country of their own', () => {
    expect(phoneCountries('Tel. 030 1234567')).toEqual([]);
  });
});

describe('CRM fields', () => {
  it('reads a country in any language or as an ISO code', () => {
    expect(countryFromName('Deutschland')).toBe('DE');
    expect(countryFromName('España')).toBe('ES');
    expect(countryFromName('ESPANA')).toBe('ES');
    expect(countryFromName('日本')).toBe('JP');
    expect(countryFromName('Brasil')).toBe('BR');
    expect(countryFromName('Schweiz')).toBe('CH');
    expect(countryFromName('CHE')).toBe('CH');
    expect(countryFromName('pl')).toBe('PL');
    expect(countryFromName('UK')).toBe('GB');
    expect(countryFromName('Atlantis')).toBeNull();
  });
  it('reads cities and addresses', () => {
    expect(countryFromCity('München')).toBe('DE');
    expect(countryFromCity('8001 Zürich')).toBe('CH');
    expect(countryFromCity('Sao Paulo')).toBe('BR');
    expect(top(addressEvidence('Rua do Ouro 120, 1100-060 Lisboa, Portugal', 'address'))).toBe('PT');
    expect(top(addressEvidence('Bahnhofstrasse 21\n8001 Zürich', 'address'))).toBe('CH');
  });
  it('reads company legal forms', () => {
    expect(top(legalFormEvidence('Krämer Maschinenbau GmbH'))).toBe('DE');
    expect(top(legalFormEvidence('Autopartes del Bajío S.A. de C.V.'))).toBe('MX');
    expect(top(legalFormEvidence('Logisoft Sp. z o.o.'))).toBe('PL');
    expect(top(legalFormEvidence('グローバルロボティクス株式会社'))).toBe('JP');
    expect(top(legalFormEvidence('Bosphorus Lojistik A.Ş.'))).toBe('TR');
    expect(legalFormEvidence('Acme')).toEqual([]);
  });
});

describe('name script', () => {
  it('maps single-nation scripts', () => {
    expect(top(nameEvidence('김지우'))).toBe('KR');
    expect(top(nameEvidence('中村 ゆい'))).toBe('JP');
    expect(top(nameEvidence('สมชาย ใจดี'))).toBe('TH');
    expect(top(nameEvidence('נועה לוי'))).toBe('IL');
  });
  it('separates languages that share a script', () => {
    expect(top(nameEvidence('Ірина Бондаренко'))).toBe('UA');
    expect(top(nameEvidence('Иван Петров'))).toBe('RU');
    expect(top(nameEvidence('رضا احمدی'))).toBe('IR');
    expect(top(nameEvidence('田中 太郎'))).toBe('JP');
    expect(top(nameEvidence('王磊'))).toBe('CN');
    expect(top(nameEvidence('陳雅婷'))).toBe('TW');
  });
  it('gives Latin letters only a weak signal and plain names none', () => {
    const pl = nameEvidence('Łukasz Nowak');
    expect(top(pl)).toBe('PL');
    expect(pl[0].weight).toBeLessThan(1);
    expect(nameEvidence('John Smith')).toEqual([]);
    expect(nameEvidence(undefined)).toEqual([]);
  });
});

describe('greeting and sign-off formulas', () => {
  it('marks regional variants the language detector cannot see', () => {
    expect(top(lexiconEvidence('Grüezi Herr Novak'))).toBe('CH');
    expect(top(lexiconEvidence('Freundliche Grüsse\nReto'))).toBe('CH');
    expect(top(lexiconEvidence('Segue a proposta.\nAtenciosamente,\nRafael'))).toBe('BR');
    expect(top(lexiconEvidence('Com os melhores cumprimentos'))).toBe('PT');
    expect(top(lexiconEvidence('¿Vos podés mandarme el informe? Si tenés dudas, llamame.'))).toBe('AR');
    expect(top(lexiconEvidence('Os envío el informe. ¿Podéis revisarlo?'))).toBe('ES');
  });
  it('marks a language weakly', () => {
    const ev = formulaEvidence('Sehr geehrte Frau Weber');
    expect(top(ev)).toBe('DE');
    expect(Math.max(...ev.map((e) => e.weight))).toBeLessThan(1);
    expect(top(formulaEvidence('お世話になっております。'))).toBe('JP');
    expect(formulaEvidence('Thanks, see you Monday.')).toEqual([]);
  });
});
