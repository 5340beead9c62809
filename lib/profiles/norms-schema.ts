/**
 * The shape of the curated communication norms in data/curated/norms/*.json (raw, committed,
 * written in the project's own words). The build step validates every file against this schema
 * and the tests do so again, so a typo in a hand-written entry fails loudly instead of shipping.
 */
import { z } from 'zod';

/** A chapter-level pointer into a work listed in data/curated/literature.json. */
export const Citation = z.object({
  ref: z.string().regex(/^[a-z]+\d{4}$/, 'a key of data/curated/literature.json, e.g. meyer2014'),
  /** Chapter or part, by title or country chapter. Never a page number we cannot check. */
  where: z
    .string()
    .min(3)
    .refine((s) => !/\bp{1,2}\.\s*\d/.test(s), 'cite chapters, not page numbers'),
});
export type Citation = z.infer<typeof Citation>;

const text = z.string().min(10).max(600);
const unit = z.number().min(0).max(1);

/**
 * How soon first names are used with a new business contact:
 * `immediate` from the first message; `soon` after a few exchanges or once the other side does;
 * `invited` only when the other person offers; `rare` titles and surnames stay for a long time.
 */
export const FirstNameReadiness = z.enum(['immediate', 'soon', 'invited', 'rare']);
export type FirstNameReadiness = z.infer<typeof FirstNameReadiness>;

export const NormsEntry = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    cite: z.array(Citation).min(2),
    address: z
      .object({
        titles: text,
        honorifics: text,
        firstNames: FirstNameReadiness,
        nameOrder: z.enum(['given-first', 'surname-first']),
        /** The formal address form with placeholders, e.g. "<Surname>様" or "Herr/Frau <Surname>". */
        pattern: z.string().min(3).max(120),
      })
      .strict(),
    greeting: z.object({ local: z.string().min(2), lang: z.string().regex(/^[a-z]{2,3}$/), en: z.string().min(2) }).strict(),
    signOff: z.object({ local: z.string().min(2), en: z.string().min(2) }).strict(),
    /** Default formality of a first business email, 0 (casual) … 1 (very formal). */
    formality: unit,
    context: z.enum(['low', 'medium', 'high']),
    /** How plainly negative messages are stated, 0 (very indirect) … 1 (very direct). */
    directness: unit,
    negativeFeedback: text,
    decisions: z.object({ style: z.enum(['consensual', 'top-down', 'mixed']), text }).strict(),
    trust: z.object({ basis: z.enum(['task', 'relationship', 'mixed']), text }).strict(),
    time: z.object({ style: z.enum(['linear', 'flexible', 'mixed']), text }).strict(),
    disagreement: text,
    etiquette: z.object({ gifts: text, meetings: text }).strict(),
    smallTalk: z.object({ topics: z.array(z.string().min(2)).min(2), taboos: z.array(z.string().min(2)).min(1) }).strict(),
  })
  .strict();
export type NormsEntry = z.infer<typeof NormsEntry>;

export const NormsFile = z.object({ _about: z.string().optional(), entries: z.array(NormsEntry).min(1) }).strict();
