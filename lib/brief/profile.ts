/**
 * Reading culture scores out of a country profile (lib/profiles). Every score is
 * `{value, source, version, kind}` or null, and null means missing — it is shown as missing and
 * never filled in.
 */
import { GLOBE_KEYS, HOFSTEDE_KEYS, type CountryProfile, type HofstedeKey, type Sourced } from '../profiles/schema';

/** One sourced score, as lib/profiles ships it. */
export type SourcedValue = NonNullable<Sourced<number>>;

/** The profile type read here: lib/profiles' `CountryProfile` (an alias kept for callers). */
export type ProfileLike = CountryProfile;

export type Model = 'hofstede' | 'globe';

/** Hofstede's six dimensions: the one key list, from lib/profiles/schema. */
export const HOFSTEDE_DIMENSIONS = HOFSTEDE_KEYS;
export type HofstedeDimension = HofstedeKey;

/** GLOBE's nine societal-culture dimensions: the one key list, from lib/profiles/schema. */
export const GLOBE_DIMENSIONS = GLOBE_KEYS;

/** The scale of each model's scores: Hofstede 0–100, GLOBE 1–7. */
export const SCALE: Record<Model, { min: number; max: number }> = {
  hofstede: { min: 0, max: 100 },
  globe: { min: 1, max: 7 },
};

function isSourced(v: unknown): v is SourcedValue {
  return typeof v === 'object' && v !== null && typeof (v as SourcedValue).value === 'number' && Number.isFinite((v as SourcedValue).value);
}

// GLOBE scores are read from `practices` ("as is"): what people experience day to day, which is
// what an email meets. (`values`, "should be", is what people say they want.)
function globeTable(profile: ProfileLike | null | undefined): Record<string, unknown> {
  return profile?.dimensions?.globe?.practices ?? {};
}

/** One score or null when the profile has none (missing stays missing). */
export function score(profile: ProfileLike | null | undefined, model: Model, dim: string): SourcedValue | null {
  if (!profile) return null;
  const v = model === 'hofstede' ? (profile.dimensions?.hofstede as Record<string, unknown> | undefined)?.[dim] : globeTable(profile)[dim];
  return isSourced(v) ? v : null;
}

/** The dimensions of a model, each with its score or null. */
export function dimensionScores(profile: ProfileLike | null | undefined, model: Model): Array<{ dim: string; score: SourcedValue | null }> {
  const dims: readonly string[] = model === 'hofstede' ? HOFSTEDE_DIMENSIONS : GLOBE_DIMENSIONS;
  return dims.map((dim) => ({ dim, score: score(profile, model, dim) }));
}

export interface Gap {
  dim: HofstedeDimension;
  /** The recipient's score minus the user's. */
  diff: number;
  them: SourcedValue;
  you: SourcedValue;
}

/**
 * The Hofstede dimensions where the two countries differ most, largest first. Only dimensions
 * with a score for both are compared; gaps below `minGap` points are left out as too small to
 * matter in an email.
 */
export function largestGaps(them: ProfileLike | null, you: ProfileLike | null, limit = 3, minGap = 15): Gap[] {
  const out: Gap[] = [];
  for (const dim of HOFSTEDE_DIMENSIONS) {
    const a = score(them, 'hofstede', dim);
    const b = score(you, 'hofstede', dim);
    if (!a || !b) continue;
    const diff = a.value - b.value;
    if (Math.abs(diff) >= minGap) out.push({ dim, diff, them: a, you: b });
  }
  return out.sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff) || HOFSTEDE_DIMENSIONS.indexOf(x.dim) - HOFSTEDE_DIMENSIONS.indexOf(y.dim)).slice(0, limit);
}
