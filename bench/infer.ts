/**
 * Recipient-country inference on the labelled set in test/fixtures/recipients/*.jsonl (written by
 * hand as realistic business emails and CRM records; see the README there). Reports top-1 and
 * top-3 accuracy where any country signal exists, per hard-case tag, the abstention behaviour, and
 * the time per context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inferRecipients, type InferInput } from '../lib/locale/index';
import { timeIt } from './stats';
import type { BenchModule, Figure } from './types';

export interface RecipientFixture extends InferInput {
  id: string;
  /** Expected country of the first recipient, or null where no country signal exists. */
  country: string | null;
  /** Expected country of every recipient, for multi-recipient items. */
  expected?: Array<string | null>;
  homeCountry?: string | null;
  tags: string[];
}

/** Every labelled context, in file order. */
export function loadRecipientFixtures(root: string): RecipientFixture[] {
  const dir = join(root, 'test/fixtures/recipients');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as RecipientFixture),
    );
}

export interface InferScore {
  /** Evaluated recipients with an expected country. */
  withSignal: number;
  top1: number;
  top3: number;
  /** Recipients with an expected country that were reported as abstaining. */
  abstainWithSignal: number;
  /** Accuracy of the answers given (not abstained) where a signal exists. */
  top1Answered: number;
  withoutSignal: number;
  abstainWithoutSignal: number;
  /** Confident answers (not abstained) where the label says there is no signal. */
  falseCountryWithoutSignal: number;
  byTag: Record<string, { n: number; top1: number }>;
  countries: number;
  misses: Array<{ id: string; expected: string; got: string | null; p: number }>;
}

/** Run the inference over the fixtures and score it. */
export function scoreInference(fixtures: RecipientFixture[]): InferScore {
  let withSignal = 0, top1 = 0, top3 = 0, abstainWith = 0, answered = 0, answeredRight = 0;
  let withoutSignal = 0, abstainWithout = 0, falseCountry = 0;
  const byTag: Record<string, { n: number; hit: number }> = {};
  const countries = new Set<string>();
  const misses: InferScore['misses'] = [];
  for (const f of fixtures) {
    const result = inferRecipients(f, { homeCountry: f.homeCountry ?? null });
    const expected = f.expected ?? [f.country];
    expected.forEach((exp, i) => {
      const r = result.recipients[i];
      if (!r) return;
      const top = r.candidates[0];
      if (exp === null) {
        withoutSignal++;
        if (r.abstain) abstainWithout++;
        else falseCountry++;
        return;
      }
      countries.add(exp);
      withSignal++;
      const hit = top?.country === exp;
      if (hit) top1++;
      else misses.push({ id: `${f.id}#${i}`, expected: exp, got: top?.country ?? null, p: top?.probability ?? 0 });
      if (r.candidates.slice(0, 3).some((c) => c.country === exp)) top3++;
      if (r.abstain) abstainWith++;
      else {
        answered++;
        if (hit) answeredRight++;
      }
      for (const t of f.tags) {
        const b = (byTag[t] ??= { n: 0, hit: 0 });
        b.n++;
        if (hit) b.hit++;
      }
    });
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    withSignal,
    top1: r3(top1 / withSignal),
    top3: r3(top3 / withSignal),
    abstainWithSignal: r3(abstainWith / withSignal),
    top1Answered: r3(answeredRight / Math.max(1, answered)),
    withoutSignal,
    abstainWithoutSignal: r3(abstainWithout / Math.max(1, withoutSignal)),
    falseCountryWithoutSignal: r3(falseCountry / Math.max(1, withoutSignal)),
    byTag: Object.fromEntries(Object.entries(byTag).map(([t, b]) => [t, { n: b.n, top1: r3(b.hit / b.n) }])),
    countries: countries.size,
    misses,
  };
}

export const inferBench: BenchModule = {
  name: 'infer',
  async run({ root, quick }) {
    const fixtures = loadRecipientFixtures(root);
    const s = scoreInference(fixtures);
    const input = `${fixtures.length} hand-written contexts in test/fixtures/recipients (${s.withSignal} recipients with a country over ${s.countries} countries, ${s.withoutSignal} without any country signal)`;
    const hard = ['free-mail-foreign-thread', 'com-foreign-phone', 'vanity', 'ch-multilingual', 'be-multilingual', 'latam-vs-es', 'br-vs-pt', 'cjk-name-english'];
    let i = 0;
    const t = timeIt(() => inferRecipients(fixtures[i++ % fixtures.length]), { warmup: 30, runs: quick ? 100 : 600 });
    const figures: Figure[] = [
      { key: 'infer_top1', value: s.top1, display: `${(s.top1 * 100).toFixed(1)}% (${s.withSignal} recipients with a signal)`, input, baseline: 'target ≥ 0.95 (issue #4)' },
      { key: 'infer_top3', value: s.top3, display: `${(s.top3 * 100).toFixed(1)}%`, input, baseline: 'none' },
      { key: 'infer_top1_answered', value: s.top1Answered, display: `${(s.top1Answered * 100).toFixed(1)}% of the answers not abstained`, input, baseline: 'none' },
      { key: 'infer_abstain_with_signal', value: s.abstainWithSignal, display: `${(s.abstainWithSignal * 100).toFixed(1)}% abstained where a signal exists`, input, baseline: 'lower is better' },
      { key: 'infer_abstain_no_signal', value: s.abstainWithoutSignal, display: `${(s.abstainWithoutSignal * 100).toFixed(1)}% abstained where no signal exists (${s.withoutSignal})`, input, baseline: 'higher is better; a sender-country default would score 0' },
      { key: 'infer_false_country_no_signal', value: s.falseCountryWithoutSignal, display: `${(s.falseCountryWithoutSignal * 100).toFixed(1)}% named a country without a signal`, input, baseline: 'lower is better' },
      {
        key: 'infer_top1_by_tag',
        value: Object.fromEntries(hard.map((h) => [h, s.byTag[h] ?? null])),
        display: hard.map((h) => `${h} ${s.byTag[h] ? `${(s.byTag[h].top1 * 100).toFixed(0)}% of ${s.byTag[h].n}` : '–'}`).join('; '),
        input,
        baseline: 'none',
      },
      { key: 'infer_us', value: Math.round(t.p50 * 1000), display: `p50 ${(t.p50 * 1000).toFixed(0)} µs, p95 ${(t.p95 * 1000).toFixed(0)} µs per context`, input, baseline: 'none' },
    ];
    return figures;
  },
};
