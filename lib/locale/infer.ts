/**
 * Recipient country inference: collect every signal on the page as {@link Evidence}, then fuse
 * per recipient into a ranked list of countries with probabilities and reasons. The weights and
 * the model are in ./evidence.ts and lib/locale/README.md.
 */
import type { Candidate, LanguageGuess, Override, RecipientInference } from '../protocol';
import formalityTable from './data/formality.json';
import langCountries from './data/lang-countries.json';
import { cleanEmailText } from './clean';
import { detectLanguage } from './detect';
import { domainEvidence, registrableDomain } from './domains';
import { ABSTAIN_BELOW, W, spread, type Evidence } from './evidence';
import { formulaEvidence } from './formulas';
import { nameEvidence } from './names';
import { phoneEvidence } from './phones';
import { addressEvidence, countryFromCity, countryFromName, legalFormEvidence } from './places';

export interface InferInput {
  recipients: { email: string; name?: string }[];
  /** The thread so far: one string, or messages with their sender (`Name <address>` or an address). */
  thread?: string | { from?: string; text: string }[];
  /** The recipient's signature block, when the page shows it apart from the thread. */
  signature?: string;
  /** Fields of the open CRM record. With several recipients they describe the first one. */
  fields?: { country?: string; phone?: string; address?: string; city?: string; company?: string };
}

export interface InferContext {
  /** The user's corrections (lib/protocol.ts `Override`), scope `contact` or `domain`. */
  overrides?: Override[];
  /** Registrable domain → ISO alpha-2, learned from CRM records the user visited. */
  learnedDomains?: Record<string, string>;
  /** The user's own country. Never used as a default; only to ignore the user's own phone
   *  number when it appears in unattributed thread text. */
  homeCountry?: string | null;
  /** Formality of a country's business culture (any scale, higher = more formal) for the
   *  audience target; defaults to Hofstede PDI + UAI ({@link defaultFormality}). */
  formalityOf?: (cc: string) => number;
  /** `browser.i18n.detectLanguage`'s answer for the thread, when the background has it. */
  langHint?: { lang: string; reliable: boolean };
}

export interface InferResult {
  lang: LanguageGuess;
  recipients: RecipientInference[];
  audience: { countries: string[]; mixed: boolean; targetCountry: string | null } | null;
}

const LANG = langCountries as unknown as Record<string, Array<[string, number]>>;
const FORMALITY = formalityTable as Record<string, number>;

/**
 * Default audience-formality proxy: Hofstede power distance + uncertainty avoidance (0–200), from
 * the shared 2015 dimension matrix; countries without scores sit at the middle (100).
 */
export function defaultFormality(cc: string): number {
  return FORMALITY[cc] ?? 100;
}

let languageNames: Intl.DisplayNames | null | undefined;
function languageName(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  return languageNames?.of(code) ?? code;
}

/** Countries a language points to. eld reports Indonesian as Malay, so `ms` covers both. */
function languageShares(lang: string): Array<[string, number]> {
  if (lang === 'ms') return [...(LANG.ms ?? []), ['ID', 1.2]];
  return LANG[lang] ?? [];
}

/**
 * Evidence from a language guess. English is the lingua franca of international business and
 * says nothing about the country, so it adds nothing (the reason still shows).
 */
export function languageEvidence(guess: LanguageGuess, weight: number, what: string): Evidence[] {
  if (guess.lang === 'und' || guess.confidence < 0.15) return [];
  const label = `${languageName(guess.lang)} ${what}`;
  if (guess.lang === 'en') return [{ kind: 'language', country: null, weight: 0, reason: `${label} (no country signal)` }];
  return spread('language', weight * guess.confidence, languageShares(guess.lang), label);
}

/** Evidence from the fields of a CRM record. */
export function fieldEvidence(fields: NonNullable<InferInput['fields']>): Evidence[] {
  const out: Evidence[] = [];
  if (fields.country) {
    const cc = countryFromName(fields.country);
    if (cc) out.push({ kind: 'crm-country', country: cc, weight: W.crmCountry, reason: `CRM country “${fields.country.trim()}”` });
  }
  if (fields.phone) out.push(...phoneEvidence(fields.phone, W.phone, ' in the CRM record'));
  if (fields.city) {
    const cc = countryFromCity(fields.city) ?? countryFromName(fields.city);
    if (cc) out.push({ kind: 'city', country: cc, weight: W.crmCity, reason: `CRM city “${fields.city.trim()}”` });
  }
  if (fields.address) out.push(...addressEvidence(fields.address, 'CRM address'));
  if (fields.company) out.push(...legalFormEvidence(fields.company));
  return out;
}

/** Evidence from a signature block: phone numbers, address lines, formulas. */
export function signatureEvidence(signature: string): Evidence[] {
  const out: Evidence[] = [...phoneEvidence(signature, W.phone, ' in the signature')];
  for (const line of signature.split('\n')) {
    if (line.trim().length > 120) continue;
    out.push(...addressEvidence(line, 'signature', 0.9));
  }
  for (const line of signature.split('\n')) out.push(...legalFormEvidence(line.trim()));
  return out;
}

function emailOf(from: string | undefined): string | null {
  if (!from) return null;
  const m = from.match(/[^\s<>"']+@[^\s<>"']+/);
  return m ? m[0].toLowerCase() : null;
}

/** Keep one piece of evidence per (kind, country): the strongest. */
function dedupe(evidence: Evidence[]): Evidence[] {
  const best = new Map<string, Evidence>();
  for (const e of evidence) {
    const key = `${e.kind}|${e.country ?? '-'}|${e.country ? '' : e.reason}`;
    const prev = best.get(key);
    if (!prev || e.weight > prev.weight) best.set(key, e);
  }
  return [...best.values()];
}

/** Evidence kinds that all measure the recipient's language community. */
const LINGUISTIC = new Set(['language', 'name', 'formula-language']);

/**
 * Fuse evidence into candidates: a softmax over the countries with evidence plus the "unknown"
 * alternative. Returns the candidates (probability ≥ 0.01, at most 5), and the notes that explain
 * an absence of signal.
 */
export function fuse(evidence: Evidence[]): { candidates: Candidate[]; notes: string[] } {
  const ev = dedupe(evidence);
  const score = new Map<string, number>();
  const reasons = new Map<string, Array<[number, string]>>();
  const notes: string[] = [];
  const linguistic = new Map<string, number[]>();
  const overrides: Evidence[] = [];
  for (const e of ev) {
    if (!e.country) {
      notes.push(e.reason);
      continue;
    }
    if (e.kind.startsWith('override-')) {
      overrides.push(e);
    } else if (LINGUISTIC.has(e.kind)) {
      const l = linguistic.get(e.country) ?? [];
      l.push(e.weight);
      linguistic.set(e.country, l);
    } else score.set(e.country, (score.get(e.country) ?? 0) + e.weight);
    const r = reasons.get(e.country) ?? [];
    r.push([e.weight, e.reason]);
    reasons.set(e.country, r);
  }
  // The thread's language, the script of the name and language-only formulas all say which
  // language community someone belongs to: they are not independent, so they count as one signal
  // (the strongest in full, the rest at a quarter) and cannot outvote a .by domain together.
  for (const [country, ws] of linguistic) {
    ws.sort((a, b) => b - a);
    const combined = ws[0] + 0.25 * ws.slice(1).reduce((a, b) => a + b, 0);
    score.set(country, (score.get(country) ?? 0) + combined);
  }
  // The user's corrections are not one more vote: they sit above whatever the page says, so
  // their weight is added to the best score of any other country (domain first, then contact).
  for (const e of overrides.sort((a, b) => a.weight - b.weight)) {
    const best = Math.max(W.unknown, ...[...score.entries()].filter(([c]) => c !== e.country).map(([, v]) => v));
    score.set(e.country!, best + e.weight);
  }
  const z = Math.exp(W.unknown) + [...score.values()].reduce((s, v) => s + Math.exp(v), 0);
  const candidates = [...score.entries()]
    .map(([country, s]) => ({
      country,
      probability: Math.round((Math.exp(s) / z) * 1000) / 1000,
      reasons: (reasons.get(country) ?? [])
        .sort((a, b) => b[0] - a[0])
        .map(([, r]) => r),
    }))
    .filter((c) => c.probability >= 0.01)
    .sort((a, b) => b.probability - a.probability || a.country.localeCompare(b.country))
    .slice(0, 5);
  return { candidates, notes };
}

/**
 * Infer each recipient's country (and the thread's language) from every signal in `input`.
 * Per recipient: email domain, name, the user's overrides and learned company domains; shared:
 * the thread's language, its formulas and phone numbers; the CRM fields and signature describe the
 * first recipient (or the one whose messages they come from). Candidates are sorted by
 * probability; `abstain` is true when the top probability is below 0.4 or there is no candidate.
 * The audience view lists the recipients' countries, flags a mixed-culture thread, and takes the
 * most formal country (by `ctx.formalityOf`) as the target.
 */
export function inferRecipients(input: InferInput, ctx: InferContext = {}): InferResult {
  const home = ctx.homeCountry ?? null;
  const messages = typeof input.thread === 'string' ? [{ text: input.thread }] : (input.thread ?? []);
  const threadText = messages.map((m) => cleanEmailText(m.text)).filter(Boolean).join('\n');
  const lang = detectLanguage(threadText, ctx.langHint ? { hint: ctx.langHint } : {});
  // A message written by one of the recipients describes that recipient (their own language,
  // phone, formulas, below); only the rest of the thread (unattributed text, the user's own
  // messages) is evidence about every recipient.
  const recipientEmails = new Set(input.recipients.map((r) => r.email.trim().toLowerCase()));
  const common = messages.filter((m) => {
    const from = 'from' in m ? emailOf(m.from) : null;
    return !from || !recipientEmails.has(from);
  });
  const commonLang =
    common.length === messages.length
      ? lang
      : detectLanguage(common.map((m) => cleanEmailText(m.text)).filter(Boolean).join('\n'), ctx.langHint ? { hint: ctx.langHint } : {});

  const shared: Evidence[] = [
    ...languageEvidence(commonLang, W.language, 'thread'),
    ...formulaEvidence(common.map((m) => m.text).join('\n')),
    // Phones in unattributed text may be anyone's; the user's own country is skipped because the
    // user's signature is the most likely source of such a number.
    ...common.filter((m) => !('from' in m) || !m.from).flatMap((m) => phoneEvidence(m.text, W.threadPhone, ' in the thread', home)),
  ];
  const record: Evidence[] = [
    ...(input.fields ? fieldEvidence(input.fields) : []),
    ...(input.signature ? signatureEvidence(input.signature) : []),
  ];

  const overrides = ctx.overrides ?? [];
  const recipients: RecipientInference[] = input.recipients.map((r, i) => {
    const email = r.email.trim().toLowerCase();
    const domain = registrableDomain(email);
    const own = messages.filter((m) => 'from' in m && emailOf(m.from) === email);
    const ev: Evidence[] = [...domainEvidence(email), ...nameEvidence(r.name), ...shared];
    if (i === 0) ev.push(...record);
    let language: LanguageGuess = lang;
    if (own.length > 0) {
      const ownText = own.map((m) => m.text).join('\n');
      language = detectLanguage(ownText);
      ev.push(...languageEvidence(language, W.ownLanguage, 'in their messages'));
      ev.push(...phoneEvidence(ownText, W.phone, ' in their message'));
      ev.push(...formulaEvidence(ownText));
    }
    if (domain && ctx.learnedDomains?.[domain]) {
      ev.push({ kind: 'learned', country: ctx.learnedDomains[domain], weight: W.learnedDomain, reason: `learned from a CRM record at ${domain}` });
    }
    const contact = overrides.find((o) => o.scope === 'contact' && o.key.toLowerCase() === email && o.country);
    const byDomain = domain ? overrides.find((o) => o.scope === 'domain' && o.key.toLowerCase() === domain && o.country) : undefined;
    if (byDomain?.country) ev.push({ kind: 'override-domain', country: byDomain.country, weight: W.domainOverride, reason: `your correction for ${domain}` });
    if (contact?.country) ev.push({ kind: 'override-contact', country: contact.country, weight: W.contactOverride, reason: 'your correction for this contact' });
    const overrideLang = contact?.lang ?? byDomain?.lang;
    if (overrideLang) language = { lang: overrideLang, confidence: 1 };

    const { candidates } = fuse(ev);
    const top = candidates[0];
    const overriddenCountry = contact?.country ?? byDomain?.country ?? null;
    return {
      email: r.email,
      ...(r.name ? { name: r.name } : {}),
      candidates,
      abstain: !top || top.probability < ABSTAIN_BELOW,
      language,
      overridden: !!top && top.country === overriddenCountry,
    };
  });

  return { lang, recipients, audience: audienceOf(recipients, ctx.formalityOf ?? defaultFormality) };
}

/** The audience view over the recipients that did not abstain. */
export function audienceOf(
  recipients: RecipientInference[],
  formalityOf: (cc: string) => number,
): InferResult['audience'] {
  if (recipients.length === 0) return null;
  const countries: string[] = [];
  for (const r of recipients) if (!r.abstain && r.candidates[0] && !countries.includes(r.candidates[0].country)) countries.push(r.candidates[0].country);
  let target: string | null = null;
  for (const cc of countries) if (target === null || formalityOf(cc) > formalityOf(target)) target = cc;
  return { countries, mixed: countries.length > 1, targetCountry: target };
}
