/**
 * Fits each language's politeness zero point (lib/analysis/models/politeness-offsets.json).
 *
 * The politeness model is fitted on English requests and scores other languages through their
 * own strategy lexicons (lib/analysis/politeness/strategies.ts). Those lexicons do not fire at
 * exactly English rates — Spanish drops the pronoun, "bien" and "gut" are everyday words — so a
 * language's ordinary text lands a little above or below the English midpoint. Professional
 * translations hold the content fixed: on CoCoA-MT's informal translations (no V-form bonus), the
 * median of (English source's score − translation's raw score), in the model's z units, is the
 * shift that puts a translation where its source is. Development split only (heldApart, the
 * same ids as bench/multilingual-data.ts loadCocoa); the bench reports the held-apart half.
 *
 *   npx tsx scripts/fit-politeness-offsets.ts            # fit and write
 *   npx tsx scripts/fit-politeness-offsets.ts --dry-run  # fit and print
 *
 * Languages without parallel data (ru, ja, ko) keep 0; run it after scripts/fit-politeness.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalDir } from '../bench/formality';
import { COCOA_LANGS, SPLIT_SALT } from '../bench/multilingual-data';
import { cocoaSourcePairs, rawPolitenessZ } from '../bench/politeness-transfer';

const root = resolve(import.meta.dirname, '..');
const dry = process.argv.includes('--dry-run');
const dir = evalDir(root);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const offsets: Record<string, number> = {};
const counts: Record<string, number> = {};
for (const lang of COCOA_LANGS) {
  const dev = cocoaSourcePairs(dir, lang).filter((p) => p.split === 'dev');
  if (!dev.length) continue;
  const d = dev.map((p) => rawPolitenessZ(p.en, 'en') - rawPolitenessZ(p.informal, lang));
  offsets[lang] = Math.round(median(d) * 1e4) / 1e4;
  counts[lang] = dev.length;
  console.log(`${lang}: ${dev.length} dev pairs, offset ${offsets[lang]} (z units)`);
}
if (!Object.keys(offsets).length) {
  console.error(`no CoCoA-MT data found in ${dir}; nothing fitted`);
  process.exit(1);
}
const out = {
  generatedBy: 'scripts/fit-politeness-offsets.ts',
  trainedOn: `cocoa-mt-train/ English source lines and their informal translations, development split (heldApart, salt "${SPLIT_SALT}"): ${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(', ')}`,
  model: 'per-language shift of the politeness model output (z units): median of English source z minus translation raw z',
  offsets,
};
if (!dry) {
  writeFileSync(resolve(root, 'lib/analysis/models/politeness-offsets.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('wrote lib/analysis/models/politeness-offsets.json');
}
