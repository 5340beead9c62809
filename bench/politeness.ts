/**
 * Politeness against human ratings: the Stanford politeness corpus (Stack Exchange requests),
 * top-vs-bottom quartile accuracy and Spearman, on the dev and held-apart halves, beside request
 * length. The model is fitted on the dev half only (scripts/fit-politeness.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from './formality';
import { analyzeDraft } from '../lib/analysis/index';
import { cpuTimeFigure, politenessTransferFigure, stanfordFigure } from './multilingual';
import type { BenchModule } from './types';

const cpu = () => cpuTimeFigure((draft) => analyzeDraft({ draft, lang: 'en', target: null }));

export const politenessBench: BenchModule = {
  name: 'politeness',
  async run({ root }) {
    const dir = evalDir(root);
    if (!existsSync(join(dir, 'stanford-politeness-stackexchange.csv'))) {
      const msg = `evaluation data not found: stanford-politeness-stackexchange.csv in ${dir}`;
      return [{ key: 'politeness_stanford', value: { error: msg }, display: `skipped: ${msg}`, input: dir, baseline: 'n/a' }, cpu()];
    }
    return [stanfordFigure(dir), ...(existsSync(join(dir, 'cocoa-mt-train')) ? [politenessTransferFigure(dir)] : []), cpu()];
  },
};
