import { describe, expect, it } from 'vitest';
import weights from '../../lib/analysis/formality-weights.json';
import { FEATURE_NAMES, sentenceFeatures } from '../../lib/analysis/features';
import { detokenizePtb, formality, splitOf } from '../../bench/formality';
import { parseCsv } from '../../lib/csv';

describe('fitted formality weights', () => {
  it('were fitted on exactly the current feature set', () => {
    expect(weights.features).toEqual([...FEATURE_NAMES]);
    for (const k of ['mean', 'sd', 'weights'] as const) {
      expect(weights[k]).toHaveLength(FEATURE_NAMES.length);
      for (const v of weights[k]) expect(Number.isFinite(v)).toBe(true);
    }
    expect(weights.generatedBy).toBe('scripts/fit-formality.ts');
    expect(weights.predictionSd).toBeGreaterThan(0);
  });
  it('produces finite features for hostile input', () => {
    for (const t of ['', ' ', '!!!!!!', '😂'.repeat(500), 'a'.repeat(10_000), '\u0000\uffff', '。。。']) {
      for (const v of sentenceFeatures(t)) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('evaluation data plumbing', () => {
  it('undoes Penn-Treebank tokenization', () => {
    expect(detokenizePtb("Good Luck and do n't give up !")).toBe("Good Luck and don't give up!");
    expect(detokenizePtb("Well you ' re not born with it , are you ?")).toBe("Well you're not born with it, are you?");
    expect(detokenizePtb('Pimp ( 10 ) Successfully')).toBe('Pimp (10) Successfully');
  });
  it('reads quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n1,"x, ""y""\nz"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
    ]);
  });
  it('splits ids into two halves of similar size, independent of a prefix', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `id-${i}`);
    const dev = ids.filter((i) => splitOf(i) === 'dev').length;
    expect(dev).toBeGreaterThan(900);
    expect(dev).toBeLessThan(1100);
    const agree = ids.filter((i) => splitOf(i) === splitOf(`cv:${i}`)).length;
    expect(agree).toBeGreaterThan(900);
    expect(agree).toBeLessThan(1100);
  });
  it('says clearly when the evaluation folder is missing', async () => {
    const figs = await formality.run({ root: '/nonexistent/repo', quick: true });
    expect(figs.map((f) => f.key)).toEqual(['formality_rho_answers', 'formality_rho_squinky']);
    for (const f of figs) expect(f.display).toMatch(/evaluation data not found/);
  });
});
