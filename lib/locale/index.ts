/**
 * Recipient country and language inference (background only: nothing here may be imported by a
 * content script, the detectors are heavy). See README.md for the fusion weights.
 */
export { cleanEmailText } from './clean';
export { detectLanguage, normalizeLang } from './detect';
export { inferRecipients, defaultFormality, audienceOf, fuse, languageWarning, reads } from './infer';
export { splitThread, splitMessages } from './thread';
export { findTaxIds } from './taxids';
export type { InferInput, InferContext, InferResult } from './infer';
export type { Evidence } from './evidence';
export { W as WEIGHTS, ABSTAIN_BELOW } from './evidence';
export { suggestedGreeting, greetingLanguage } from './greeting';
export { countryFromName, countryFromCity } from './places';
export { registrableDomain } from './domains';
