/**
 * Builds the compact lookup tables in lib/locale/data/ from CLDR (and the shared Hofstede matrix),
 * so the extension never imports the CLDR packages at run time.
 *
 *   npx tsx scripts/build-locale-data.ts
 *
 * Outputs (all committed):
 * - country-names.json  normalised country name in any CLDR language, or ISO alpha-3 → alpha-2
 * - cities.json          normalised city name → alpha-2 (IANA time-zone cities, plus a curated
 *                        list of business cities in lib/locale/cities-curated.ts)
 * - lang-countries.json  language → [[country, share], …] from CLDR territoryInfo: the GDP share
 *                        of each country where the language is official or de-facto official
 * - country-lang.json   country → its most spoken official language (for the suggested greeting)
 * - formality.json       country → Hofstede PDI+UAI (0–200), the default audience-formality proxy
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../lib/csv';
import { normalizeKey } from '../lib/locale/normalize';
import { CURATED_CITIES } from '../lib/locale/cities-curated';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'lib/locale/data');

const isCountry = (code: string) => /^[A-Z]{2}$/.test(code) && !['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'XK'].includes(code);

// ---------- country names ----------
const namesDir = join(dirname(require.resolve('cldr-localenames-full/package.json')), 'main');
// The languages a CRM export is realistically written in (the eld/CLDR business set plus
// Traditional Chinese). All 700+ CLDR locales would make the table ten times larger for names
// nobody types into a "country" field.
const LOCALES = 'af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko lo lt lv mk ml mn mr ms my nb ne nl pa pl pt ro ru si sk sl sq sr sv sw ta te th tr uk ur uz vi zh zh-Hant zu'.split(' ');
const locales = readdirSync(namesDir).filter((l) => LOCALES.includes(l));
const votes = new Map<string, Map<string, number>>();
const vote = (name: string, cc: string) => {
  const key = normalizeKey(name);
  if (key.length < 2) return;
  let m = votes.get(key);
  if (!m) votes.set(key, (m = new Map()));
  m.set(cc, (m.get(cc) ?? 0) + 1);
};
for (const loc of locales) {
  const file = join(namesDir, loc, 'territories.json');
  if (!existsSync(file)) continue;
  const t = JSON.parse(readFileSync(file, 'utf8')).main[loc].localeDisplayNames.territories as Record<string, string>;
  for (const [code, name] of Object.entries(t)) {
    const cc = code.split('-alt-')[0];
    if (isCountry(cc)) vote(name, cc);
  }
}
const countryNames: Record<string, string> = {};
for (const [key, m] of votes) {
  const ranked = [...m.entries()].sort((a, b) => b[1] - a[1]);
  // A name two countries share across languages (rare) goes to the clear majority or nowhere.
  if (ranked.length > 1 && ranked[1][1] * 3 > ranked[0][1]) continue;
  countryNames[key] = ranked[0][0];
}
const codeMappings = require('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings as Record<
  string,
  { _alpha3?: string }
>;
for (const [cc, m] of Object.entries(codeMappings)) {
  if (isCountry(cc) && m._alpha3) countryNames[m._alpha3.toLowerCase()] = cc;
}
// Common English short forms CLDR lists only as long names.
Object.assign(countryNames, { usa: 'US', 'u s a': 'US', 'u s': 'US', uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', uae: 'AE', holland: 'NL', 'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR', 'czech republic': 'CZ', russia: 'RU', prc: 'CN' });
writeFileSync(join(out, 'country-names.json'), JSON.stringify(countryNames));

// ---------- cities ----------
const ct = require('countries-and-timezones') as { getAllTimezones(): Record<string, { countries: string[]; aliasOf: string | null }> };
const cities: Record<string, string> = {};
for (const [id, z] of Object.entries(ct.getAllTimezones())) {
  if (z.aliasOf || z.countries.length === 0) continue;
  const parts = id.split('/');
  if (parts.length < 2 || ['Etc', 'SystemV', 'US', 'Canada', 'Brazil', 'Mexico', 'Chile'].includes(parts[0])) continue;
  const city = parts[parts.length - 1].replace(/_/g, ' ');
  // A zone shared by several countries (Europe/Zurich covers CH, DE, LI) belongs to its first.
  cities[normalizeKey(city)] = z.countries[0];
}
for (const [cc, names] of Object.entries(CURATED_CITIES)) for (const n of names) cities[normalizeKey(n)] = cc;
writeFileSync(join(out, 'cities.json'), JSON.stringify(cities));

// ---------- language → countries ----------
const territoryInfo = require('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo as Record<
  string,
  { _gdp: string; languagePopulation?: Record<string, { _populationPercent: string; _officialStatus?: string }> }
>;
const byLang = new Map<string, Array<[string, number]>>();
for (const [cc, info] of Object.entries(territoryInfo)) {
  if (!isCountry(cc)) continue;
  const gdp = Number(info._gdp);
  for (const [lang, lp] of Object.entries(info.languagePopulation ?? {})) {
    const status = lp._officialStatus ?? '';
    // Regional official status (German in Poland, French in Aosta) says little about business mail.
    if (status !== 'official' && status !== 'de_facto_official') continue;
    const base = lang.split('_')[0];
    if (base.length !== 2) continue;
    // Weighted by the economy that writes in the language (GDP × share of speakers), not by head
    // count: business mail follows economic activity, so French points to FR before CD.
    const weight = (gdp * Number(lp._populationPercent)) / 100;
    const list = byLang.get(base) ?? [];
    list.push([cc, weight]);
    byLang.set(base, list);
  }
}
const langCountries: Record<string, Array<[string, number]>> = {};
for (const [lang, list] of byLang) {
  const total = list.reduce((s, [, n]) => s + n, 0);
  langCountries[lang] = list
    .map(([cc, n]) => [cc, Math.round((n / total) * 1000) / 1000] as [string, number])
    .filter(([, s]) => s >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
}
writeFileSync(join(out, 'lang-countries.json'), JSON.stringify(langCountries));

// ---------- country → main language (for the suggested greeting) ----------
const countryLang: Record<string, string> = {};
for (const [cc, info] of Object.entries(territoryInfo)) {
  if (!isCountry(cc)) continue;
  let best: [string, number] | null = null;
  for (const [lang, lp] of Object.entries(info.languagePopulation ?? {})) {
    const base = lang.split('_')[0];
    if (base.length !== 2) continue;
    if (lp._officialStatus !== 'official' && lp._officialStatus !== 'de_facto_official') continue;
    const pct = Number(lp._populationPercent);
    if (!best || pct > best[1]) best = [base, pct];
  }
  if (best) countryLang[cc] = best[0];
}
writeFileSync(join(out, 'country-lang.json'), JSON.stringify(countryLang));

// ---------- formality proxy ----------
const shared = join(root, '..', 'shared', 'data', 'hofstede');
const formality: Record<string, number> = {};
if (existsSync(shared)) {
  const iso = new Map<string, string>();
  for (const [ctr, , iso2] of parseCsv(readFileSync(join(shared, 'ctr-to-iso2.csv'), 'utf8')).slice(1)) {
    if (/^[A-Z]{2}$/.test(iso2 ?? '')) iso.set(ctr, iso2);
  }
  for (const [ctr, , pdi, , , uai] of parseCsv(readFileSync(join(shared, 'dimension-matrix-2015-12-08-0-100.csv'), 'utf8'), ';').slice(1)) {
    const cc = iso.get(ctr);
    if (cc && /^\d+$/.test(pdi) && /^\d+$/.test(uai)) formality[cc] = Number(pdi) + Number(uai);
  }
}
writeFileSync(join(out, 'formality.json'), JSON.stringify(formality));

console.log(
  `country names ${Object.keys(countryNames).length}, cities ${Object.keys(cities).length}, languages ${Object.keys(langCountries).length}, formality ${Object.keys(formality).length}`,
);
