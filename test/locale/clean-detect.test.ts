import { describe, expect, it } from 'vitest';
import { cleanEmailText, detectLanguage, normalizeLang } from '../../lib/locale/index';

describe('cleanEmailText', () => {
  it('cuts at the signature separator', () => {
    expect(cleanEmailText('Danke für die Unterlagen.\n-- \nMax Muster\nCEO')).toBe('Danke für die Unterlagen.');
  });
  it('cuts at "On … wrote:" and localised reply headers', () => {
    expect(cleanEmailText('Merci beaucoup.\nLe lun. 3 mars 2025 à 10:00, Tom <t@x.com> a écrit :\n> Hello')).toBe('Merci beaucoup.');
    expect(cleanEmailText('Passt.\nAm Di., 4. März 2025 um 09:12 Uhr schrieb Jens Kruse <jens@kruse.de>:\n> Hallo')).toBe('Passt.');
    expect(cleanEmailText('Sure.\nOn Fri, Mar 3, 2025 at 10:12 AM Tom Baker <tom@acme.co.uk> wrote:\n> Hi')).toBe('Sure.');
    expect(cleanEmailText('Gracias.\nEl vie, 3 mar 2025 a las 10:12, Ana <a@b.es> escribió:\nHola')).toBe('Gracias.');
  });
  it('cuts at Outlook headers and drops quoted lines', () => {
    expect(cleanEmailText('Top reply\n> quoted\nmore\n________________\nFrom: Someone\nSent: Monday')).toBe('Top reply\nmore');
    expect(cleanEmailText('Ok\n-----Original Message-----\nFrom: x')).toBe('Ok');
  });
  it('strips URLs, addresses and phone numbers', () => {
    const out = cleanEmailText('Siehe https://example.com/x?a=1 oder schreib an max@firma.de, Tel. +49 30 1234 5678.');
    expect(out).not.toMatch(/https|@|1234/);
    expect(out).toContain('Siehe');
  });
});

describe('detectLanguage', () => {
  it('returns ISO 639-1 codes for ordinary business text', () => {
    expect(detectLanguage('Sehr geehrte Frau Weber, vielen Dank für Ihr Angebot.').lang).toBe('de');
    expect(detectLanguage('Merci pour votre retour, nous revenons vers vous demain.').lang).toBe('fr');
    expect(detectLanguage('Le adjunto el presupuesto solicitado.').lang).toBe('es');
  });
  it('decides single-language scripts by their characters', () => {
    expect(detectLanguage('감사합니다').lang).toBe('ko');
    expect(detectLanguage('よろしくお願いいたします。').lang).toBe('ja');
    expect(detectLanguage('您好，请查收附件。').lang).toBe('zh');
    expect(detectLanguage('ขอบคุณครับ').lang).toBe('th');
  });
  it('is not flipped by a quoted English reply or an English signature after "-- "', () => {
    const text = 'Vielen Dank, wir melden uns morgen bei Ihnen.\n-- \nBest regards, the whole international sales team of our company\n\nOn Mon, Tom wrote:\n> Thanks a lot for everything, see you next week in London';
    expect(detectLanguage(text).lang).toBe('de');
  });
  it('says und with zero confidence when there are no letters', () => {
    expect(detectLanguage('')).toEqual({ lang: 'und', confidence: 0 });
    expect(detectLanguage('+49 30 1234567 https://x.y')).toEqual({ lang: 'und', confidence: 0 });
  });
  it('gives short text less confidence than a full sentence', () => {
    const short = detectLanguage('Danke');
    const long = detectLanguage('Vielen Dank für die schnelle Antwort, ich melde mich nächste Woche.');
    expect(long.lang).toBe('de');
    expect(short.confidence).toBeLessThan(long.confidence);
  });
  it('uses a reliable hint only where its own guess is empty, and gains confidence on agreement', () => {
    expect(detectLanguage('12345', { hint: { lang: 'de', reliable: true } })).toEqual({ lang: 'de', confidence: 0.5 });
    expect(detectLanguage('12345', { hint: { lang: 'de', reliable: false } }).lang).toBe('und');
    const base = detectLanguage('Dank je wel voor de offerte');
    const agreed = detectLanguage('Dank je wel voor de offerte', { hint: { lang: 'nl', reliable: true } });
    expect(agreed.lang).toBe(base.lang);
    expect(agreed.confidence).toBeGreaterThan(base.confidence);
    const strong = detectLanguage('Sehr geehrte Frau Weber, vielen Dank für Ihr Angebot.', { hint: { lang: 'lb', reliable: true } });
    expect(strong.lang).toBe('de');
  });
  it('normalises other detectors’ codes', () => {
    expect(normalizeLang('iw')).toBe('he');
    expect(normalizeLang('zh-Hant')).toBe('zh');
    expect(normalizeLang('nb')).toBe('no');
    expect(normalizeLang('xx-yy-zz')).toBe('xx');
    expect(normalizeLang('fil')).toBe('tl');
  });
});
