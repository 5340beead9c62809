/**
 * Per-language politeness zero points (scripts/fit-politeness-offsets.ts): on the held-apart half
 * of CoCoA-MT, an informal translation's politeness sits where its English source's does. Without
 * the zero points every language read 0.14–0.30 z units politer than the same content in English.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir } from '../../bench/formality';
import { COCOA_LANGS } from '../../bench/multilingual-data';
import { cocoaSourcePairs, rawPolitenessZ } from '../../bench/politeness-transfer';
import { scoreText } from '../../lib/analysis/index';
import offsets from '../../lib/analysis/models/politeness-offsets.json';

const dir = evalDir(resolve(import.meta.dirname, '../..'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('politeness zero point per language', () => {
  it('has the shared evaluation data', () => {
    expect(existsSync(resolve(dir, 'cocoa-mt-train'))).toBe(true);
  });
  it('was written by the fitting script, for the six CoCoA languages', () => {
    expect(offsets.generatedBy).toBe('scripts/fit-politeness-offsets.ts');
    expect(Object.keys(offsets.offsets).sort()).toEqual([...COCOA_LANGS].sort());
  });
  for (const lang of COCOA_LANGS) {
    it(`${lang}: held-apart translations score where their English sources do`, () => {
      const pairs = cocoaSourcePairs(dir, lang).filter((p) => p.split === 'held-apart');
      expect(pairs.length).toBeGreaterThan(100);
      const en = pairs.map((p) => rawPolitenessZ(p.en, 'en'));
      const gapRaw = median(pairs.map((p, i) => rawPolitenessZ(p.informal, lang) - en[i]));
      const gap = median(pairs.map((p, i) => rawPolitenessZ(p.informal, lang, true) - en[i]));
      expect(Math.abs(gap)).toBeLessThan(Math.abs(gapRaw));
      expect(Math.abs(gap)).toBeLessThan(0.12);
      // And the draft score the UI shows uses it: the same content scores alike in both languages.
      const shown = median(pairs.map((p) => scoreText(p.informal, lang).scores.politeness - scoreText(p.en, 'en').scores.politeness));
      expect(Math.abs(shown)).toBeLessThan(0.05);
    });
  }
});
