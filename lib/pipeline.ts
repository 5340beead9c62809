/**
 * From a compose snapshot to an Analysis: the one path the background and the CLI share.
 * Steps: infer each recipient's country and language (lib/locale), derive the communication
 * target from the profiles (lib/profiles), analyse the draft against it (lib/analysis).
 */
import { dismissalKey } from './service/keys';
import { ruleOf } from './rules';
import type { Analysis, ComposeSnapshot, CountryCode, LanguageGuess, Override, Settings } from './protocol';
import { readThread } from './decode/thread';
import { audienceOf, cleanEmailText, detectLanguage, inferRecipients, languageWarning } from './locale/index';
import { communicationTarget, withOverride, type CountryProfile } from './profiles/index';
import { getDomain } from 'tldts';
import { analyzeDraft } from './analysis/index';

export interface PipelineContext {
  /** The effective profile (shipped data plus the user's overlay). */
  profile(cc: string): Promise<CountryProfile | null> | CountryProfile | null;
  overrides: Override[];
  learnedDomains: Record<string, string>;
  settings: Settings;
  /** Keys `contact|dismissalKey(suggestionId)` the user dismissed (hashed: lib/service/keys.ts). */
  dismissed: Set<string>;
  now: Date;
  /** The browser's own detector (CLD3) on the thread, when the background could ask it. */
  langHint?: { lang: string; reliable: boolean } | null;
  /** The reader whose norms the user chose to follow ("Writing for"), when on the thread. */
  writingFor?: CountryCode | null;
  /** The snapshot's thread is already `recentThread(...)`: do not cut it again. */
  threadIsRecent?: boolean;
}

/** A proxy for how formal a culture expects mail to be, used to pick the audience's target. */
function formalityProxy(profiles: Map<string, CountryProfile | null>, home: CountryProfile | null) {
  return (cc: string): number => {
    const p = profiles.get(cc);
    if (!p) return 0.5;
    return communicationTarget(p, home).formality;
  };
}

/** The least confidence at which the draft's own detected language is trusted. */
export const DRAFT_LANG_MIN_CONFIDENCE = 0.5;

export function contactKey(email: string | undefined, name: string | undefined): string {
  if (email) return email.toLowerCase();
  return name ? `name:${name.trim().toLowerCase()}` : '';
}

/**
 * Inference reads only the latest messages of a thread, up to a character budget: the recent
 * messages carry the signals, and the cost grows with the text (a 500-message thread of long
 * messages would otherwise take minutes). The draft is bounded separately, by analyzeDraft.
 */
export const THREAD_BUDGET = { messages: 50, chars: 30_000 } as const;

export function recentThread<T extends { text: string }>(thread: T[]): T[] {
  const out: T[] = [];
  let chars = 0;
  for (let i = thread.length - 1; i >= 0 && out.length < THREAD_BUDGET.messages && chars < THREAD_BUDGET.chars; i--) {
    const text = thread[i].text.slice(0, THREAD_BUDGET.chars - chars);
    out.unshift({ ...thread[i], text });
    chars += text.length;
  }
  return out;
}

export async function analyseSnapshot(snapshot: ComposeSnapshot, ctx: PipelineContext): Promise<Analysis> {
  const thread = ctx.threadIsRecent ? snapshot.thread : recentThread(snapshot.thread);
  const home = ctx.settings.homeCountry ? await ctx.profile(ctx.settings.homeCountry) : null;
  const recipients = snapshot.recipients.filter((r) => r.field !== 'from');
  if (recipients.length === 0 && snapshot.record?.email) {
    recipients.push({ email: snapshot.record.email, name: snapshot.record.name, field: 'record' });
  } else if (recipients.length === 0 && snapshot.record?.name) {
    recipients.push({ email: '', name: snapshot.record.name, field: 'record' });
  }

  // Every country's profile is loaded once per analysis.
  const profiles = new Map<string, CountryProfile | null>();
  const loadProfile = async (cc: string) => {
    if (!profiles.has(cc)) profiles.set(cc, await ctx.profile(cc));
    return profiles.get(cc) ?? null;
  };

  const inferred = inferRecipients(
    {
      recipients: recipients.map((r) => ({ email: r.email, name: r.name })),
      thread,
      signature: snapshot.signature,
      fields: snapshot.record,
    },
    { overrides: ctx.overrides, learnedDomains: ctx.learnedDomains, homeCountry: ctx.settings.homeCountry, langHint: ctx.langHint ?? undefined },
  );
  // The audience's target is the most formal culture among the readers, judged from the
  // (possibly user-edited) profiles, which load asynchronously: so it is decided here.
  for (const r of inferred.recipients) if (!r.abstain && r.candidates[0]) await loadProfile(r.candidates[0].country);
  inferred.audience = audienceOf(inferred.recipients, formalityProxy(profiles, home));

  const primary = inferred.recipients.find((r) => !r.abstain) ?? null;
  const chosen = ctx.writingFor && inferred.audience?.countries.includes(ctx.writingFor) ? ctx.writingFor : null;
  const targetCountry: CountryCode | null =
    chosen ?? inferred.audience?.targetCountry ?? (primary ? primary.candidates[0]?.country ?? null : null);
  const targetProfile = targetCountry ? await loadProfile(targetCountry) : null;
  let target = targetProfile ? communicationTarget(targetProfile, home) : null;

  // Name-based advice (greeting, address form) is for the reader whose culture sets the target.
  const lead =
    inferred.recipients.find((r) => !r.abstain && r.candidates[0]?.country === targetCountry) ?? primary;
  const primaryRecipient = lead
    ? recipients.find((r) => r.email.toLowerCase() === lead.email.toLowerCase() && (r.name ?? '') === (lead.name ?? r.name ?? '')) ?? recipients[0]
    : recipients[0];
  // The draft's own language decides which register rules apply; a draft too short to tell
  // ("Hi,") is taken to be in the thread's language.
  const head = snapshot.body.slice(0, 4_000);
  const detected = detectLanguage(cleanEmailText(head));
  // Below this confidence a detector's guess on a few words is noise ("Hi guys," → Catalan).
  // Fall back to the language the lead reader writes in, then to the thread's, as LANGID.md
  // recommends, and else to the analyser's own guess.
  const trusted = (g: LanguageGuess | undefined) => g && g.lang !== 'und' && g.confidence >= DRAFT_LANG_MIN_CONFIDENCE;
  const draftLang = trusted(detected) ? detected : trusted(lead?.language) ? lead!.language! : inferred.lang;
  // "This contact prefers first names" (per contact, else per domain) beats the country default.
  const leadEmail = primaryRecipient?.email.toLowerCase() ?? '';
  const leadDomain = leadEmail.includes('@') ? getDomain(leadEmail.split('@')[1]) ?? leadEmail.split('@')[1] : '';
  const pref =
    ctx.overrides.find((o) => o.scope === 'contact' && o.key.toLowerCase() === leadEmail && o.firstNames !== null) ??
    ctx.overrides.find((o) => o.scope === 'domain' && o.key.toLowerCase() === leadDomain && o.firstNames !== null) ??
    null;
  if (target && pref) target = withOverride(target, pref);

  const draft = analyzeDraft({
    draft: snapshot.body,
    lang: draftLang.lang !== 'und' ? draftLang.lang : undefined,
    target,
    recipient: primaryRecipient
      ? { name: primaryRecipient.name, email: primaryRecipient.email, country: targetCountry ?? undefined }
      : undefined,
    // Each reader with their own country, so the greeting fix greets the person the draft greets.
    readers: recipients.map((r, i) => ({ name: r.name, email: r.email, field: r.field, country: inferred.recipients[i]?.abstain ? undefined : inferred.recipients[i]?.candidates[0]?.country })),
    firstContact: snapshot.thread.length === 0,
    disabledRules: new Set(ctx.settings.disabledRules ?? []),
    now: ctx.now,
  });
  const contact = contactKey(primaryRecipient?.email, primaryRecipient?.name);
  // Apply sends `original` back so the page can check the span still holds it; without it every
  // non-empty replacement was refused as "the draft changed".
  const off = new Set(ctx.settings.disabledRules ?? []);
  const suggestions = draft.suggestions
    .filter((s) => !ctx.dismissed.has(`${contact}|${dismissalKey(s.id)}`) && !off.has(ruleOf(s)))
    .map((s) => ({ ...s, original: s.original ?? snapshot.body.slice(s.start, s.end) }));

  return {
    composeId: snapshot.composeId,
    site: snapshot.site,
    at: ctx.now.getTime(),
    lang: draftLang.lang !== 'und' ? draftLang : { lang: draft.lang, confidence: 0 },
    recipients: inferred.recipients,
    audience: inferred.audience,
    target,
    scores: draft.scores,
    suggestions,
    sentenceBreakdown: draft.sentenceBreakdown,
    analysedChars: draft.analysedChars,
    totalChars: draft.totalChars,
    record: snapshot.record,
    failures: snapshot.failures,
    // Read from each recipient's own language, never the thread's.
    languageWarning: trusted(detected) ? languageWarning(detected.lang, inferred.recipients) : null,
    lens: lensOf(thread, snapshot, inferred.recipients),
  };
}

/** Addresses in a "Name <address>" or bare-address string, lower-cased. */
function addressesIn(s: string): string[] {
  return (s.match(/[^\s<>"',;]+@[^\s<>"',;]+/g) ?? []).map((a) => a.toLowerCase());
}

/**
 * The reading lens over the thread: each received message read through its sender's culture.
 * A sender who is a recipient is placed where inference placed them; others by their domain.
 * Messages from the user's own addresses (the compose's From, the page's signed-in account:
 * `snapshot.self`) are skipped: the lens reads what the user received, never what they wrote.
 */
function lensOf(
  thread: ComposeSnapshot['thread'],
  snapshot: ComposeSnapshot,
  inferred: Array<{ email: string; abstain: boolean; candidates: Array<{ country: string }> }>,
): Analysis['lens'] {
  if (!thread.length) return [];
  const self = new Set([
    ...snapshot.recipients.filter((r) => r.field === 'from').flatMap((r) => addressesIn(r.email)),
    ...(snapshot.self ?? []).flatMap(addressesIn),
  ]);
  const placed = new Map(inferred.filter((r) => !r.abstain && r.candidates[0]).map((r) => [r.email.toLowerCase(), r.candidates[0].country]));
  return readThread(thread, {
    isSelf: (from) => addressesIn(from).some((a) => self.has(a)),
    countryOf: (from) => addressesIn(from).map((a) => placed.get(a)).find(Boolean) ?? null,
  });
}
