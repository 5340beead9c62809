/**
 * The `CountryProfile` schema. Every datum a user can see carries its provenance as
 * `{ value, source, version, kind }`; a missing datum is `null`, never a guess.
 *
 * kind: `measured` (survey data as published), `estimated` (a stand-in, e.g. a regional score
 * shown for a member country), `derived` (computed by a documented rule from other data),
 * `curated` (written or chosen by people: CLDR, tzdb, the project's own norms).
 */
import { z } from 'zod';
import { CountryCode, Kind } from '../protocol';
import { FirstNameReadiness } from './norms-schema';

/** A resolved citation: the work's full reference and a chapter-level pointer. */
export const ProfileCitation = z.object({ ref: z.string(), cite: z.string(), where: z.string() }).strict();
export type ProfileCitation = z.infer<typeof ProfileCitation>;

/**
 * One curated topic as shipped: the stance (see STANCES in norms-schema), optional English text
 * refining it, topic-specific extras, and its own citations. `kind` is always `curated`.
 */
export const TopicValue = z
  .object({
    stance: z.string().nullable(),
    text: z.string().optional(),
    note: z.string().optional(),
    who: z.string().optional(),
    timeline: z.enum(['quick', 'moderate', 'slow']).optional(),
    channels: z.array(z.string()).optional(),
    topics: z.array(z.string()).optional(),
    taboos: z.array(z.string()).optional(),
    /** Citation keys (`meyer2014:disagreeing`); resolve with `resolveCite` against LITERATURE. */
    cite: z.array(z.string()),
  })
  .strict();
export type TopicValue = z.infer<typeof TopicValue>;
/** A curated topic with its provenance wrapper (kind `curated`). */
export const ProfileTopic = z.object({ value: TopicValue, source: z.string().min(1).max(500), version: z.string().min(1).max(100), kind: Kind }).strict();
export type ProfileTopic = z.infer<typeof ProfileTopic>;

/** A value with its provenance, or null when the source has nothing. */
export function sourced<T extends z.ZodTypeAny>(value: T) {
  return z
    .object({
      value,
      source: z.string().min(1).max(500),
      version: z.string().min(1).max(100),
      kind: Kind,
    })
    .strict()
    .nullable();
}
export type Sourced<T> = { value: T; source: string; version: string; kind: Kind } | null;

const score100 = sourced(z.number().min(0).max(100));
const score7 = sourced(z.number().min(1).max(7));

export const HOFSTEDE_KEYS = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'] as const;
export type HofstedeKey = (typeof HOFSTEDE_KEYS)[number];

export const GLOBE_KEYS = [
  'uncertaintyAvoidance',
  'futureOrientation',
  'powerDistance',
  'institutionalCollectivism',
  'humaneOrientation',
  'performanceOrientation',
  'inGroupCollectivism',
  'genderEgalitarianism',
  'assertiveness',
] as const;
export type GlobeKey = (typeof GLOBE_KEYS)[number];

export const HofstedeScores = z.object({ pdi: score100, idv: score100, mas: score100, uai: score100, lto: score100, ivr: score100 }).strict();
export type HofstedeScores = z.infer<typeof HofstedeScores>;

export const GlobeScores = z.object(Object.fromEntries(GLOBE_KEYS.map((k) => [k, score7])) as Record<GlobeKey, typeof score7>).strict();
export type GlobeScores = z.infer<typeof GlobeScores>;

export const GlobeSample = z
  .object({
    sample: z.string(),
    note: z.string().nullable(),
    cluster: sourced(z.string()),
    practices: GlobeScores,
    values: GlobeScores,
  })
  .strict();
export type GlobeSample = z.infer<typeof GlobeSample>;

const str = sourced(z.string());

export const ProfileNorms = z
  .object({
    /** Full references with chapter-level pointers; the provenance of every curated field below. */
    citations: z.array(z.object({ ref: z.string(), cite: z.string(), where: z.string() }).strict()),
    titles: str,
    honorifics: str,
    firstNames: sourced(FirstNameReadiness),
    greeting: sourced(z.object({ local: z.string(), lang: z.string(), en: z.string() }).strict()),
    signOff: sourced(z.object({ local: z.string(), en: z.string() }).strict()),
    formality: sourced(z.number().min(0).max(1)),
    context: sourced(z.enum(['low', 'medium', 'high'])),
    directness: sourced(z.number().min(0).max(1)),
    negativeFeedback: str,
    decisions: sourced(z.object({ style: z.enum(['consensual', 'top-down', 'mixed']), text: z.string() }).strict()),
    trust: sourced(z.object({ basis: z.enum(['task', 'relationship', 'mixed']), text: z.string() }).strict()),
    time: sourced(z.object({ style: z.enum(['linear', 'flexible', 'mixed']), text: z.string() }).strict()),
    disagreement: str,
    etiquette: sourced(z.object({ gifts: z.string(), meetings: z.string() }).strict()),
    smallTalk: sourced(z.object({ topics: z.array(z.string()), taboos: z.array(z.string()) }).strict()),
    /** One entry per curated topic (trust, deciding, …, compliance), each with its own citation.
     * The legacy fields above are derived from these. Defaulted so profiles saved before it parse. */
    topics: z.record(z.string(), ProfileTopic).default({}),
  })
  .strict();
export type ProfileNorms = z.infer<typeof ProfileNorms>;

export const CountryProfile = z
  .object({
    country: CountryCode,
    /** English name (CLDR); use `countryName` for the UI language. */
    name: z.string().min(1).max(200),
    /** Version of the shipped data set this profile came from, or `user` for a custom profile. */
    dataVersion: z.string().min(1).max(40),
    dimensions: z
      .object({
        /** The country's own Hofstede scores; null where the matrix has no value. */
        hofstede: HofstedeScores,
        /** Hofstede's matrix row ctr code for this country, when it has one. */
        hofstedeCtr: z.string().nullable(),
        /** A labelled regional fallback (e.g. "Arab countries"), never merged into `hofstede`. */
        hofstedeRegion: z.object({ region: z.string(), label: z.string(), scores: HofstedeScores }).strict().nullable(),
        /** Sub-national rows (e.g. Switzerland French/German), kept separate. */
        hofstedeSubnational: z.array(z.object({ ctr: z.string(), label: z.string(), scores: HofstedeScores }).strict()),
        globe: GlobeSample.nullable(),
        globeSubsamples: z.array(GlobeSample),
      })
      .strict(),
    languages: z
      .object({
        primary: str,
        official: sourced(z.array(z.string())),
        business: sourced(z.array(z.string())),
      })
      .strict(),
    calendar: z
      .object({
        timeZones: sourced(z.array(z.string())),
        primaryTimeZone: str,
        /** 0 = Sunday … 6 = Saturday. */
        weekend: sourced(z.array(z.number().int().min(0).max(6))),
        firstDay: sourced(z.number().int().min(0).max(6)),
        /** Public holidays are computed on demand by lib/profiles/calendar.ts from this provider. */
        holidays: str,
      })
      .strict(),
    names: z
      .object({
        order: sourced(z.enum(['given-first', 'surname-first'])),
        /** The formal address pattern, e.g. "<Surname>様", "Frau/Herr <Surname>". */
        addressPattern: str,
        formalGreeting: str,
        formalSignOff: str,
        /** The language of the formal greeting and sign-off (ISO 639). Added after the first
         * release: defaulted so custom profiles saved before it still parse. Add new fields the
         * same way. */
        formalLanguage: str.default(null),
      })
      .strict(),
    norms: ProfileNorms.nullable(),
  })
  .strict();
export type CountryProfile = z.infer<typeof CountryProfile>;
