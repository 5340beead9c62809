/**
 * Calibrates MAIL_OFFSET (lib/analysis/score.ts): the shift of a mail's formality before squashing,
 * so an ordinary professional mail scores above 0 and a chatty note below. Reads the 'dev' half of
 * test/analysis/fixtures/emails.json, scores each mail with offset 0, and picks the offset in the
 * middle of the widest interval that puts the most dev mails on the right side of 0. Writes
 * lib/analysis/models/mail-calibration.json.
 *
 *   npx tsx scripts/fit-mail-offset.ts [--dry-run]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mailFormalityRaw } from '../lib/analysis/score';

const root = resolve(import.meta.dirname, '..');
interface Mail { split: string; lang: string; label: 'formal' | 'informal'; text: string }
const mails = (JSON.parse(readFileSync(resolve(root, 'test/analysis/fixtures/emails.json'), 'utf8')) as { mails: Mail[] }).mails;
const dev = mails.filter((m) => m.split === 'dev').map((m) => ({ ...m, raw: mailFormalityRaw(m.text, m.lang) }));
for (const m of dev) console.log(`${m.label.padEnd(8)} ${m.lang} raw ${m.raw.toFixed(3)}  ${m.text.slice(0, 40).replace(/\n/g, ' ')}`);
// Candidate offsets: midpoints between consecutive sorted −raw values.
const cuts = [...new Set(dev.map((m) => -m.raw))].sort((a, b) => a - b);
let best = { offset: 0, ok: -1, width: 0 };
for (let i = 0; i + 1 < cuts.length; i++) {
  const offset = (cuts[i] + cuts[i + 1]) / 2;
  const ok = dev.filter((m) => (m.raw + offset > 0) === (m.label === 'formal')).length;
  const width = cuts[i + 1] - cuts[i];
  if (ok > best.ok || (ok === best.ok && width > best.width)) best = { offset, ok, width };
}
console.log(`offset ${best.offset.toFixed(3)}: ${best.ok}/${dev.length} dev mails on the right side`);
const out = {
  generatedBy: 'scripts/fit-mail-offset.ts',
  trainedOn: 'test/analysis/fixtures/emails.json, dev half (hand-written mails)',
  offset: Math.round(best.offset * 1000) / 1000,
  devAgreement: `${best.ok}/${dev.length}`,
};
if (!process.argv.includes('--dry-run')) {
  writeFileSync(resolve(root, 'lib/analysis/models/mail-calibration.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('wrote lib/analysis/models/mail-calibration.json');
}
