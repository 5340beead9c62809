/**
 * Politeness across languages on professional translations (CoCoA-MT): an English source line and
 * its informal translation say the same thing, so their politeness should agree. Shared by the
 * bench (politeness_transfer_cocoa) and scripts/fit-politeness-offsets.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldApart, type Split } from './multilingual-data';
import { politenessZ, requestVocabulary } from '../lib/analysis/politeness/model';
import { strategyFeatures } from '../lib/analysis/politeness/strategies';
import { sentences } from '../lib/analysis/text';

export interface SourcePair {
  id: string;
  en: string;
  informal: string;
  split: Split;
}

/** English source lines with their informal translation; ids as bench/multilingual-data.ts loadCocoa. */
export function cocoaSourcePairs(dir: string, lang: string): SourcePair[] {
  const tag = lang === 'pt' ? 'ptpt' : lang;
  const out: SourcePair[] = [];
  for (const domain of ['telephony', 'topical_chat']) {
    const base = join(dir, 'cocoa-mt-train', `en-${lang}`, `formality-control.train.${domain}.en-${tag}`);
    if (!existsSync(`${base}.en`)) continue;
    const a = readFileSync(`${base}.en`, 'utf8').split('\n');
    const b = readFileSync(`${base}.informal.${lang}`, 'utf8').split('\n');
    for (let i = 0; i < a.length; i++) {
      const en = a[i]?.trim();
      const informal = b[i]?.trim();
      if (!en || !informal) continue;
      const id = `cocoa:${lang}:${domain}:${i}`;
      out.push({ id, en, informal, split: heldApart(id) });
    }
  }
  return out;
}

/** The politeness model's z of a short text, without the language's zero point. */
export function rawPolitenessZ(text: string, lang: string, withOffset = false): number {
  const parts = sentences(text).map((s) => text.slice(s.start, s.end));
  const f = strategyFeatures(parts, lang);
  const voc = parts.reduce((a, s) => a + requestVocabulary(s, lang), 0);
  return politenessZ(f, lang, voc, { raw: !withOffset });
}
