/**
 * A formal first-contact salutation per language, for `cli infer --csv`. Deliberately small and
 * independent of lib/profiles (which owns the full communication target): one safe formal opening
 * per language, with the contact's name where the language puts it in the greeting.
 */
import countryLang from './data/country-lang.json';

const COUNTRY_LANG = countryLang as Record<string, string>;
/** Countries whose business correspondence is in English although another language is official. */
const ENGLISH_BUSINESS = new Set(['IN', 'PK', 'KE', 'NG', 'PH', 'SG', 'MY', 'ZA', 'GH', 'TZ', 'UG', 'LK', 'BD', 'AE', 'QA', 'HK']);

const SALUTATIONS: Record<string, (name: string) => string> = {
  en: (n) => `Dear Ms/Mr ${n},`,
  de: (n) => `Sehr geehrte/r Frau/Herr ${n},`,
  fr: (n) => `Bonjour Madame/Monsieur ${n},`,
  es: (n) => `Estimado/a Sr./Sra. ${n}:`,
  pt: (n) => `Prezado/a Sr./Sra. ${n},`,
  it: (n) => `Gentile Sig.ra/Sig. ${n},`,
  nl: (n) => `Geachte mevrouw/heer ${n},`,
  sv: (n) => `Hej ${n},`,
  da: (n) => `Kære ${n},`,
  no: (n) => `Hei ${n},`,
  nb: (n) => `Hei ${n},`,
  fi: (n) => `Hyvä ${n},`,
  pl: (n) => `Szanowna Pani / Szanowny Panie ${n},`,
  cs: (n) => `Vážená paní / Vážený pane ${n},`,
  sk: (n) => `Vážená pani / Vážený pán ${n},`,
  hu: (n) => `Tisztelt ${n}!`,
  ro: (n) => `Stimate/Stimată ${n},`,
  tr: (n) => `Sayın ${n},`,
  ru: (n) => `Уважаемый(ая) ${n},`,
  uk: (n) => `Шановний(а) ${n},`,
  el: (n) => `Αγαπητέ/ή ${n},`,
  ja: (n) => `${n}様\nお世話になっております。`,
  ko: (n) => `${n}님께,`,
  zh: (n) => `尊敬的${n}：`,
  ar: (n) => `السيد/السيدة ${n} المحترم/ة،`,
  he: (n) => `${n} שלום,`,
  vi: (n) => `Kính gửi ${n},`,
  th: (n) => `เรียน คุณ${n}`,
  id: (n) => `Yth. Bapak/Ibu ${n},`,
};

/** Openings for a contact whose name is unknown. */
const NAMELESS: Record<string, string> = {
  en: 'Dear Sir or Madam,',
  de: 'Sehr geehrte Damen und Herren,',
  fr: 'Madame, Monsieur,',
  es: 'Estimados señores:',
  pt: 'Prezados senhores,',
  it: 'Gentili Signori,',
  nl: 'Geachte heer, mevrouw,',
  ja: 'ご担当者様',
  zh: '尊敬的先生/女士：',
  ko: '담당자님께,',
};

/** The language a greeting to `country` should be written in. */
export function greetingLanguage(country: string): string {
  if (ENGLISH_BUSINESS.has(country)) return 'en';
  const lang = COUNTRY_LANG[country];
  // Portuguese in Portugal opens with "Exmo./Exma.", not the Brazilian "Prezado".
  return lang && SALUTATIONS[lang] ? lang : 'en';
}

/** A formal salutation to `name` for a contact in `country` (English when unknown). */
export function suggestedGreeting(country: string | null, name: string): string {
  const n = name.trim();
  if (country === 'PT') return n ? `Exmo./Exma. Sr./Sra. ${n},` : 'Exmos. Senhores,';
  const lang = country ? greetingLanguage(country) : 'en';
  if (!n) return NAMELESS[lang] ?? 'Dear Sir or Madam,';
  return SALUTATIONS[lang](n);
}
