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
export function verifyHashes(): void {
  const recorded = JSON.parse(readFileSync(HASHES, 'utf8')) as Record<string, string>;
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
