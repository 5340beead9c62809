/**
 * Draft analysis speed: `analyzeDraft` on drafts of about 200, 2,000 and 20,000 characters, beside
 * two prose linters run in the same process on the same drafts: retext (retext-english +
 * retext-readability + retext-equality) and write-good. Ratios are baseline time / glocal time
 * (above 1: glocal is faster). Target: 2,000 characters, median < 2 ms and p95 < 5 ms.
 */
import { retext } from 'retext';
import retextEquality from 'retext-equality';
import retextReadability from 'retext-readability';
import { analyzeDraft } from '../lib/analysis/index';
import { communicationTarget, getProfile } from '../lib/profiles/index';
import type { CommunicationTarget } from '../lib/protocol';
import { timeIt } from './stats';
import type { BenchModule, Figure } from './types';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

// write-good ships no types; this is the one function it exports.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => Array<{ index: number; offset: number; reason: string }>;

// Sentences written for this benchmark, mixing registers and the markers the rules look for, so
// every rule does real work. Drafts are built by cycling them to the wanted size.
const BODY = [
  'Thank you for your message and for the detailed proposal you sent last week.',
  "We're gonna need the final numbers ASAP, so can you send me a ballpark figure by Friday?",
  'I would appreciate it if you could review the attached contract before our meeting on 14 March.',
  'Send me the updated slides too.',
  'The previous version was wrong and the delivery schedule is unacceptable!!',
  'Perhaps we could touch base tomorrow to discuss the low-hanging fruit in more detail.',
  'Our team is happy to support you with the installation and the training sessions.',
  'lol I know, it is a lot of work :)',
  'Please let me know whether the revised timeline works for your colleagues in Osaka.',
  'We have prepared three options, and each of them includes the maintenance costs for two years.',
];

/** A draft of about `size` characters: greeting, cycled body sentences, sign-off. */
export function makeDraft(size: number): string {
  const head = 'Hi Kenji,\n\n';
  const tail = '\n\nCheers,\nBob';
  let body = '';
  for (let i = 0; head.length + body.length + tail.length < size; i++) {
    body += BODY[i % BODY.length] + (i % 4 === 3 ? '\n\n' : ' ');
  }
  return (head + body.trim() + tail).slice(0, Math.max(size, head.length + tail.length));
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A full garbage collection, so garbage left by earlier modules is not collected inside the
 * timed runs. `gc` is exposed at run time (npm run bench does not pass --expose-gc).
 */
function fullGc(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Without it the time-based warm-up below still lets the collector settle.
  }
}

export const analyze: BenchModule = {
  name: 'analyze',
  async run({ quick }) {
    const jp = getProfile('JP');
    const us = getProfile('US');
    const target: CommunicationTarget | null = jp ? communicationTarget(jp, us) : null;
    const now = new Date('2026-03-11T10:00:00Z');
    const recipient = { name: 'Kenji Tanaka', email: 'kenji.tanaka@example.jp', country: 'JP' };
    const retextProc = retext().use(retextReadability).use(retextEquality);

    const sizes = [200, 2_000, 20_000];
    const drafts = sizes.map(makeDraft);
    const runsFor = (size: number) => (quick ? (size > 5_000 ? 20 : 60) : size > 5_000 ? 60 : 300);
    const warmup = quick ? 5 : 30;
    // Glocal first for every size, then each baseline: the linters allocate heavily, and their
    // garbage collections would otherwise land in glocal's timings.
    // Earlier modules in the same process (the formality benchmark scores 12,000 sentences) leave
    // garbage behind; a time-based warm-up lets the collector settle before anything is timed.
    const settle = (fn: () => unknown, ms: number) => {
      fullGc();
      const end = performance.now() + ms;
      while (performance.now() < end) fn();
    };
    const g = sizes.map((size, i) => {
      const fn = () => analyzeDraft({ draft: drafts[i], target, recipient, now, lang: 'en' });
      settle(fn, quick ? 100 : 500);
      return timeIt(fn, { warmup, runs: runsFor(size) });
    });
    const rt = sizes.map((size, i) =>
      timeIt(() => retextProc.runSync(retextProc.parse(drafts[i])), { warmup: 5, runs: Math.max(10, Math.round(runsFor(size) / 5)) }),
    );
    const wg = sizes.map((size, i) => timeIt(() => writeGood(drafts[i]), { warmup, runs: runsFor(size) }));
    const suggestionsAt2k = analyzeDraft({ draft: drafts[1], target, recipient, now, lang: 'en' }).suggestions.length;
    const p50: Record<string, Record<string, number>> = {};
    const p95: Record<string, Record<string, number>> = {};
    sizes.forEach((size, i) => {
      const row = (k: 'p50' | 'p95') => ({
        glocal: r3(g[i][k]),
        retext: r3(rt[i][k]),
        write_good: r3(wg[i][k]),
        retext_ratio: r3(rt[i][k] / g[i][k]),
        write_good_ratio: r3(wg[i][k] / g[i][k]),
      });
      p50[String(size)] = row('p50');
      p95[String(size)] = row('p95');
    });
    const input = `synthetic English drafts of 200 / 2,000 / 20,000 characters to a JP recipient (target from lib/profiles); ${suggestionsAt2k} suggestions at 2,000 chars; Node ${process.version}`;
    const baseline = 'retext (english + readability + equality) and write-good on the same drafts in the same process; *_ratio = baseline / glocal';
    const figures: Figure[] = [
      {
        key: 'analyze_p50_ms',
        value: p50,
        display: `2k chars: ${p50['2000'].glocal} ms median (target < 2); 200: ${p50['200'].glocal}, 20k: ${p50['20000'].glocal}; retext ×${p50['2000'].retext_ratio}, write-good ×${p50['2000'].write_good_ratio}`,
        input,
        baseline,
      },
      {
        key: 'analyze_p95_ms',
        value: p95,
        display: `2k chars: ${p95['2000'].glocal} ms p95 (target < 5); 200: ${p95['200'].glocal}, 20k: ${p95['20000'].glocal}`,
        input,
        baseline,
      },
    ];
    return figures;
  },
};
