/**
 * Generates the shipped profile data in lib/profiles/generated/ from committed raw sources
 * (data/sources/**, data/curated/**) and from data packages installed from npm (CLDR,
 * date-holidays, countries-and-timezones).
 *
 * Run: `npm run build:profiles`. Add `--update-hashes` after deliberately replacing a raw file.
 *
 * The build refuses to run when a raw file's sha256 differs from data/sources/hashes.json, so a
 * silently edited source can never change what ships. The output is deterministic (sorted keys,
 * no timestamps): test/profiles/build.test.ts regenerates it and compares byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Literature, NormsFile, resolveCite, type NormsEntry } from '../lib/profiles/norms-schema';
import { parseCsv } from '../lib/csv';
import { GLOBE_KEYS, HOFSTEDE_KEYS } from '../lib/profiles/schema';
import type { CompactProfile, Scores6 } from '../lib/profiles/load';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const CURATED = join(ROOT, 'data', 'curated');
const HASHES = join(SOURCES, 'hashes.json');
export const OUT_DIR = join(ROOT, 'lib', 'profiles', 'generated');

const DAY: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

function pkgVersion(name: string): string {
  // Read from node_modules directly: some packages do not export their package.json.
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

// ---------------------------------------------------------------------------------------------
// Raw file hashes

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Every committed raw file (sources and curated norms), relative to data/, sorted. */
export function rawFiles(): string[] {
  const dataDir = join(ROOT, 'data');
  return [...walk(SOURCES), ...walk(CURATED)]
    .filter((p) => p !== HASHES && !p.endsWith('.md'))
    .map((p) => relative(dataDir, p).split('\\').join('/'))
    .sort();
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function currentHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of rawFiles()) out[f] = sha256(join(ROOT, 'data', f));
  return out;
}

/** Throws, naming every file whose hash is missing, stale or unexpected. */
export function verifyHashes(recorded: Record<string, string> = JSON.parse(readFileSync(HASHES, 'utf8'))): void {
  const actual = currentHashes();
  const problems: string[] = [];
  for (const [f, h] of Object.entries(actual)) {
    if (!(f in recorded)) problems.push(`${f}: not recorded in data/sources/hashes.json`);
    else if (recorded[f] !== h) problems.push(`${f}: sha256 ${h} differs from recorded ${recorded[f]}`);
  }
  for (const f of Object.keys(recorded)) if (!(f in actual)) problems.push(`${f}: recorded but missing`);
  if (problems.length) {
    throw new Error(
      `raw source files changed without updating their recorded hashes:\n  ${problems.join('\n  ')}\n` +
        'If the change is deliberate, run `npm run build:profiles -- --update-hashes` and say why in the commit.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Country list and calendar table

/** Codes CLDR lists as territories that are not ISO 3166-1 countries. */
const NON_ISO = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'XK', 'ZZ', 'EU', 'EZ', 'UN', 'QO']);

export function isoCountries(): string[] {
  const ct = require('countries-and-timezones') as { getAllCountries(): Record<string, unknown> };
  const info = require('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo as Record<string, unknown>;
  const set = new Set<string>(Object.keys(ct.getAllCountries()));
  for (const k of Object.keys(info)) if (/^[A-Z]{2}$/.test(k) && !NON_ISO.has(k)) set.add(k);
  return [...set].sort();
}

interface HolidayData {
  holidays: Record<string, { zones?: string[]; langs?: string[] }>;
  version: string;
  license: string;
}
function holidayData(): HolidayData {
  // The CJS build exposes the same data object the ESM build does.
  return require('date-holidays/data').data as HolidayData;
}

/**
 * The primary IANA zone: CLDR's explicit primaryZones first; then date-holidays' zone list,
 * whose first entry follows tzdata's zone.tab order (most populous zone first); then the first
 * zone countries-and-timezones lists.
 */
function primaryZone(cc: string): string | null {
  const cldr = require('cldr-core/supplemental/primaryZones.json').supplemental.primaryZones as Record<string, string>;
  if (cldr[cc]) return cldr[cc];
  const hz = holidayData().holidays[cc]?.zones;
  if (hz && hz.length) return hz[0];
  const ct = require('countries-and-timezones') as { getCountry(c: string): { timezones: string[] } | null };
  return ct.getCountry(cc)?.timezones[0] ?? null;
}

export function calendarTable(): unknown {
  const wd = require('cldr-core/supplemental/weekData.json').supplemental.weekData as Record<string, Record<string, string>>;
  const pick = (table: Record<string, string>, cc: string) => DAY[table[cc] ?? table['001']];
  const countries: Record<string, { f: number; w: number[]; tz: string | null }> = {};
  for (const cc of isoCountries()) {
    const start = pick(wd.weekendStart, cc);
    const end = pick(wd.weekendEnd, cc);
    const w: number[] = [];
    // Walk from the weekend's first day to its last, wrapping past Saturday.
    for (let d = start; ; d = (d + 1) % 7) {
      w.push(d);
      if (d === end || w.length > 7) break;
    }
    countries[cc] = { f: pick(wd.firstDay, cc), w, tz: primaryZone(cc) };
  }
  return {
    sources: {
      weekData: `CLDR ${pkgVersion('cldr-core')} supplemental/weekData.json`,
      zones: `CLDR ${pkgVersion('cldr-core')} primaryZones; date-holidays ${pkgVersion('date-holidays')} (data ${holidayData().version}); countries-and-timezones ${pkgVersion('countries-and-timezones')}`,
    },
    countries,
  };
}

// ---------------------------------------------------------------------------------------------
// Raw source parsers. test/profiles/hofstede.test.ts parses the raw files again independently.

export const HOFSTEDE_FILE = 'sources/hofstede/dimension-matrix-2015-12-08-0-100.csv';
export const HOFSTEDE_MAP_FILE = 'sources/hofstede/ctr-to-iso2.csv';
export const GLOBE_FILE = 'sources/globe/globe-2004-societal-culture.csv';
// The dimension lists are the schema's own, so the build and the reader cannot disagree.
export const HOFSTEDE_DIMS = HOFSTEDE_KEYS;
export const GLOBE_DIMS = GLOBE_KEYS;

function readData(rel: string): string {
  return readFileSync(join(ROOT, 'data', rel), 'utf8');
}

interface HofstedeRow {
  ctr: string;
  label: string;
  scores: (number | null)[];
}
function hofstedeRows(): HofstedeRow[] {
  const [header, ...rows] = parseCsv(readData(HOFSTEDE_FILE), ';');
  if (header.join(';') !== 'ctr;country;pdi;idv;mas;uai;ltowvs;ivr') throw new Error(`${HOFSTEDE_FILE}: unexpected header ${header.join(';')}`);
  return rows.map((r) => ({
    ctr: r[0],
    label: r[1],
    scores: r.slice(2, 8).map((v) => {
      if (v === '#NULL!' || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`${HOFSTEDE_FILE}: ${r[0]}: bad score ${v}`);
      return n;
    }),
  }));
}

interface CtrMapRow {
  ctr: string;
  label: string;
  iso2: string;
  kind: 'country' | 'region' | 'subnational';
}
function hofstedeMap(): Map<string, CtrMapRow> {
  const [header, ...rows] = parseCsv(readData(HOFSTEDE_MAP_FILE), ',');
  if (header[0] !== 'ctr' || header[2] !== 'iso2' || header[3] !== 'kind') throw new Error(`${HOFSTEDE_MAP_FILE}: unexpected header`);
  const m = new Map<string, CtrMapRow>();
  for (const r of rows) {
    const kind = r[3] as CtrMapRow['kind'];
    if (!['country', 'region', 'subnational'].includes(kind)) throw new Error(`${HOFSTEDE_MAP_FILE}: ${r[0]}: bad kind ${r[3]}`);
    if (kind !== 'region' && !/^[A-Z]{2}$/.test(r[2])) throw new Error(`${HOFSTEDE_MAP_FILE}: ${r[0]}: bad iso2 '${r[2]}'`);
    m.set(r[0], { ctr: r[0], label: r[1], iso2: r[2], kind });
  }
  return m;
}

/** Round half up to 2 decimals, as the published GLOBE tables do. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

interface GlobeRow {
  society: string;
  practices: number[];
  values: number[];
  cluster: string;
}
function globeRows(): GlobeRow[] {
  const [header, ...rows] = parseCsv(readData(GLOBE_FILE), ',');
  if (header.length !== 21 || !/Uncertainty Avoidance Societal Practices/.test(header[2]) || !/Assertiveness Societal Values/.test(header[19])) {
    throw new Error(`${GLOBE_FILE}: unexpected header`);
  }
  return rows.map((r) => {
    const nums = r.slice(2, 20).map((v) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 1 || n > 7) throw new Error(`${GLOBE_FILE}: ${r[1]}: bad score ${v}`);
      return round2(n);
    });
    return { society: r[1].trim(), practices: nums.slice(0, 9), values: nums.slice(9, 18), cluster: r[20].trim() };
  });
}

// ---------------------------------------------------------------------------------------------
// Curated inputs

function readJson<T>(rel: string): T {
  return JSON.parse(readData(rel)) as T;
}

function curatedNorms(): NormsEntry[] {
  const dir = join(CURATED, 'norms');
  const out: NormsEntry[] = [];
  const seen = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = NormsFile.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new Error(`data/curated/norms/${f}: ${i.path.join('.')}: ${i.message}`);
    }
    for (const e of parsed.data.entries) {
      if (seen.has(e.country)) throw new Error(`data/curated/norms/${f}: duplicate entry for ${e.country}`);
      seen.add(e.country);
      out.push(e);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Profiles


export function profilesData(): unknown {
  const countries = isoCountries();
  const countrySet = new Set(countries);
  const en = require('cldr-localenames-full/main/en/territories.json').main.en.localeDisplayNames.territories as Record<string, string>;
  const info = require('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo as Record<
    string,
    { languagePopulation?: Record<string, { _populationPercent?: string; _officialStatus?: string }> }
  >;
  const likely = require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags as Record<string, string>;
  const surnameFirst = new Set(
    (require('cldr-core/supplemental/personNamesDefaults.json').supplemental.personNamesDefaults.surnameFirst as string).split(/\s+/),
  );
  const ct = require('countries-and-timezones') as { getCountry(c: string): { timezones: string[] } | null };
  const holidays = holidayData().holidays;
  const patterns = readJson<{ languages: Record<string, { local: string; signOff: string }> }>('curated/address-patterns.json').languages;
  const regions = readJson<{ regions: Record<string, { label: string; members: string[]; cite: string[] }> }>('curated/hofstede-regions.json').regions;
  const globeMap = readJson<{ societies: Record<string, { iso2: string; primary: boolean; note?: string }> }>('curated/globe-iso2.json').societies;
  const litParsed = Literature.safeParse(readJson<unknown>('curated/literature.json'));
  if (!litParsed.success) throw new Error(`curated/literature.json: ${litParsed.error.issues[0].path.join('.')}: ${litParsed.error.issues[0].message}`);
  const literature = litParsed.data;

  // Hofstede: each row goes exactly where ctr-to-iso2.csv says; a ctr code is never read as ISO alpha-3.
  const map = hofstedeMap();
  const byCountry = new Map<string, HofstedeRow>();
  const subnational = new Map<string, HofstedeRow[]>();
  const regionRows = new Map<string, HofstedeRow>();
  for (const row of hofstedeRows()) {
    const m = map.get(row.ctr);
    if (!m) throw new Error(`${HOFSTEDE_FILE}: ctr ${row.ctr} has no entry in ${HOFSTEDE_MAP_FILE}`);
    if (m.kind === 'region') regionRows.set(row.ctr, row);
    else if (m.kind === 'subnational') subnational.set(m.iso2, [...(subnational.get(m.iso2) ?? []), row]);
    else {
      if (byCountry.has(m.iso2)) throw new Error(`${HOFSTEDE_MAP_FILE}: two country rows map to ${m.iso2}`);
      if (!countrySet.has(m.iso2)) throw new Error(`${HOFSTEDE_MAP_FILE}: ${row.ctr} maps to unknown country ${m.iso2}`);
      byCountry.set(m.iso2, row);
    }
  }
  const regionOf = new Map<string, string>();
  for (const [code, r] of Object.entries(regions)) {
    if (!regionRows.has(code)) throw new Error(`hofstede-regions.json: ${code} is not a regional row of the matrix`);
    for (const cc of r.members) regionOf.set(cc, code);
  }

  const globe = new Map<string, { primary: CompactProfile['g']; others: CompactProfile['gs'] }>();
  for (const row of globeRows()) {
    const m = globeMap[row.society];
    if (!m) throw new Error(`${GLOBE_FILE}: society '${row.society}' missing from curated/globe-iso2.json`);
    const entry = { s: row.society, c: row.cluster, p: row.practices, v: row.values, ...(m.note ? { note: m.note } : {}) };
    const slot = globe.get(m.iso2) ?? { primary: null, others: [] };
    if (m.primary) {
      if (slot.primary) throw new Error(`globe-iso2.json: two primary samples for ${m.iso2}`);
      slot.primary = entry;
    } else slot.others.push(entry);
    globe.set(m.iso2, slot);
  }

  const norms = new Map(curatedNorms().map((e) => [e.country, e]));
  for (const e of norms.values()) {
    if (!countrySet.has(e.country)) throw new Error(`norms: unknown country ${e.country}`);
    // Every citation key must resolve: a known work, a part it has, a country chapter it has.
    const keys = [...e.cite, ...e.address.cite, ...Object.values(e.topics).flatMap((t) => (t ? t.cite : []))];
    for (const k of keys) resolveCite(k, e.country, en[e.country] ?? e.country, literature);
  }

  const out: Record<string, CompactProfile> = {};
  for (const cc of countries) {
    const langs = Object.entries(info[cc]?.languagePopulation ?? {})
      .filter(([l]) => l !== 'und')
      .map(([l, v]) => ({ l: l.replace(/_/g, '-'), pct: Number(v._populationPercent ?? 0), status: v._officialStatus ?? '' }))
      .sort((a, b) => b.pct - a.pct || a.l.localeCompare(b.l));
    const official = langs.filter((x) => x.status === 'official' || x.status === 'de_facto_official').map((x) => x.l);
    // Business languages (derived): the official languages, plus English where CLDR estimates at
    // least a fifth of the population speaks it.
    const business = [...official];
    if (!business.includes('en') && langs.some((x) => x.l === 'en' && x.pct >= 20)) business.push('en');
    // CLDR omits likely-subtag entries where the answer is the default (English); fall back to
    // the most widely spoken official language, then the most widely spoken language.
    const likelyTag = likely[`und-${cc}`];
    const primaryLang = likelyTag ? likelyTag.split('-')[0] : (official[0] ?? langs[0]?.l ?? null)?.split('-')[0] ?? null;
    const base = primaryLang === 'no' ? 'nb' : primaryLang;
    const h = byCountry.get(cc);
    const hr = regionOf.get(cc) ?? null;
    const g = globe.get(cc);
    // The formal address follows the primary language when we have a pattern for it, else the
    // first official (business) language we have one for, e.g. French in Mali or Senegal.
    const patternLang = [base, ...business.map((l) => l.split('-')[0])].find((l) => l && patterns[l]) ?? null;
    const pattern = patternLang ? { ...patterns[patternLang], lang: patternLang } : null;
    const zones = ct.getCountry(cc)?.timezones ?? [];
    const n = norms.get(cc);
    out[cc] = {
      n: en[cc] ?? cc,
      hc: h ? h.ctr : null,
      h: h ? h.scores : null,
      hr,
      hs: (subnational.get(cc) ?? []).map((r) => ({ ctr: r.ctr, label: r.label, h: r.scores })),
      g: g?.primary ?? null,
      gs: g?.others ?? [],
      ll: primaryLang,
      lo: official,
      lb: business,
      tz: [...zones].sort(),
      no: primaryLang ? (surnameFirst.has(primaryLang) ? 'surname-first' : 'given-first') : null,
      ap: pattern,
      hol: Object.prototype.hasOwnProperty.call(holidays, cc),
      norms: n ? (({ country: _c, ...rest }) => rest)(n) : null,
    };
  }
  const regionOut: Record<string, { label: string; members: string[]; cite: string[]; h: Scores6 }> = {};
  for (const [code, r] of Object.entries(regions)) regionOut[code] = { ...r, h: regionRows.get(code)!.scores };

  const versions = {
    hofstede: '2015-12-08',
    globe: '2004',
    cldr: pkgVersion('cldr-core'),
    cldrNames: pkgVersion('cldr-localenames-full'),
    dateHolidays: `${pkgVersion('date-holidays')} (data ${holidayData().version})`,
    countriesAndTimezones: pkgVersion('countries-and-timezones'),
  };
  const body = { versions, literature, regions: regionOut, countries: out };
  const dataVersion = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  return { dataVersion, ...body };
}

// ---------------------------------------------------------------------------------------------

/** Compact but diff-friendly JSON: one top-level entry per line. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) o[k] = sort((v as Record<string, unknown>)[k]);
      return o;
    }
    return v;
  };
  const s = sort(value) as Record<string, unknown>;
  const lines = Object.entries(s).map(([k, v]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = Object.entries(v as Record<string, unknown>).map(([k2, v2]) => `    ${JSON.stringify(k2)}: ${JSON.stringify(v2)}`);
      return `  ${JSON.stringify(k)}: {\n${inner.join(',\n')}\n  }`;
    }
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Every generated file, by name, as the exact text to write. */
export function generate(): Record<string, string> {
  verifyHashes();
  return {
    'calendar.json': stableJson(calendarTable()),
    'profiles.json': stableJson(profilesData()),
  };
}

function main(): void {
  if (process.argv.includes('--update-hashes')) {
    writeFileSync(HASHES, JSON.stringify(currentHashes(), null, 2) + '\n');
    console.log(`recorded ${rawFiles().length} hashes in ${relative(ROOT, HASHES)}`);
  }
  const files = generate();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(OUT_DIR, name), text);
    console.log(`wrote lib/profiles/generated/${name} (${text.length} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.error(`build-profiles: ${(e as Error).message}`);
    process.exit(1);
  }
}
