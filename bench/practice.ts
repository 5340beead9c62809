/**
 * Practice (issue #8): how many distinct questions the knowledge base generates per country
 * (min / median / max / total, with and without a home country for the contrasts), and timings
 * (p50/p95 after warm-up) of question generation, one answer lookup, the daily card, and the
 * background's `practiceToday` / `practiceAnswer` on fake-indexeddb with three focus countries.
 */
import 'fake-indexeddb/auto';
import { openDb } from '../lib/db/schema';
import { pickDailyCard } from '../lib/practice/daily';
import { practiceCountries } from '../lib/practice/facts';
import { generateQuestions, questionById } from '../lib/practice/questions';
import { practiceAnswer, practiceToday } from '../lib/practice/service';
import { setFocus } from '../lib/db/practice';
import { timeIt } from './stats';
import type { BenchModule, Figure } from './types';

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function summary(counts: number[]) {
  const s = [...counts].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { countries: s.length, min: s[0], median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1], total: s.reduce((a, b) => a + b, 0) };
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { p50: t[Math.floor(t.length / 2)], p95: t[Math.min(t.length - 1, Math.ceil(t.length * 0.95) - 1)] };
}

export const practiceBench: BenchModule = {
  name: 'practice',
  async run({ quick }) {
    const figures: Figure[] = [];
    const year = 2026;
    const codes = practiceCountries();
    for (const home of [null, 'DE']) {
      const counts = codes.map((cc) => generateQuestions(cc, { home, year }).length);
      const s = summary(counts);
      figures.push({
        key: `practice.questionsPerCountry${home ? `.from${home}` : ''}`,
        value: s,
        display: `min ${s.min} / median ${s.median} / max ${s.max}, total ${s.total} over ${s.countries} countries`,
        input: `every shipped country, holidays of ${year}${home ? `, home ${home} (adds Hofstede contrasts)` : ', no home country'}`,
        baseline: 'none (first measurement)',
      });
    }

    const runs = quick ? 20 : 100;
    const gen = timeIt(() => generateQuestions('JP', { home: 'DE', year }), { warmup: 5, runs });
    figures.push({ key: 'practice.generateJP', value: gen, display: `p50 ${ms(gen.p50)}, p95 ${ms(gen.p95)}`, input: 'all questions for JP from DE, 2026 (warm caches)', baseline: 'none' });
    const lookup = timeIt(() => questionById('JP:contrast:uai:DE', year), { warmup: 5, runs });
    figures.push({ key: 'practice.questionById', value: lookup, display: `p50 ${ms(lookup.p50)}, p95 ${ms(lookup.p95)}`, input: 'JP:contrast:uai:DE', baseline: 'none' });
    const card = timeIt(() => pickDailyCard(['JP', 'DE', 'SA'], '2026-03-02', new Date(Date.UTC(2026, 2, 2, 9)), 'GB'), { warmup: 5, runs });
    figures.push({ key: 'practice.dailyCard', value: card, display: `p50 ${ms(card.p50)}, p95 ${ms(card.p95)}`, input: 'focus JP, DE, SA', baseline: 'none' });

    const db = openDb(`glocal-bench-practice-${process.pid}`);
    for (const cc of ['JP', 'DE', 'SA']) await setFocus(db, { country: cc, pinned: true });
    const now = new Date(2026, 2, 2, 10);
    const today = await timeAsync(() => practiceToday(db, now), quick ? 5 : 20);
    figures.push({ key: 'practice.today', value: today, display: `p50 ${ms(today.p50)}, p95 ${ms(today.p95)}`, input: 'practiceToday, 3 focus countries, fake-indexeddb', baseline: 'none' });
    const session = (await practiceToday(db, now)).session;
    let i = 0;
    const answer = await timeAsync(() => practiceAnswer(db, session[i++ % session.length].id, 0, now), quick ? 5 : 20);
    figures.push({ key: 'practice.answer', value: answer, display: `p50 ${ms(answer.p50)}, p95 ${ms(answer.p95)}`, input: 'practiceAnswer incl. progress, fake-indexeddb', baseline: 'none' });
    db.close();
    return figures;
  },
};
