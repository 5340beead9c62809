/**
 * Stances: the one source of truth per topic. Briefs, comparisons, suggestions and practice read
 * a country's stance through `stanceOf`; every statement they make about a topic is tagged with
 * `{country, topic, stance}` so `findContradictions` can check a set of statements mechanically.
 */
import { opposite, STANCES, TOPICS, type Topic } from '../profiles/norms-schema';
import type { CountryProfile, TopicValue } from '../profiles/schema';

export { STANCES, TOPICS, OPPOSITES, opposite, type Topic, type Stance } from '../profiles/norms-schema';

type ProfileWithNorms = Pick<CountryProfile, 'country' | 'norms'>;

/** The curated topic entry of a profile (stance, text, citations), or null when not curated. */
export function topicOf(profile: ProfileWithNorms | null | undefined, topic: Topic | 'compliance' | 'meetings'): TopicValue | null {
  const t = profile?.norms?.topics?.[topic];
  return t?.value ?? null;
}

/**
 * The curated stance of a country on a topic, or null where no curated entry exists (then say
 * less: a dimension score never stands in for a stance).
 */
export function stanceOf(profile: ProfileWithNorms | null | undefined, topic: Topic): string | null {
  const s = topicOf(profile, topic)?.stance ?? null;
  return s && (STANCES[topic] as readonly string[]).includes(s) ? s : null;
}

/** Every curated stance of a profile, by topic (missing topics are absent). */
export function stancesOf(profile: ProfileWithNorms | null | undefined): Partial<Record<Topic, string>> {
  const out: Partial<Record<Topic, string>> = {};
  for (const t of TOPICS) {
    const s = stanceOf(profile, t);
    if (s) out[t] = s;
  }
  return out;
}

/** A statement's machine-checkable claim: what it says about which country's stance on a topic. */
export interface StanceClaim {
  country: string;
  topic: Topic;
  stance: string;
  /** Where the claim was made, for the error message (an i18n key, a rule id, …). */
  where?: string;
}

export interface Contradiction {
  country: string;
  topic: Topic;
  a: StanceClaim;
  b: StanceClaim;
}

/**
 * Pairs of claims about the same country and topic with opposite stances. Callers (the brief,
 * the comparison, suggestion sets, practice) pass every claim they make; an empty result means
 * the set is consistent.
 */
export function findContradictions(claims: Iterable<StanceClaim>): Contradiction[] {
  const list = [...claims];
  const out: Contradiction[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (a.country === b.country && a.topic === b.topic && opposite(a.topic, a.stance, b.stance)) out.push({ country: a.country, topic: a.topic, a, b });
    }
  }
  return out;
}

/**
 * Check claims against the curated data itself: a claim that contradicts the country's own
 * curated stance is reported as a contradiction with the data (`b.where === 'curated'`).
 */
export function contradictsCurated(claims: Iterable<StanceClaim>, profileOf: (cc: string) => ProfileWithNorms | null): Contradiction[] {
  const out: Contradiction[] = [];
  for (const c of claims) {
    const own = stanceOf(profileOf(c.country), c.topic);
    if (own && opposite(c.topic, c.stance, own)) out.push({ country: c.country, topic: c.topic, a: c, b: { country: c.country, topic: c.topic, stance: own, where: 'curated' } });
  }
  return out;
}

/** One curated stance difference between two countries (home `a`, counterpart `b`). */
export interface StanceDiff {
  topic: Topic;
  a: string;
  b: string;
  opposite: boolean;
}

/**
 * Where two countries' curated stances differ, topic by topic; null when either side has no
 * curated entry (then only scores can be compared, and the UI says so).
 */
export function stanceDifferences(a: unknown, b: unknown): StanceDiff[] | null {
  const pa = a as ProfileWithNorms | null;
  const pb = b as ProfileWithNorms | null;
  if (!pa?.norms?.topics || !pb?.norms?.topics) return null;
  const out: StanceDiff[] = [];
  for (const t of TOPICS) {
    const sa = stanceOf(pa, t);
    const sb = stanceOf(pb, t);
    if (sa && sb && sa !== sb) out.push({ topic: t, a: sa, b: sb, opposite: opposite(t, sa, sb) });
  }
  return out;
}
