/**
 * `cli analyze --jsonl`: `{id, draft, to, from?, lang?, name?, email?, now?, readers?, firstContact?, off?}`
 * per line in, where `to` and `from` are ISO country codes, `name`/`email` the recipient's,
 * `readers` every reader `{name?, email?, country?, field?}` (a mixed thread), `firstContact` true
 * for a new conversation and `off` rule ids to turn off; out `{id, lang, formality, target,
 * suggestions: [{start, end, category, severity, rule, message, messageKey?, params?, replacement?}]}`.
 * The target comes from the shipped profiles (lib/profiles), exactly as in the extension.
 */
import { z } from 'zod';
import { analyzeDraft } from '../../analysis/index';
import { communicationTarget, getProfile } from '../../profiles/index';
import { CountryCode } from '../../protocol';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({
  id: z.unknown().optional(),
  draft: z.string().max(200_000),
  to: z.string().transform((s) => s.trim().toUpperCase()).pipe(CountryCode),
  from: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(CountryCode)
    .optional(),
  lang: z.string().max(35).optional(),
  name: z.string().max(500).optional(),
  email: z.string().max(320).optional(),
  /** ISO instant for deadline and send-time checks; default: now. */
  now: z.iso.datetime({ offset: true }).optional(),
  readers: z
    .array(
      z.object({
        name: z.string().max(500).optional(),
        email: z.string().max(320).optional(),
        country: z.string().transform((s) => s.trim().toUpperCase()).pipe(CountryCode).optional(),
        field: z.string().max(10).optional(),
      }),
    )
    .max(100)
    .optional(),
  firstContact: z.boolean().optional(),
  off: z.array(z.string().max(60)).max(100).optional(),
});

export const analyze: CliCommand = {
  summary: 'analyse a draft for a recipient country: scores and suggestions',
  usage: 'analyze --jsonl < lines.jsonl  ({id, draft, to, from?, lang?, name?, email?, now?, readers?, firstContact?, off?} per line)',
  async run(args, io) {
    if (!args.includes('--jsonl') || args.length !== 1) {
      io.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const { errors } = await runJsonl(io.stdin, io.stdout, Line, (v) => {
      const to = getProfile(v.to);
      if (!to) throw new Error(`no profile for country ${v.to}`);
      const from = v.from ? getProfile(v.from) : null;
      const target = communicationTarget(to, from);
      const r = analyzeDraft({
        draft: v.draft,
        lang: v.lang,
        target,
        recipient: { name: v.name, email: v.email, country: v.to },
        readers: v.readers,
        firstContact: v.firstContact,
        disabledRules: v.off ? new Set(v.off) : undefined,
        now: v.now ? new Date(v.now) : new Date(),
      });
      return {
        id: v.id ?? null,
        lang: r.lang,
        formality: r.scores.formality,
        scores: r.scores,
        target: {
          country: target.country,
          from: target.from,
          formality: target.formality,
          directness: target.directness,
          firstNames: target.firstNames,
          relationship: target.relationship,
        },
        suggestions: r.suggestions.map((s) => ({
          start: s.start,
          end: s.end,
          category: s.category,
          severity: s.severity,
          ...(s.rule ? { rule: s.rule } : {}),
          message: s.message,
          ...(s.messageKey ? { messageKey: s.messageKey, params: s.params } : {}),
          ...(s.replacement !== undefined ? { replacement: s.replacement } : {}),
        })),
        ...(r.analysedChars < r.totalChars ? { analysedChars: r.analysedChars, totalChars: r.totalChars } : {}),
      };
    });
    return errors > 0 ? 1 : 0;
  },
};
