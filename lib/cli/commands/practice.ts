/**
 * `cli practice questions <CC> [--from CC] [--year YYYY]`: the questions the knowledge base
 * generates for a country, one JSON object per line (with the keyed answer and its explanation).
 * `cli practice counts [--from CC] [--year YYYY]`: how many distinct questions each country gets,
 * one line per country, then a summary line (min / median / max / total).
 * `cli practice card <CC,CC,…> [--date YYYY-MM-DD] [--from CC]`: the daily card for a focus list.
 * `cli practice mix [CC,CC,…] [--from CC] [--year YYYY]`: the question mix per kind for each
 * country (default: every curated country), its trivia share and scenario count, checked
 * against issue #17's targets (at most 20% trivia, at least 24 scenario questions); exits 1 when
 * a curated country misses them.
 */
import { generateQuestions, isTrivia, TRIVIA_SHARE, type Question } from '../../practice/questions';
import { factsFor, practiceCountries } from '../../practice/facts';
import { pickDailyCard } from '../../practice/daily';
import type { CliCommand } from '../types';

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
}

const CC = /^[A-Za-z]{2}$/;

function line(q: Question) {
  return { id: q.id, country: q.country, kind: q.kind, prompt: q.prompt, choices: q.choices.map((c) => c.text), answer: q.answer, explanation: q.explanation, sources: q.sources };
}

export const practice: CliCommand = {
  summary: 'practice questions per country as JSON Lines, question counts, the daily card',
  usage:
    'practice questions <CC> [--from CC] [--year YYYY] | practice counts [--from CC] [--year YYYY] | practice mix [CC,CC,…] [--from CC] [--year YYYY] | practice card <CC,CC,…> [--date YYYY-MM-DD] [--from CC]',
  async run(args, io) {
    const [sub, target] = args;
    const from = option(args, '--from');
    const yearArg = option(args, '--year');
    const year = yearArg ? Number(yearArg) : new Date().getFullYear();
    const bad = (msg: string) => {
      io.stderr.write(`${msg}\nusage: ${this.usage}\n`);
      return 2;
    };
    if (from !== null && !CC.test(from)) return bad(`--from needs a country code, got ${from}`);
    if (!Number.isInteger(year) || year < 1970 || year > 2200) return bad(`--year needs a year, got ${yearArg}`);
    const home = from ? from.toUpperCase() : null;

    if (sub === 'questions') {
      if (!target || !CC.test(target)) return bad('practice questions needs a country code');
      const qs = generateQuestions(target.toUpperCase(), { home, year });
      if (qs.length === 0) {
        io.stderr.write(`no questions for ${target.toUpperCase()} (unknown country?)\n`);
        return 1;
      }
      for (const q of qs) io.stdout.write(JSON.stringify(line(q)) + '\n');
      return 0;
    }

    if (sub === 'counts') {
      const counts: number[] = [];
      for (const cc of practiceCountries()) {
        const qs = generateQuestions(cc, { home, year });
        const byKind: Record<string, number> = {};
        for (const q of qs) byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
        counts.push(qs.length);
        io.stdout.write(JSON.stringify({ country: cc, questions: qs.length, byKind }) + '\n');
      }
      const sorted = [...counts].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      io.stdout.write(
        JSON.stringify({
          summary: true,
          countries: counts.length,
          min: sorted[0],
          median,
          max: sorted[sorted.length - 1],
          total: counts.reduce((a, b) => a + b, 0),
          home,
          year,
        }) + '\n',
      );
      return 0;
    }

    if (sub === 'mix') {
      const list = target && !target.startsWith('--') ? target.split(',').filter(Boolean) : practiceCountries().filter((cc) => factsFor(cc)?.norms);
      if (list.some((c) => !CC.test(c))) return bad('practice mix needs a comma-separated list of country codes');
      let failing = 0;
      for (const cc of list.map((c) => c.toUpperCase())) {
        const qs = generateQuestions(cc, { home, year });
        const byKind: Record<string, number> = {};
        for (const q of qs) byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
        const trivia = qs.filter((q) => isTrivia(q.kind)).length;
        const curated = !!factsFor(cc)?.norms;
        const ok = !curated || (qs.length > 0 && trivia <= TRIVIA_SHARE * qs.length && qs.length - trivia >= 24);
        if (!ok) failing++;
        io.stdout.write(JSON.stringify({ country: cc, curated, questions: qs.length, scenario: qs.length - trivia, trivia, triviaShare: qs.length ? Math.round((trivia / qs.length) * 1000) / 1000 : null, meetsTargets: ok, byKind }) + '\n');
      }
      return failing ? 1 : 0;
    }

    if (sub === 'card') {
      const focus = (target ?? '').split(',').filter(Boolean);
      if (focus.length === 0 || focus.some((c) => !CC.test(c))) return bad('practice card needs a comma-separated list of country codes');
      const date = option(args, '--date') ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return bad(`--date needs YYYY-MM-DD, got ${date}`);
      const card = pickDailyCard(
        focus.map((c) => c.toUpperCase()),
        date,
        new Date(`${date}T12:00:00Z`),
        home,
      );
      io.stdout.write(JSON.stringify(card) + '\n');
      return card ? 0 : 1;
    }

    return bad(`unknown subcommand ${sub ?? ''}`);
  },
};
