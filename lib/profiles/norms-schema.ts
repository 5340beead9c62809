/**
 * The shape of the curated communication and negotiation norms in data/curated/norms/*.json (raw,
 * committed, written in the project's own words). The build step validates every file against
 * this schema and the tests do so again, so a typo in a hand-written entry fails loudly instead
 * of shipping.
 *
 * One source of truth per topic: each topic carries a machine-checkable **stance** from a fixed
 * vocabulary (`STANCES`), optional free text that refines it, and its own citation. Everything
 * the product says about a topic (brief, comparison, suggestions, practice) is derived from that
 * stance, so two statements about one topic cannot disagree.
 */
import { z } from 'zod';

/**
 * A citation key: `<work>:<part>` where `<work>` is a key of data/curated/literature.json and
 * `<part>` one of its `parts`, or `country` for a country chapter the work is listed as having.
 * A trailing `~` marks a framework or regional chapter applied to this country by the editors
 * (the work does not place the country itself); the citation then says so.
 */
export const CiteKey = z.string().regex(/^[a-z]+\d{4}:[a-z-]+~?$/, 'a citation key, e.g. meyer2014:disagreeing or morrison2006:country');
export type CiteKey = z.infer<typeof CiteKey>;
const cites = z.array(CiteKey).min(1).max(6);

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

/**
 * The stance vocabulary per topic, ordered along the scale. The two ends of a scale are opposite
 * stances; `holistic` (persuading) is off the principles/applications scale and opposes neither.
 */
export const STANCES = {
  trust: ['task', 'mixed', 'relationship'],
  deciding: ['consensual', 'consultative', 'top-down'],
  disagreeing: ['open', 'measured', 'avoided'],
  feedback: ['direct', 'balanced', 'indirect'],
  silence: ['comfortable', 'neutral', 'uncomfortable'],
  time: ['linear', 'mixed', 'flexible'],
  persuading: ['principles-first', 'mixed', 'applications-first', 'holistic'],
  bargaining: ['wide', 'moderate', 'narrow'],
  contract: ['final', 'framework'],
  team: ['rank-matched', 'expertise'],
  language: ['english', 'local-appreciated', 'interpreter'],
  followUp: ['same-day', 'few-days'],
  copying: ['routine', 'escalation'],
  gifts: ['customary', 'modest', 'restricted'],
  smallTalk: ['extended', 'brief'],
  address: ['immediate', 'soon', 'invited', 'rare'],
} as const;
export type Topic = keyof typeof STANCES;
export type Stance<T extends Topic = Topic> = (typeof STANCES)[T][number];
export const TOPICS = Object.keys(STANCES) as Topic[];

/** Pairs of stances that contradict each other, per topic. */
export const OPPOSITES: Record<Topic, ReadonlyArray<readonly [string, string]>> = {
  trust: [['task', 'relationship']],
  deciding: [['consensual', 'top-down']],
  disagreeing: [['open', 'avoided']],
  feedback: [['direct', 'indirect']],
  silence: [['comfortable', 'uncomfortable']],
  time: [['linear', 'flexible']],
  persuading: [['principles-first', 'applications-first']],
  bargaining: [['wide', 'narrow']],
  contract: [['final', 'framework']],
  team: [['rank-matched', 'expertise']],
  language: [['english', 'interpreter']],
  followUp: [['same-day', 'few-days']],
  copying: [['routine', 'escalation']],
  gifts: [['customary', 'restricted']],
  smallTalk: [['extended', 'brief']],
  address: [
    ['immediate', 'rare'],
    ['immediate', 'invited'],
  ],
};

/** True when two stances on one topic contradict each other. */
export function opposite(topic: Topic, a: string, b: string): boolean {
  return OPPOSITES[topic].some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

const stanceOf = <T extends Topic>(t: T) => z.enum(STANCES[t] as unknown as [string, ...string[]]);
/** A topic entry: the stance, optional text refining it (never contradicting it), its citations. */
const topic = <T extends Topic>(t: T) => z.object({ stance: stanceOf(t), text: text.optional(), cite: cites }).strict();

export const CHANNELS = ['email', 'phone', 'whatsapp', 'wechat', 'line', 'kakaotalk', 'telegram', 'viber', 'zalo', 'teams'] as const;
export type Channel = (typeof CHANNELS)[number];

export const Topics = z
  .object({
    trust: topic('trust'),
    deciding: topic('deciding').extend({ who: text.optional(), timeline: z.enum(['quick', 'moderate', 'slow']) }),
    disagreeing: topic('disagreeing'),
    feedback: topic('feedback'),
    silence: topic('silence'),
    time: topic('time').extend({ note: text.optional() }),
    persuading: topic('persuading'),
    bargaining: topic('bargaining'),
    contract: topic('contract'),
    team: topic('team'),
    language: topic('language'),
    followUp: topic('followUp').extend({ channels: z.array(z.enum(CHANNELS)).min(1) }),
    copying: topic('copying'),
    gifts: topic('gifts'),
    smallTalk: z
      .object({
        stance: stanceOf('smallTalk'),
        topics: z.array(z.string().min(2)).min(2),
        taboos: z.array(z.string().min(2)).min(1),
        cite: cites,
      })
      .strict(),
    /** Meeting etiquette (cards, hospitality, seating); free text, no stance. */
    meetings: z.object({ text, cite: cites }).strict().optional(),
    /** A legal or compliance note (sanctions, export control); no stance. */
    compliance: z.object({ text, cite: cites }).strict().optional(),
  })
  .strict();
export type Topics = z.infer<typeof Topics>;

export const NormsEntry = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    /** The works the entry as a whole draws on; each topic cites its own. */
    cite: cites,
    address: z
      .object({
        titles: text,
        honorifics: text,
        firstNames: FirstNameReadiness,
        nameOrder: z.enum(['given-first', 'surname-first']),
        /** The formal address form with placeholders, e.g. "<Surname>様" or "Herr/Frau <Surname>". */
        pattern: z.string().min(3).max(120),
        cite: cites,
      })
      .strict(),
    greeting: z.object({ local: z.string().min(2), lang: z.string().regex(/^[a-z]{2,3}$/), en: z.string().min(2) }).strict(),
    signOff: z.object({ local: z.string().min(2), en: z.string().min(2) }).strict(),
    /** Default formality of a first business email, 0 (casual) … 1 (very formal). Editors' estimate. */
    formality: unit,
    context: z.enum(['low', 'medium', 'high']),
    /** How plainly negative messages are stated, 0 (very indirect) … 1 (very direct). Editors' estimate. */
    directness: unit,
    topics: Topics,
  })
  .strict();
export type NormsEntry = z.infer<typeof NormsEntry>;

export const NormsFile = z.object({ _about: z.string().optional(), entries: z.array(NormsEntry).min(1) }).strict();

/** The literature table (data/curated/literature.json). */
export const LiteratureEntry = z
  .object({
    cite: z.string().min(10),
    parts: z.record(z.string(), z.string().min(3)).optional(),
    countryChapters: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    covers: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  })
  .strict();
export const Literature = z.record(z.string().regex(/^[a-z]+\d{4}$/), LiteratureEntry);
export type Literature = z.infer<typeof Literature>;

/**
 * Resolve a citation key for `country` against the literature table: the work's full reference
 * and a chapter-level `where`. Throws on an unknown work or part, or on a country chapter the
 * work does not have, so an invented citation fails the build.
 */
export function resolveCite(key: string, country: string, countryName: string, lit: Literature): { ref: string; cite: string; where: string } {
  const m = /^([a-z]+\d{4}):([a-z-]+)(~?)$/.exec(key);
  if (!m) throw new Error(`bad citation key ${key}`);
  const [, ref, part, applied] = m;
  const work = lit[ref];
  if (!work) throw new Error(`${country}: unknown work ${ref}`);
  let where: string;
  if (part === 'country') {
    if (!work.countryChapters?.includes(country)) throw new Error(`${country}: ${ref} has no country chapter on ${country}`);
    where = `country chapter on ${countryName}`;
  } else {
    const p = work.parts?.[part];
    if (!p) throw new Error(`${country}: ${ref} has no part '${part}'`);
    if (!applied && work.covers && !work.covers.includes(country)) throw new Error(`${country}: ${ref} does not cover ${country}; mark the key with ~`);
    where = p;
  }
  if (applied) where += ` (applied to ${countryName} by the editors; the work does not place it individually)`;
  return { ref, cite: work.cite, where };
}
