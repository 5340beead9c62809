/**
 * One piece of evidence about a recipient's country, and the weights of the fusion.
 *
 * Fusion model (lib/locale/README.md has the reasoning): every signal adds `weight` log-odds to
 * one country. A country's score is the sum of its evidence (one piece per signal kind: the
 * strongest). The probability of each candidate is a softmax over the candidates plus one
 * "unknown" alternative of fixed score `W.unknown`, so probabilities sum to ≤ 1 and a single weak
 * signal cannot make a confident answer.
 */
export interface Evidence {
  /** The signal family; within one family only the strongest piece per country counts. */
  kind: string;
  /** ISO alpha-2, or null for evidence that explains an absence ("global free mail"). */
  country: string | null;
  /** Log-odds added to `country`. */
  weight: number;
  /** Human-readable, shown to the user ("`.de` domain", "+49 phone", "German thread"). */
  reason: string;
}

/** Log-odds weights. Set once from what each signal means, never tuned per fixture item. */
export const W = {
  /** The user's own correction for this address: it beats everything (added on top of the best
   *  other country's score, see `fuse`). */
  contactOverride: 12,
  /** The user's correction for the whole company domain. */
  domainOverride: 9,
  /** The country field of the open CRM record. */
  crmCountry: 6,
  /** A domain the user has seen on a CRM record with a country. */
  learnedDomain: 5,
  /** A country name in a postal address (CRM field or signature line). */
  addressCountry: 4.5,
  /** A job title that names a country ("Country Manager, Oman") in the writer's signature. */
  titlePlace: 4.5,
  /** A tax or registration number with a valid check digit (VAT, GSTIN, CUIT, NIT, CNPJ, UID). */
  taxId: 4,
  /** A country-code or geographic TLD (.de, .co.uk, .berlin): a prior about the company, which a
   *  signature placing the person elsewhere (title, address, phone) outweighs. */
  ccTld: 3.2,
  /** A provider used in one country (web.de, naver.com, uol.com.br). */
  nationalFreemail: 3.5,
  /** An international phone number of the recipient (signature, CRM field, their own message):
   *  where the person is, so it outweighs the company's ccTLD. */
  phone: 3.6,
  /** A known city in the CRM city field. */
  crmCity: 3,
  /** A known city on an address or signature line. */
  addressCity: 2.5,
  /** A script used by one nation's names (Hangul, Kana, Thai, Hebrew, Greek …). */
  nameScript: 2.5,
  /** A regional formula or spelling: "Grüezi", Swiss "Grüsse", "Atenciosamente", voseo. */
  regionalFormula: 2,
  /** The thread's language, multiplied by the detector's confidence, spread over its countries. */
  language: 2,
  /** The language of the recipient's own messages (structured thread). */
  ownLanguage: 2.4,
  /** A company legal form (GmbH, S.A. de C.V., 株式会社), spread over the countries that use it. */
  legalForm: 1.5,
  /** A phone number somewhere in an unattributed thread (it may be anyone's). */
  threadPhone: 1.5,
  /** A postcode whose shape only one country writes (Canadian A1A 1A1, Dutch 1234 AB), alone. */
  postcode: 2,
  /** A greeting or sign-off of one language ("Sehr geehrte", "Cordialement"). */
  languageFormula: 0.8,
  /** Letters typical of one country's Latin-script names (ł, ř, ő, ğ). */
  nameLetters: 0.8,
  /** A brandable TLD (.io, .ai, .co, .me, .tv). */
  vanityTld: 0.3,
  /** The score of "some country we have no evidence for". */
  unknown: 1,
} as const;

/**
 * Calibration: scores are divided by this temperature before the softmax. Fitted on the dev split
 * of the labelled set (test/fixtures/recipients, not the held-apart files) by minimising the
 * negative log-likelihood of the right country; `npm run bench -- --only infer` re-fits it and
 * reports the expected calibration error and a reliability table.
 */
export const TEMPERATURE = 0.4;

/** Below this top probability the recipient is reported as unknown (`abstain: true`). */
export const ABSTAIN_BELOW = 0.4;

/**
 * Spread one signal over several countries by their share: the most likely country gets the full
 * weight, the others lose half the log of their share ratio (square-root damping, because the
 * shares are population or GDP priors, not measurements of who writes to you).
 */
export function spread(
  kind: string,
  weight: number,
  shares: ReadonlyArray<readonly [string, number]>,
  reason: string,
  minShare = 0.02,
): Evidence[] {
  const max = Math.max(0, ...shares.map(([, s]) => s));
  if (max <= 0) return [];
  return shares
    .filter(([, s]) => s >= minShare * max)
    .map(([country, s]) => ({ kind, country, weight: weight + 0.5 * Math.log(s / max), reason }));
}
