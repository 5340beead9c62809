/**
 * The cultural knowledge base: shipped country profiles with provenance, and the guidance
 * derived from them. Background-side code (large data); the content script must not import it.
 *
 * - `getProfile(cc)` / `listCountries()` / `countryName(cc, locale)` — lib/profiles/load.ts
 * - `communicationTarget(to, from)` / `compareCountries(a, b)` — lib/profiles/target.ts
 * - calendar helpers (local time, weekends, holidays) — lib/profiles/calendar.ts
 */
export {
  CountryProfile,
  HofstedeScores,
  GlobeScores,
  GlobeSample,
  ProfileNorms,
  ProfileTopic,
  TopicValue,
  ProfileCitation,
  HOFSTEDE_KEYS,
  GLOBE_KEYS,
  sourced,
  type Sourced,
  type HofstedeKey,
  type GlobeKey,
} from './schema';
export { NormsEntry, NormsFile, Citation, FirstNameReadiness, STANCES, TOPICS, OPPOSITES, opposite, type Topic, type Stance } from './norms-schema';
export {
  getProfile,
  listCountries,
  countryCodes,
  countryName,
  normCode,
  hofstedeRegions,
  DATA_VERSION,
  DATA_SOURCES_VERSIONS,
  LITERATURE,
  authorOf,
  EDITORS_ESTIMATE,
} from './load';
export {
  communicationTarget,
  compareCountries,
  withOverride,
  HOFSTEDE_LARGE,
  HOFSTEDE_MODERATE,
  GLOBE_LARGE,
  GLOBE_MODERATE,
  type Comparison,
  type DimensionGap,
} from './target';
