/**
 * A formal first-contact salutation for `cli infer --csv`. It uses the same salutation tables
 * and naming systems as the greeting suggestion (lib/analysis/salutation.ts): a full name gets
 * the country's naming system and a gender only where the name shows it; a bare family name of
 * unknown gender gets the language's two-gender form; no name gets the nameless form. The name
 * comes from a file the user chose, but passes the same untrusted-name guard as page names.
 */
import countryLang from './data/country-lang.json';
import { ENGLISH_BUSINESS, parseName } from '../analysis/names';
import { japaneseOpener, salute, templatesFor } from '../analysis/salutation';
import { safeName } from '../analysis/untrusted';

const COUNTRY_LANG = countryLang as Record<string, string>;

/** The language a greeting to `country` should be written in (English where business mail is). */
export function greetingLanguage(country: string): string {
  if (ENGLISH_BUSINESS.has(country)) return 'en';
  const lang = COUNTRY_LANG[country];
  return lang && templatesFor(lang, country) ? lang : 'en';
}

/** A formal salutation to `name` for a contact in `country` (English when unknown). */
export function suggestedGreeting(country: string | null, name: string): string {
  const lang = country ? greetingLanguage(country) : 'en';
  const cc = country ?? '';
  const safe = safeName(name);
  const parsed = safe ? parseName(safe, { country: cc }) : null;
  const s = salute({ lang, country: cc, name: parsed }) ?? salute({ lang: 'en', country: cc, name: parsed });
  const text = s?.text ?? 'Dear Sir or Madam,';
  // A CSV export is for first contact: Japanese mail opens with はじめてご連絡いたします.
  return lang === 'ja' ? `${text}\n${japaneseOpener(true)}` : text;
}
