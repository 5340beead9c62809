/**
 * Recipient country inference: collect every signal on the page as {@link Evidence}, then fuse
 * per recipient into a ranked list of countries with probabilities and reasons. The weights and
 * the model are in ./evidence.ts and lib/locale/README.md.
 */
import type { Candidate, LanguageGuess, Override, RecipientInference } from '../protocol';
import formalityTable from './data/formality.json';
import langCountries from './data/lang-countries.json';
import countryLang from './data/country-lang.json';
import { cleanEmailText } from './clean';
import { detectLanguage } from './detect';
import { domainEvidence, registrableDomain } from './domains';
import { ABSTAIN_BELOW, TEMPERATURE, W, spread, type Evidence } from './evidence';
import { formulaEvidence } from './formulas';
import { lexiconEvidence } from './lexicon';
import { nameEvidence } from './names';
import { phoneEvidence } from './phones';
import { countryFromName, legalFormEvidence } from './places';
import { citiesNamed, placeEvidence, signatureEvidence } from './signature';
import { samePerson, signedName, splitThread, type ThreadMessage } from './thread';

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
  /** Calibration temperature; only the bench sets it, to fit {@link TEMPERATURE}. */
  temperature?: number;
}

export interface InferResult {
  lang: LanguageGuess;
  recipients: RecipientInference[];
  audience: { countries: string[]; mixed: boolean; targetCountry: string | null; normsOf?: string[] } | null;
}

const LANG = langCountries as unknown as Record<string, Array<[string, number]>>;
const COUNTRY_LANG = countryLang as Record<string, string>;
const FORMALITY = formalityTable as Record<string, number>;

/**
 * Default audience-formality proxy: Hofstede power distance + uncertainty avoidance (0–200), from
 * the shared 2015 dimension matrix; countries without scores sit at the middle (100).
 */
export function defaultFormality(cc: string): number {
  return FORMALITY[cc] ?? 100;
}

let languageNames: Intl.DisplayNames | null | undefined;
const languageNameCache = new Map<string, string>();
function languageName(code: string): string {
  const hit = languageNameCache.get(code);
  if (hit) return hit;
  const name = displayName(code);
  languageNameCache.set(code, name);
  return name;
}
function displayName(code: string): string {
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
    const cities = citiesNamed(fields.city.replace(/\b\d[\d\s-]*\b/g, ' ').trim());
    const cc = countryFromName(fields.city);
    if (cities.length) out.push(...spread('city', W.crmCity, cities, `CRM city “${fields.city.trim()}”`));
    else if (cc) out.push({ kind: 'city', country: cc, weight: W.crmCity, reason: `CRM city “${fields.city.trim()}”` });
  }
  if (fields.address) {
    const lines = fields.address.split('\n').map((l) => l.trim()).filter(Boolean);
    out.push(...lines.flatMap((l) => placeEvidence(l, 'the CRM address')));
  }
  if (fields.company) out.push(...legalFormEvidence(fields.company));
  return out;
}

export { signatureEvidence };

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
export function fuse(evidence: Evidence[], temperature = TEMPERATURE): { candidates: Candidate[]; notes: string[] } {
  const ev = dedupe(evidence);
  const score = new Map<string, number>();
  const reasons = new Map<string, Array<[number, string]>>();
  const notes: string[] = [];
  const linguistic = new Map<string, number[]>();
  const lexicon = new Map<string, number[]>();
  const overrides: Evidence[] = [];
  for (const e of ev) {
    if (!e.country) {
      notes.push(e.reason);
      continue;
    }
    if (e.kind.startsWith('override-')) {
      overrides.push(e);
    } else if (e.kind.startsWith('lexicon:')) {
      const l = lexicon.get(e.country) ?? [];
      l.push(e.weight);
      lexicon.set(e.country, l);
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
  // Several regional markers of one variety add up, each less than the one before (they are
  // correlated: whoever writes "septante" is likely to write "nonante").
  for (const [country, ws] of lexicon) {
    ws.sort((a, b) => b - a);
    const combined = ws.reduce((a, w, i) => a + w * 0.5 ** i, 0);
    score.set(country, (score.get(country) ?? 0) + combined);
  }
  // The user's corrections are not one more vote: they sit above whatever the page says, so
  // their weight is added to the best score of any other country (domain first, then contact).
  for (const e of overrides.sort((a, b) => a.weight - b.weight)) {
    const best = Math.max(W.unknown, ...[...score.entries()].filter(([c]) => c !== e.country).map(([, v]) => v));
    score.set(e.country!, best + e.weight);
  }
  const t = overrides.length ? 1 : temperature;
  const z = Math.exp(W.unknown / t) + [...score.values()].reduce((s, v) => s + Math.exp(v / t), 0);
  const candidates = [...score.entries()]
    .map(([country, s]) => ({
      country,
      probability: Math.round((Math.exp(s / t) / z) * 1000) / 1000,
      reasons: (reasons.get(country) ?? [])
        .sort((a, b) => b[0] - a[0])
        .map(([, r]) => r),
    }))
    .filter((c) => c.probability >= 0.01)
    .sort((a, b) => b.probability - a.probability || a.country.localeCompare(b.country))
    .slice(0, 5);
  return { candidates, notes };
}

/** Languages written in a script shared by several nations. */
const SCRIPT_LANGS: Array<[RegExp, string[]]> = [
  [/\p{Script=Cyrillic}/u, ['ru', 'uk', 'bg', 'be', 'kk', 'sr', 'mk', 'ky', 'mn', 'tg']],
  [/\p{Script=Arabic}/u, ['ar', 'fa', 'ur', 'ps', 'ku']],
  [/\p{Script=Han}/u, ['zh', 'ja']],
  [/\p{Script=Devanagari}|\p{Script=Bengali}/u, ['hi', 'mr', 'ne', 'bn']],
];

/**
 * A script gives a language, not a country: when the text around a name is in a language of the
 * name's script (a Cyrillic name writing Ukrainian), the language says which country, and the
 * name keeps only the countries of that language.
 */
function scriptInContext(nameEv: Evidence[], name: string | undefined, lang: LanguageGuess): Evidence[] {
  if (!name || nameEv.length === 0 || lang.lang === 'und' || lang.lang === 'en' || lang.confidence < 0.5) return nameEv;
  const script = SCRIPT_LANGS.find(([re]) => re.test(name));
  if (!script || !script[1].includes(lang.lang)) return nameEv;
  const countries = new Set(languageShares(lang.lang).map(([c]) => c));
  const kept = nameEv.filter((e) => e.country && countries.has(e.country));
  return kept.length ? kept : nameEv;
}

/** The newest of these texts, older ones added only while there are fewer than 40 letters. */
function newest(cleaned: string[], idx: number[]): string[] {
  const out: string[] = [];
  let letters = 0;
  for (const i of idx) {
    if (letters >= 40) break;
    out.push(cleaned[i]);
    letters += (cleaned[i].match(/\p{L}/gu) ?? []).length;
  }
  return out;
}

/** Who wrote a message: a recipient (index), someone else on the thread, or unknown. */
type Writer = number | 'other' | 'unknown';

function writerOf(m: ThreadMessage, recipients: InferInput['recipients']): Writer {
  if (m.from) {
    const i = recipients.findIndex((r) => samePerson(r, m.from));
    return i >= 0 ? i : 'other';
  }
  // Pasted text without a header: the name it is signed with.
  const signed = signedName(m.text);
  if (signed) {
    const i = recipients.findIndex((r) => samePerson({ name: r.name ?? localPartName(r.email) }, signed));
    if (i >= 0) return i;
  }
  return 'unknown';
}

/** "m.vogel@x.de" → "m vogel"; used when a recipient has no display name. */
function localPartName(email: string): string {
  return email.split('@')[0].replace(/[._-]+/g, ' ');
}

/** Does a reader of this country (or with this language) read `lang`? English is every business reader's second language. */
export function reads(r: RecipientInference, lang: string): boolean {
  if (lang === 'en' || lang === 'und') return true;
  if (r.language?.lang === lang) return true;
  const cc = !r.abstain ? r.candidates[0]?.country : undefined;
  if (!cc) return false;
  const shares = LANG[lang] ?? [];
  return shares.some(([c]) => c === cc);
}

/**
 * The language a recipient reads, from their own signals: their own messages first; else the
 * thread's language when it is spoken in their country; else their country's main language. A
 * Japanese reader in a German thread is not "German".
 */
function recipientLanguage(own: LanguageGuess, top: Candidate | undefined, abstain: boolean, thread: LanguageGuess): LanguageGuess {
  if (own.lang !== 'und' && own.confidence >= 0.3) return own;
  if (!top || abstain) return thread.lang === 'en' ? thread : { lang: 'und', confidence: 0 };
  if ((LANG[thread.lang] ?? []).some(([c]) => c === top.country) && thread.confidence >= 0.3) return thread;
  const main = COUNTRY_LANG[top.country];
  return main ? { lang: main, confidence: Math.round(top.probability * 0.8 * 100) / 100 } : { lang: 'und', confidence: 0 };
}

/** Why a recipient is left unknown ("free mail, English only, no phone"). */
function abstainReason(ev: Evidence[], lang: LanguageGuess): string {
  const parts: string[] = [];
  const dom = ev.find((e) => e.kind === 'domain');
  if (!dom) parts.push('no company domain');
  else if (!dom.country) parts.push(dom.reason.includes('free mail') ? 'free mail' : dom.reason);
  else if (dom.weight < 1) parts.push(`${dom.reason}`);
  if (lang.lang === 'en') parts.push('English only');
  else if (lang.lang === 'und') parts.push('no text to read');
  else parts.push(`${languageName(lang.lang)} is spoken in several countries`);
  if (!ev.some((e) => e.kind === 'phone' && e.country)) parts.push('no phone');
  if (!ev.some((e) => ['address', 'city', 'title', 'tax-id', 'postcode'].includes(e.kind) && e.country)) parts.push('no address');
  return parts.join(', ');
}

/**
 * Infer each recipient's country (and the thread's language) from every signal in `input`.
 * The thread is split into messages (quoted replies, Outlook headers, `>` quoting) and each
 * message is tied to its writer: a recipient's own messages (their signature, phone, address,
 * wording and language) describe that recipient only; text by someone else says nothing about
 * where a recipient sits; text whose writer is unknown counts for everyone, at a lower weight and
 * without the user's own country. The CRM fields and a separate signature describe the first
 * recipient (or the one whose name the signature carries). Candidates are sorted by probability;
 * `abstain` is true when the top probability is below {@link ABSTAIN_BELOW}, with a reason.
 * The audience view lists the recipients' countries, flags a mixed-culture thread, and takes the
 * most formal country (by `ctx.formalityOf`) as the target.
 */
export function inferRecipients(input: InferInput, ctx: InferContext = {}): InferResult {
  const home = ctx.homeCountry ?? null;
  const messages = splitThread(input.thread);
  const cleaned = messages.map((m) => cleanEmailText(m.text));
  const threadText = (typeof input.thread === 'string' ? newest(cleaned, cleaned.map((_, i) => i)) : cleaned).filter(Boolean).join('\n');
  const hint = ctx.langHint ? { hint: ctx.langHint } : {};
  const lang = detectLanguage(threadText, hint);
  const writers = messages.map((m) => writerOf(m, input.recipients));
  // Pasted text whose unheaded top part answers a recipient's quoted message was written by
  // someone replying to that recipient: most likely the user, so it says nothing about them.
  if (typeof input.thread === 'string' && writers[0] === 'unknown' && typeof writers[1] === 'number') writers[0] = 'other';
  const commonIdx = messages.map((_, i) => i).filter((i) => typeof writers[i] !== 'number');
  // In pasted text the newest message is what the thread is now written in; older quoted
  // messages only fill in when it is too short to tell (the adapters' lists are read whole).
  const commonText = (typeof input.thread === 'string' ? newest(cleaned, commonIdx) : commonIdx.map((i) => cleaned[i])).filter(Boolean).join('\n');
  const commonLang = commonText === threadText ? lang : detectLanguage(commonText, hint);
  const unknownIdx = commonIdx.filter((i) => writers[i] === 'unknown');

  const shared: Evidence[] = [
    ...languageEvidence(commonLang, W.language, 'thread'),
    ...formulaEvidence(commonIdx.map((i) => messages[i].text).join('\n')),
    // Regional wording and signatures of text whose writer is unknown may be the recipient's;
    // text written by someone else on the thread is not.
    ...lexiconEvidence(unknownIdx.map((i) => cleaned[i]).join('\n'), commonLang.confidence >= 0.5 ? commonLang.lang : undefined),
    ...unknownIdx.flatMap((i) => signatureEvidence(messages[i].text, 'the thread', input.recipients.length === 1 ? 0.75 : 0.5, home)),
  ];
  // A signature shown apart from the thread belongs to the recipient it names, else the first.
  let recordOwner = 0;
  if (input.signature) {
    const first = input.signature.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
    const named = input.recipients.findIndex((r) => r.name && samePerson({ name: r.name }, first.replace(/[|,].*$/, '')));
    if (named >= 0) recordOwner = named;
  }
  const record: Evidence[] = [...(input.fields ? fieldEvidence(input.fields) : []), ...(input.signature ? signatureEvidence(input.signature) : [])];

  const overrides = ctx.overrides ?? [];
  const recipients: RecipientInference[] = input.recipients.map((r, i) => {
    const email = r.email.trim().toLowerCase();
    const domain = registrableDomain(email);
    const own = messages.filter((_, k) => writers[k] === i);
    const ownClean = messages.map((_, k) => k).filter((k) => writers[k] === i).map((k) => cleaned[k]).filter(Boolean).join('\n');
    const ownLang = own.length > 0 && ownClean ? detectLanguage(ownClean) : { lang: 'und', confidence: 0 };
    const ev: Evidence[] = [...domainEvidence(email), ...scriptInContext(nameEvidence(r.name), r.name, ownLang.confidence >= 0.5 ? ownLang : commonLang), ...shared];
    if (i === recordOwner) ev.push(...record);
    if (own.length > 0) {
      ev.push(...languageEvidence(ownLang, W.ownLanguage, 'in their messages'));
      const ownText = own.map((m) => m.text).join('\n');
      ev.push(...signatureEvidence(ownText, 'their message'));
      ev.push(...formulaEvidence(ownText));
      ev.push(...lexiconEvidence(ownClean, ownLang.confidence >= 0.5 ? ownLang.lang : undefined));
    }
    if (domain && ctx.learnedDomains?.[domain]) {
      ev.push({ kind: 'learned', country: ctx.learnedDomains[domain], weight: W.learnedDomain, reason: `learned from a CRM record at ${domain}` });
    }
    const contact = overrides.find((o) => o.scope === 'contact' && o.key.toLowerCase() === email && o.country);
    const byDomain = domain ? overrides.find((o) => o.scope === 'domain' && o.key.toLowerCase() === domain && o.country) : undefined;
    if (byDomain?.country) ev.push({ kind: 'override-domain', country: byDomain.country, weight: W.domainOverride, reason: `your correction for ${domain}` });
    if (contact?.country) ev.push({ kind: 'override-contact', country: contact.country, weight: W.contactOverride, reason: 'your correction for this contact' });

    const { candidates } = fuse(ev, ctx.temperature);
    const top = candidates[0];
    // A script gives a language, not a country: a name's script never decides alone.
    const scriptOnly = ev.every((e) => !e.country || e.kind === 'name' || (e.kind === 'language' && e.weight <= 0));
    const abstain = !top || top.probability < ABSTAIN_BELOW || (scriptOnly && !contact && !byDomain);
    let language = recipientLanguage(ownLang, top, abstain && !scriptOnly, commonLang.lang !== 'und' ? commonLang : lang);
    const overrideLang = contact?.lang ?? byDomain?.lang;
    if (overrideLang) language = { lang: overrideLang, confidence: 1 };
    const overriddenCountry = contact?.country ?? byDomain?.country ?? null;
    return {
      email: r.email,
      ...(r.name ? { name: r.name } : {}),
      candidates,
      abstain,
      ...(abstain ? { abstainReason: scriptOnly && top ? `only the script of the name (${top.reasons[0]}): a language, not a country` : abstainReason(ev, ownLang.lang !== 'und' ? ownLang : commonLang) } : {}),
      language,
      overridden: !!top && top.country === overriddenCountry,
    };
  });

  return { lang, recipients, audience: audienceOf(recipients, ctx.formalityOf ?? defaultFormality) };
}

/**
 * A warning when the draft is written in a language that no recipient reads (by each recipient's
 * own language and country; English counts as read by every business reader), or null. Recipients
 * the engine knows nothing about do not trigger it.
 */
export function languageWarning(
  draftLang: string,
  recipients: RecipientInference[],
): { draftLang: string; readers: Array<{ email: string; lang: string }> } | null {
  if (!draftLang || draftLang === 'und' || draftLang === 'en') return null;
  const known = recipients.filter((r) => !r.abstain || (r.language && r.language.lang !== 'und' && r.language.lang !== 'en'));
  if (known.length === 0 || known.length < recipients.length) return null;
  if (known.some((r) => reads(r, draftLang))) return null;
  return { draftLang, readers: known.map((r) => ({ email: r.email, lang: r.language?.lang ?? 'und' })) };
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
  // Whose norms the target follows: the readers from the target country.
  const normsOf = target ? recipients.filter((r) => !r.abstain && r.candidates[0]?.country === target).map((r) => r.email) : [];
  return { countries, mixed: countries.length > 1, targetCountry: target, normsOf };
}
