/**
 * Signature blocks: where does the writer of a message sit? Reads, line by line, the job title
 * with a place ("Country Manager, Oman"), office addresses (a country name, a region with its
 * postcode, a city from the GeoNames gazetteer checked against the line's postcode format), company
 * legal forms, tax numbers with valid check digits (./taxids.ts) and phone numbers.
 *
 * Postcode formats: Universal Postal Union "Postal addressing systems" country sheets and the
 * national posts' own descriptions (Royal Mail PAF, Canada Post, PostNL, Correios CEP, CTT, Eircode,
 * Correo Argentino CPA, Japan Post, USPS ZIP+4, Australia Post).
 */
import gazetteer from './data/gazetteer.json';
import { W, spread, type Evidence } from './evidence';
import { normalizeKey, unicodeWords } from './normalize';
import { phoneEvidence } from './phones';
import { countryFromCity, countryFromName, legalFormEvidence } from './places';
import { findTaxIds } from './taxids';

const GAZ = gazetteer as unknown as Record<string, Array<[string, number]>>;

/** Place names that are also everyday words in signatures or mail; never read as a city. */
const NOT_A_CITY = new Set([
  'mobile', 'best', 'date', 'split', 'nice', 'reading', 'bath', 'office', 'sale', 'sales', 'mission', 'independence', 'victoria', 'of', 'as', 'university',
  'marketing', 'regards', 'president', 'hope', 'enterprise', 'commerce', 'industry', 'normal', 'union', 'concord', 'surprise', 'paradise', 'spring', 'trust',
  'la', 'el', 'ca', 'de', 'san', 'santa', 'lima ohio', 'david', 'leon', 'santiago de', 'march', 'may', 'august', 'tel', 'fax', 'phone', 'email', 'web',
  'ltd', 'inc', 'gmbh', 'team', 'support', 'manager', 'director', 'head', 'gerente', 'center', 'centre', 'central', 'norte', 'sur', 'este', 'oeste', 'north', 'south', 'east', 'west',
]);

/** US states, Canadian provinces and Australian states (abbreviation and name). */
const REGIONS: Array<[string, string[]]> = [
  ['US', ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR']],
  ['CA', ['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU']],
  ['AU', ['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']],
];
const REGION_RES = REGIONS.map(([cc, codes]) => [cc, new RegExp(`(?:^|[\\s,])(${codes.join('|')})\\.?\\s+(?=[A-Z\\d])`)] as const);
const US_STATE_NAMES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CA_PROVINCE_NAMES = ['Ontario', 'Quebec', 'Québec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland and Labrador', 'Prince Edward Island'];
const AU_STATE_NAMES = ['New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania', 'Australian Capital Territory', 'Northern Territory'];
const REGION_NAMES = new Map<string, Array<[string, number]>>([
  ...US_STATE_NAMES.map((n) => [normalizeKey(n), [['US', 1]]] as [string, Array<[string, number]>]),
  ...CA_PROVINCE_NAMES.map((n) => [normalizeKey(n), [['CA', 1]]] as [string, Array<[string, number]>]),
  ...AU_STATE_NAMES.filter((n) => n !== 'Victoria').map((n) => [normalizeKey(n), [['AU', 1]]] as [string, Array<[string, number]>]),
  // The US state and the country share a name; in an address, the state is the likelier reading
  // only beside a ZIP code or a US city, which the line's other parts decide.
  ['georgia', [['GE', 1], ['US', 1]]],
]);

/** Postcode shapes: a regex, and which countries write that shape. */
const POSTCODES: Array<[RegExp, string, string[]]> = [
  [/\b(?:JE|GY|IM)\d{1,2} ?\d[A-Z]{2}\b/, 'crown', ['JE', 'GG', 'IM']],
  [/\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/, 'gb', ['GB']],
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/, 'ca', ['CA']],
  [/\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/, 'nl', ['NL']],
  [/\b[AC-FHKNPRTV-Y]\d{2} ?[AC-FHKNPRTV-Y\d]{4}\b/, 'ie', ['IE']],
  [/\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b|\b[A-HJ-NP-Z]\d{4}(?=\s+\p{Lu})/u, 'ar', ['AR']],
  [/\b\d{5}-\d{3}\b/, 'd5-3', ['BR']],
  [/\b\d{4}-\d{3}\b/, 'd4-3', ['PT']],
  [/〒\s?\d{3}-\d{4}|\b\d{3}-\d{4}(?=\s*(?:\p{Script=Han}|\p{Script=Hiragana}|Japan|Tokyo|Osaka|東京))/u, 'jp', ['JP']],
  [/\b\d{2}-\d{3}\b(?=\s+\p{L})/u, 'd2-3', ['PL']],
  [/\b\d{3} \d{2}\b(?=\s+\p{L})/u, 'd3_2', ['SE', 'GR', 'CZ', 'SK']],
  [/\b(?:CH|D|A|F|I|B|L|FL|LV|LT|SK|CZ|HR|SI|RO|FI|S|N|DK|PL|H)-\d{4,5}\b/, 'prefixed', []],
  [/\b\d{7}\b/, 'd7', ['CL', 'IL', 'JP']],
  [/\b\d{6}\b|\b\d{3} \d{3}\b/, 'd6', ['IN', 'CN', 'RU', 'SG', 'KZ', 'BY', 'VN', 'RO', 'CO', 'NG', 'EC', 'TW', 'UZ', 'KG', 'TJ', 'TM', 'PA']],
  [/\b\d{5}\b/, 'd5', ['DE', 'FR', 'IT', 'ES', 'US', 'MX', 'FI', 'MY', 'TH', 'TR', 'UA', 'KR', 'ID', 'SA', 'EG', 'MA', 'DZ', 'PK', 'HR', 'LT', 'EE', 'CR', 'GT', 'JO', 'KW', 'MC', 'SM', 'VA', 'IQ', 'LK', 'NP', 'SV', 'DO', 'HN', 'NI', 'UY', 'PE', 'TW', 'ME', 'RS', 'BA', 'CU', 'SN', 'ZM', 'KE', 'TZ', 'LB', 'OM', 'QA', 'AE', 'BH', 'IR', 'MM', 'KH', 'LA', 'MN', 'GE', 'AZ', 'BT', 'MV', 'BN', 'HT']],
  [/\b\d{4}\b/, 'd4', ['AT', 'CH', 'BE', 'DK', 'NO', 'AU', 'ZA', 'HU', 'BG', 'LU', 'LV', 'SI', 'PH', 'NZ', 'CY', 'AM', 'GE', 'TN', 'BD', 'AR', 'VE', 'MK', 'AL', 'LI', 'PY', 'BO', 'SV', 'ET', 'LR', 'MZ', 'GW', 'CV', 'AF', 'BH', 'MD']],
];
const PREFIX_CC: Record<string, string> = { CH: 'CH', D: 'DE', A: 'AT', F: 'FR', I: 'IT', B: 'BE', L: 'LU', FL: 'LI', LV: 'LV', LT: 'LT', SK: 'SK', CZ: 'CZ', HR: 'HR', SI: 'SI', RO: 'RO', FI: 'FI', S: 'SE', N: 'NO', DK: 'DK', PL: 'PL', H: 'HU' };

/** The postcode shapes on a line (phone numbers removed first), the most specific first. */
function postcodeShapes(line: string): Array<{ id: string; countries: string[] }> {
  const text = line.replace(/(?:\+|\b00)\d[\d\s()./-]{6,}\d/g, ' ').replace(/\b(?:tel|phone|fax|mobile|mob|cell|t|m|f|p)\b\.?\s*:?\s*[\d\s()./-]{7,}/giu, ' ');
  const out: Array<{ id: string; countries: string[] }> = [];
  let rest = text;
  for (const [re, id, countries] of POSTCODES) {
    const m = rest.match(re);
    if (!m) continue;
    if (id === 'prefixed') {
      const p = m[0].split('-')[0];
      out.push({ id, countries: [PREFIX_CC[p]] });
    } else out.push({ id, countries });
    rest = rest.replace(m[0], ' ');
  }
  return out;
}

/** Cities of this name with their population shares (gazetteer first, then curated spellings). */
export function citiesNamed(value: string): Array<[string, number]> {
  const key = normalizeKey(value);
  if (!key || NOT_A_CITY.has(key) || key.length < 3) return [];
  const gaz = GAZ[key];
  const local = countryFromCity(value);
  if (gaz) {
    const list = gaz.map(([cc, pop]) => [cc, pop] as [string, number]);
    if (local && !list.some(([cc]) => cc === local)) list.push([local, Math.max(...list.map(([, p]) => p))]);
    return list;
  }
  return local ? [[local, 1]] : [];
}

/** Job titles in the languages of the supported markets. */
const TITLE = unicodeWords(
  /\b(?:manager|director|head|lead|representative|rep|president|vp|vice president|officer|ceo|cfo|coo|cto|md|managing director|general manager|country manager|partner|consultant|engineer|sales|account executive|buyer|purchasing|procurement|founder|owner|coordinator|specialist|advisor|adviser|geschäftsführer|geschäftsführerin|leiter|leiterin|vertrieb|einkauf|directeur|directrice|responsable|chef|gérant|gerente|director[a]?|jefe|jefa|diretor[a]?|gestor[a]?|responsabile|direttore|direttrice|hoofd|bedrijfsleider|dyrektor|kierownik|ředitel|müdür|директор|менеджер|部長|課長|社長|経理|营业|经理|总监|总经理|부장|과장|대표|팀장)\b/iu,
);

/** The place named in a job title ("Country Manager, Oman", "Head of Sales Mexico"), if any. */
export function titlePlace(line: string): { country: string; text: string } | null {
  if (!TITLE.test(line) || line.length > 120) return null;
  const parts = line.split(/\s*[,|/–—·•]\s*|\s-\s|\s(?:for|of|in|für|pour|para|per|voor|do|dla)\s/iu).map((s) => s.trim()).filter(Boolean);
  for (const p of parts.slice(1).concat(parts.slice(0, 1))) {
    const cc = countryFromName(p) ?? countryFromName(p.replace(/^(?:the)\s+/i, ''));
    if (cc && !/^[A-Za-z]{2}$/.test(p)) return { country: cc, text: p };
  }
  // "Head of Sales Mexico": the last word(s) of the line.
  const words = line.split(/\s+/);
  for (const k of [3, 2, 1]) {
    const tail = words.slice(-k).join(' ');
    const cc = tail.length > 3 ? countryFromName(tail) : null;
    if (cc) return { country: cc, text: tail };
  }
  return null;
}

/**
 * Evidence from one address-like line: a country name (strong), a state or province with its
 * postcode, a city from the gazetteer narrowed by the postcode format, or a distinctive postcode
 * alone (weak).
 */
export function placeEvidence(line: string, where: string, scale = 1): Evidence[] {
  const clean = line.replace(/^[^:]{1,20}:\s*(?=\S)/, (m) => (/\d/.test(m) ? m : '')).trim();
  if (!clean || clean.length > 140 || /@|https?:|www\./i.test(clean)) return [];
  const segments = clean
    .split(/[\n,;|·•]+|\s[-–—]\s/)
    .map((s) => s.trim())
    .filter(Boolean);
  // 1. A country name in any segment (the last one first).
  for (const seg of [...segments].reverse()) {
    const stripped = seg.replace(/\b[A-Z]{0,2}-?\d[\d\s-]*\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (!stripped || /^[A-Za-z]{2,3}$/.test(stripped)) continue;
    const region = REGION_NAMES.get(normalizeKey(stripped));
    if (region && region.length > 1) continue; // Georgia: decided below by the rest of the line
    const cc = countryFromName(stripped);
    if (cc) return [{ kind: 'address', country: cc, weight: W.addressCountry * scale, reason: `“${stripped}” in ${where}` }];
  }
  const shapes = postcodeShapes(clean);
  // 2. A state or province with a postcode ("Austin, TX 78701", "Toronto ON M5V 2T6", "Sydney NSW 2000").
  for (const [cc, re] of REGION_RES) {
    const m = clean.match(re);
    if (!m) continue;
    const fits = shapes.some((s) => s.countries.includes(cc) && (cc !== 'US' || s.id === 'd5') && (cc !== 'AU' || s.id === 'd4') && (cc !== 'CA' || s.id === 'ca'));
    if (fits) return [{ kind: 'address', country: cc, weight: W.addressCountry * 0.9 * scale, reason: `“${m[1]}” and its postcode in ${where}` }];
  }
  for (const seg of segments) {
    const region = REGION_NAMES.get(normalizeKey(seg.replace(/\b\d[\d\s-]*\b/g, ' ')));
    if (region && region.length === 1) return [{ kind: 'address', country: region[0][0], weight: W.addressCountry * 0.9 * scale, reason: `“${seg}” in ${where}` }];
  }
  // 3. A city, narrowed by the postcode on the same line.
  for (const seg of segments) {
    const name = seg
      .replace(/〒?\s?\b[A-Z]{0,2}-?\d[\d\s-]*[A-Z]{0,3}\b/g, ' ')
      .replace(/\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    let cities = citiesNamed(name);
    if (cities.length === 0) continue;
    const states = REGION_NAMES.get(normalizeKey(segments[segments.indexOf(seg) + 1] ?? ''));
    if (states) cities = cities.filter(([cc]) => states.some(([s]) => s === cc));
    const compatible = shapes.length ? cities.filter(([cc]) => shapes.some((s) => s.countries.includes(cc))) : cities;
    const list = compatible.length ? compatible : cities;
    const boost = compatible.length && shapes.length ? 1.2 : 1;
    const label = `${name}${list.length > 1 ? ` (${list.map(([c]) => c).join('/')})` : ''}`;
    return spread('city', W.addressCity * boost * scale, list, `${label} in ${where}`);
  }
  // 4. A postcode whose shape only one country writes.
  const distinct = shapes.find((s) => s.countries.length === 1 && s.id !== 'd7');
  if (distinct && segments.some((s) => /\p{L}{3,}/u.test(s))) {
    return [{ kind: 'postcode', country: distinct.countries[0], weight: W.postcode * scale, reason: `a ${distinct.countries[0]} postcode in ${where}` }];
  }
  return [];
}

/**
 * Evidence from a block of text written by one person (a signature, or a whole message of theirs):
 * phone numbers, job titles with a place, address lines, legal forms and tax numbers.
 * `skip` drops one country from the phone and address evidence (the user's own, for text whose
 * writer is unknown).
 */
export function signatureEvidence(text: string, where = 'the signature', scale = 1, skip?: string | null): Evidence[] {
  const out: Evidence[] = [...phoneEvidence(text, W.phone * scale, ` in ${where}`, skip)];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // Only the signature-like tail of a long message: prose lines mention places without living there.
  const tail = lines.length > 12 ? lines.slice(-12) : lines;
  for (const line of tail) {
    if (line.length > 140) continue;
    const t = titlePlace(line);
    if (t) out.push({ kind: 'title', country: t.country, weight: W.titlePlace * scale, reason: `“${line.length > 60 ? t.text : line}” (job title) in ${where}` });
    // A line of prose (a sentence) is not an address line.
    if (/[.!?]\s+\p{Ll}/u.test(line) || line.split(/\s+/).length > 10) continue;
    out.push(...placeEvidence(line, where, 0.9 * scale));
  }
  out.push(...legalFormEvidence(tail.filter((l) => l.length <= 140).join('\n')).map((e) => ({ ...e, weight: e.weight * scale })));
  for (const t of findTaxIds(text)) {
    out.push({ kind: 'tax-id', country: t.country, weight: W.taxId * scale, reason: `${t.kind} ${t.value} (valid check digit) in ${where}` });
  }
  return out.filter((e) => !skip || e.country !== skip || e.kind === 'title' || e.kind === 'tax-id');
}
