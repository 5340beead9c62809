/**
 * The one message protocol between the extension's contexts. Every payload is a zod schema; the
 * background parses each message with `parseRequest` and answers with `Result`. Types are inferred
 * from the schemas so the sender and the handler cannot drift apart.
 */
import { z } from 'zod';
import type { CountryProfile } from './profiles/schema';
import type { Comparison } from './profiles/target';
import type { Brief } from './brief/index';
import type { CallPrepResult } from './callprep/service';
import type { WorkingState, LocalTime } from './profiles/calendar';
import type { FailureRow, FocusRow, NoteRow } from './db/schema';
import type { ImportCounts } from './db/transfer';
import type { LearnedDomainView } from './db/learned';
import type { AnswerResult, PracticeToday } from './practice/service';
import type { Progress } from './practice/progress';

/** Upper bounds applied at the wire. Longer page strings are cut, never rejected, so a hostile
 * page cannot make the extension fail, and nothing the user typed is lost in the editor itself. */
export const LIMITS = {
  name: 500,
  email: 320,
  subject: 2_000,
  body: 200_000,
  threadMessages: 500,
  threadText: 20_000,
  recipients: 100,
  field: 2_000,
  /** Largest backup file the options page reads and the background imports (runtime messages cap at 64 MiB). */
  importBytes: 10 * 1024 * 1024,
} as const;

const clipped = (max: number) => z.string().transform((s) => (s.length > max ? s.slice(0, max) : s));

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as DE');
export type CountryCode = z.infer<typeof CountryCode>;

export const RecipientField = z.enum(['to', 'cc', 'bcc', 'from', 'record', 'other']);

export const Recipient = z.object({
  email: clipped(LIMITS.email).default(''),
  name: clipped(LIMITS.name).optional(),
  field: RecipientField.default('to'),
});
export type Recipient = z.infer<typeof Recipient>;

export const ThreadMessage = z.object({
  from: clipped(LIMITS.email + LIMITS.name).optional(),
  text: clipped(LIMITS.threadText),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/** Fields read from an open CRM record (Salesforce, HubSpot, Dynamics …). */
export const RecordFields = z
  .object({
    country: clipped(LIMITS.field),
    phone: clipped(LIMITS.field),
    address: clipped(LIMITS.field),
    city: clipped(LIMITS.field),
    company: clipped(LIMITS.field),
    email: clipped(LIMITS.email),
    name: clipped(LIMITS.name),
    role: clipped(LIMITS.field),
    dealStage: clipped(LIMITS.field),
  })
  .partial();
export type RecordFields = z.infer<typeof RecordFields>;

/** What a site adapter extracts from one compose window or CRM record. */
export const ComposeSnapshot = z.object({
  site: z.string().max(40),
  composeId: z.string().min(1).max(200),
  recipients: z.array(Recipient).max(LIMITS.recipients),
  subject: clipped(LIMITS.subject).default(''),
  body: z.string().default(''),
  thread: z
    .array(ThreadMessage)
    .default([])
    .transform((t) => t.slice(0, LIMITS.threadMessages)),
  signature: clipped(LIMITS.threadText).optional(),
  /**
   * The user's own addresses as the page shows them (the compose's From, the signed-in account):
   * thread messages from these are the user's, not received, so the reading lens skips them.
   */
  self: z.array(clipped(LIMITS.email)).max(5).optional(),
  record: RecordFields.optional(),
  /** Redacted descriptions of selectors that found nothing (the site may have changed). */
  failures: z.array(z.string().max(300)).max(50).default([]),
});
export type ComposeSnapshot = z.infer<typeof ComposeSnapshot>;

export const Kind = z.enum(['measured', 'estimated', 'derived', 'curated']);
export type Kind = z.infer<typeof Kind>;

export const Candidate = z.object({
  country: CountryCode,
  probability: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type Candidate = z.infer<typeof Candidate>;

export const LanguageGuess = z.object({ lang: z.string(), confidence: z.number() });
export type LanguageGuess = z.infer<typeof LanguageGuess>;

export const RecipientInference = z.object({
  email: z.string(),
  name: z.string().optional(),
  candidates: z.array(Candidate),
  /** True when the evidence is too weak to name a country. */
  abstain: z.boolean(),
  /** Why the recipient is left unknown ("free mail, English only, no phone"); set when `abstain`. */
  abstainReason: z.string().optional(),
  language: LanguageGuess.optional(),
  /** Set when the top candidate comes from the user's own correction. */
  overridden: z.boolean().default(false),
});
export type RecipientInference = z.infer<typeof RecipientInference>;

export const SuggestionCategory = z.enum([
  'formality',
  'greeting',
  'address-form',
  'sign-off',
  'directness',
  'negative-feedback',
  'pressure',
  'idiom',
  'humour',
  'relationship',
  'calendar',
]);
export type SuggestionCategory = z.infer<typeof SuggestionCategory>;

export const Severity = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof Severity>;

export const Suggestion = z.object({
  id: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  category: SuggestionCategory,
  severity: Severity,
  message: z.string(),
  /** The cultural basis and its source, e.g. "Hofstede PDI 54 (Hofstede 2015, measured)". */
  source: z.string().optional(),
  replacement: z.string().optional(),
  /** The id of the rule that made it (stable: rule toggles in the options use it). */
  rule: z.string().max(60).optional(),
  /** The message as an i18n key and parameters, so the UI can show it in the UI language
   * (lib/i18n/locales/rules); `message` is the English rendering. */
  messageKey: z.string().max(120).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The draft text at [start, end) when the suggestion was made; Apply sends it so the page can
   * check the draft has not changed since. */
  original: z.string().optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Scores = z.object({
  formality: z.number().min(-1).max(1),
  politeness: z.number().min(-1).max(1),
  directness: z.number().min(-1).max(1),
  warmth: z.number().min(-1).max(1),
});
export type Scores = z.infer<typeof Scores>;

export const TargetExplanation = z.object({ text: z.string(), sources: z.array(z.string()) });

/** What the recipient's culture expects of a message, derived from profiles (lib/profiles). */
export const CommunicationTarget = z.object({
  country: CountryCode,
  from: CountryCode.nullable(),
  /** 0 (casual) … 1 (very formal). */
  formality: z.number().min(0).max(1),
  /** 0 (indirect) … 1 (very direct). */
  directness: z.number().min(0).max(1),
  firstNames: z.boolean(),
  greeting: z.object({ en: z.string(), local: z.string().nullable(), lang: z.string().nullable() }),
  signOff: z.object({ en: z.string(), local: z.string().nullable() }),
  addressForm: z.string(),
  /** 0 (task first) … 1 (relationship first). */
  relationship: z.number().min(0).max(1),
  /** 0 (relaxed) … 1 (very sensitive to dates and deadlines). */
  deadlineSensitivity: z.number().min(0).max(1),
  explanations: z.array(TargetExplanation),
});
export type CommunicationTarget = z.infer<typeof CommunicationTarget>;

/** One sentence of the draft and how it counts in the draft's formality (lib/analysis SentenceBreakdown). */
export const SentenceBreakdown = z.object({
  start: z.number(),
  end: z.number(),
  lang: z.string(),
  role: z.enum(['body', 'greeting', 'sign-off', 'signature', 'quote']),
  formality: z.number(),
  politeness: z.number(),
  weight: z.number(),
  pull: z.number(),
});
export type SentenceBreakdown = z.infer<typeof SentenceBreakdown>;

/** One received message read through its sender's culture (lib/decode): the reading lens. */
export const LensReading = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The phrase as written (a few words of a received message, never the user's draft). */
  phrase: z.string().max(200),
  id: z.string().max(60),
  kind: z.string().max(40),
  meaning: z.string().max(400),
  confidence: z.number().min(0).max(1),
  basis: z.string().max(600),
});
export const LensMessage = z.object({
  index: z.number().int().min(0),
  from: z.string().nullable(),
  country: z.string().nullable(),
  lang: z.string(),
  readings: z.array(LensReading),
});
export type LensMessage = z.infer<typeof LensMessage>;

export const Analysis = z.object({
  composeId: z.string(),
  site: z.string(),
  at: z.number(),
  lang: LanguageGuess,
  recipients: z.array(RecipientInference),
  audience: z
    .object({
      countries: z.array(CountryCode),
      mixed: z.boolean(),
      targetCountry: CountryCode.nullable(),
      /** Whose norms the target follows: the addresses of the readers from `targetCountry`. */
      normsOf: z.array(z.string()).optional(),
    })
    .nullable(),
  /**
   * Set when the draft is written in a language no recipient is known to read (English counts as
   * read by every business reader): the draft's language and each recipient's own.
   */
  languageWarning: z
    .object({ draftLang: z.string(), readers: z.array(z.object({ email: z.string(), lang: z.string() })) })
    .nullable()
    .optional(),
  target: CommunicationTarget.nullable(),
  scores: Scores,
  suggestions: z.array(Suggestion),
  /** Which sentences set the draft's formality (spans into the draft). Optional: added in #14. */
  sentenceBreakdown: z.array(SentenceBreakdown).optional(),
  /** "How to read this": phrases in the received messages whose usual reading differs, per sender. */
  lens: z.array(LensMessage).optional(),
  /** Analysis is bounded: for huge drafts only the first `analysedChars` are read. */
  analysedChars: z.number(),
  totalChars: z.number(),
  record: RecordFields.optional(),
  failures: z.array(z.string()).default([]),
});
export type Analysis = z.infer<typeof Analysis>;

export const OverrideScope = z.enum(['contact', 'domain']);
export const Override = z.object({
  scope: OverrideScope,
  /** A lower-cased email address (contact) or registrable domain (domain). */
  key: z.string().min(1).max(LIMITS.email),
  country: CountryCode.nullable().default(null),
  lang: z.string().max(12).nullable().default(null),
  firstNames: z.boolean().nullable().default(null),
  note: z.string().max(10_000).default(''),
  updatedAt: z.number().default(0),
});
export type Override = z.infer<typeof Override>;

export const Settings = z.object({
  homeCountry: CountryCode.nullable().default(null),
  homeLanguage: z.string().max(12).nullable().default(null),
  uiLanguage: z.string().max(12).nullable().default(null),
  disabledSites: z.array(z.string().max(40)).default([]),
  extraOrigins: z.array(z.string().max(300)).default([]),
  dailyCard: z.boolean().default(false),
  dailyCardTime: z.string().regex(/^\d\d:\d\d$/).default('09:00'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Suggestion rules the user turned off (options → suggestion rules, or "Turn off this rule" on a card): a rule id (lib/analysis/rules/ids.ts) or, for suggestions without one, a category. */
  disabledRules: z.array(z.string().max(120)).max(500).default([]),
  /** The answer to "may the browser download its own model?", asked once by the side panel's
   * on-device translation and rewrite (the browser fetches it; Glocal makes no request). */
  onDeviceModels: z.enum(['ask', 'allowed', 'declined']).default('ask'),
  /** The pause before a costly send (lib/presend.ts): on for warnings by default. */
  presendPause: z.boolean().default(true),
  /** Pause for info-level items too (off by default). */
  presendInfo: z.boolean().default(false),
  /** Sites (adapter ids) where the pause is off. */
  presendOffSites: z.array(z.string().max(40)).max(50).default([]),
});
export type Settings = z.infer<typeof Settings>;
/** A partial settings update. Unlike `Settings.partial()` it fills no defaults (zod 4 applies
 * defaults inside partial), so an update of one field cannot reset the others. */
export const SettingsPatch = z.object(
  Object.fromEntries(Object.entries(Settings.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.unwrap() : v).optional()])) as unknown as {
    [K in keyof Settings]: z.ZodOptional<z.ZodType<Settings[K]>>;
  },
);

/** An empty answer. */
export type Empty = Record<string, never>;

/** `checkText`'s answer: what the draft analysis finds in the text, for the draft's target. */
export interface CheckTextAnswer {
  lang: string;
  target: CountryCode | null;
  scores: Scores;
  suggestions: Suggestion[];
}

/** `getState`'s answer: the tab's analyses (newest first) and the settings. */
export interface StateAnswer {
  tabId: number | null;
  analyses: Analysis[];
  settings: Settings;
}

export const NoteScope = z.enum(['contact', 'domain', 'country']);
const NoteText = z.string().trim().min(1).max(10_000);
const NoteId = z.string().min(1).max(100);

/** A type carried by `Requests` with no value at run time (the answer each request gets). */
function answer<T>(): T {
  return undefined as T;
}

/**
 * Every request, by type: `{ from, schema, output }`. `from` says which contexts may send it:
 * `content` is a content script (a web page's tab), `ui` an extension page (popup, side panel,
 * options). `schema` parses the input; `output` is the answer's type (no value at run time), which
 * the background's handler map (lib/service/handlers.ts) and the client (lib/client.ts) share.
 */
export const Requests = {
  snapshot: { from: ['content'], schema: z.object({ snapshot: ComposeSnapshot }), output: answer<Analysis>() },
  composeClosed: { from: ['content'], schema: z.object({ composeId: z.string().max(200) }), output: answer<Empty>() },
  openPanel: { from: ['content'], schema: z.object({ composeId: z.string().max(200).optional() }), output: answer<Empty>() },
  getState: { from: ['ui'], schema: z.object({ tabId: z.number().int().nullable() }), output: answer<StateAnswer>() },
  getProfile: { from: ['ui'], schema: z.object({ country: CountryCode }), output: answer<CountryProfile | null>() },
  compare: { from: ['ui'], schema: z.object({ a: CountryCode, b: CountryCode }), output: answer<Comparison>() },
  brief: { from: ['ui'], schema: z.object({ to: CountryCode, from: CountryCode, record: RecordFields.optional() }), output: answer<{ brief: Brief; markdown: string }>() },
  /** "Prepare for a call" from a CRM record: `to` overrides the record's country, `tz` is the user's time zone. */
  callPrep: {
    from: ['ui'],
    schema: z.object({ record: RecordFields, to: CountryCode.optional(), from: CountryCode.nullable().optional(), tz: z.string().max(64).optional(), at: z.number().int().nonnegative() }),
    output: answer<CallPrepResult>(),
  },
  listCountries: { from: ['ui'], schema: z.object({}), output: answer<{ country: string; name: string }[]>() },
  /** The recipient's local time and working/weekend/holiday status at `at` (ms since epoch). */
  workingStatus: { from: ['ui'], schema: z.object({ country: CountryCode, at: z.number().int().nonnegative() }), output: answer<WorkingStatusAnswer>() },
  setOverride: { from: ['ui'], schema: z.object({ override: Override }), output: answer<Override>() },
  /** The badge's country picker: a country, nothing else, for a recipient of the sender's own tab
   * (the background checks the key against that tab's current analyses). Answers nothing. */
  setCountry: { from: ['content'], schema: z.object({ key: z.string().min(1).max(LIMITS.email), country: CountryCode }), output: answer<Empty>() },
  deleteOverride: { from: ['ui'], schema: z.object({ scope: OverrideScope, key: z.string().max(LIMITS.email) }), output: answer<Empty>() },
  listOverrides: { from: ['ui'], schema: z.object({}), output: answer<Override[]>() },
  getSettings: { from: ['ui'], schema: z.object({}), output: answer<Settings>() },
  /** The inline card's Dismiss: one suggestion of a compose the sender's own tab has open. */
  dismissSuggestion: { from: ['content'], schema: z.object({ composeId: z.string().max(200), suggestionId: z.string().max(300) }), output: answer<Empty>() },
  /** All a content script learns of the settings: whether Glocal is on for its site, and whether
   * the pause before a costly send is on there (and counts info-level items). */
  siteEnabled: { from: ['content'], schema: z.object({ site: z.string().max(40) }), output: answer<SiteSettingsAnswer>() },
  setSettings: { from: ['ui'], schema: z.object({ settings: SettingsPatch }), output: answer<Settings>() },
  dismiss: { from: ['ui'], schema: z.object({ contact: z.string().max(LIMITS.email), suggestionKey: z.string().max(300) }), output: answer<Empty>() },
  /** Whose norms a compose's fixes follow ("Writing for: Japan ▾"); null returns to the strictest reader. */
  setWritingFor: { from: ['ui'], schema: z.object({ tabId: z.number().int(), composeId: z.string().max(200), country: CountryCode.nullable() }), output: answer<Analysis>() },
  apply: {
    from: ['ui'],
    schema: z.object({
      tabId: z.number().int(),
      composeId: z.string().max(200),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      original: z.string().max(LIMITS.body),
      // A whole translated draft (lib/ondevice: up to 8,000 characters in, longer in some languages).
      replacement: z.string().max(40_000),
      /** The span is the whole draft (an on-device translation or rewrite): refused when the
       * editor holds more text after it, e.g. words typed since. */
      whole: z.boolean().optional(),
    }),
    output: answer<{ applied: true }>(),
  },
  /**
   * The text of an open draft, from the worker's memory only (never stored): for the side panel's
   * "which sentences set the formality" list, whose spans point into it. `at` is the analysis time
   * it belongs to; null when the worker no longer holds the draft (after a restart, before `resend`).
   */
  draftText: { from: ['ui'], schema: z.object({ tabId: z.number().int(), composeId: z.string().max(200) }), output: answer<{ body: string; at: number } | null>() },
  /**
   * The register rules on another text (an on-device translation or rewrite of an open draft),
   * for the same readers and target as that draft: the draft analysis re-run in the worker on
   * `text` in `lang`, answered and forgotten. Nothing is stored, held, learned or broadcast.
   */
  checkText: {
    from: ['ui'],
    schema: z.object({
      tabId: z.number().int(),
      composeId: z.string().max(200),
      text: z.string().max(LIMITS.body),
      lang: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'expected a language tag such as de or pt-BR').max(35),
    }),
    output: answer<CheckTextAnswer>(),
  },
  exportData: { from: ['ui'], schema: z.object({}), output: answer<{ json: string }>() },
  importData: { from: ['ui'], schema: z.object({ json: z.string() }), output: answer<{ counts: ImportCounts }>() },
  resetData: { from: ['ui'], schema: z.object({ confirm: z.literal(true) }), output: answer<Empty>() },
  /** Domains learned from CRM records (lib/db/learned.ts), for the options page. */
  listLearnedDomains: { from: ['ui'], schema: z.object({}), output: answer<LearnedDomainView[]>() },
  forgetLearnedDomain: { from: ['ui'], schema: z.object({ domain: z.string().min(1).max(253) }), output: answer<Empty>() },
  selectorFailures: { from: ['ui'], schema: z.object({}), output: answer<FailureRow[]>() },
  practiceToday: { from: ['ui'], schema: z.object({ more: z.boolean().optional() }), output: answer<PracticeToday>() },
  practiceAnswer: { from: ['ui'], schema: z.object({ questionId: z.string().min(1).max(200), choice: z.number().int().min(0).max(20) }), output: answer<AnswerResult>() },
  practiceProgress: { from: ['ui'], schema: z.object({}), output: answer<Progress>() },
  setFocus: { from: ['ui'], schema: z.object({ country: CountryCode, pinned: z.boolean().optional(), hidden: z.boolean().optional(), remove: z.boolean().optional() }), output: answer<FocusRow[]>() },
  // The user's own notes and data set (lib/service/user-data.ts).
  listNotes: { from: ['ui'], schema: z.object({ scope: NoteScope.optional(), key: z.string().min(1).max(LIMITS.email).optional() }), output: answer<NoteRow[]>() },
  addNote: { from: ['ui'], schema: z.object({ scope: NoteScope, key: z.string().trim().min(1).max(LIMITS.email), text: NoteText }), output: answer<NoteRow>() },
  updateNote: { from: ['ui'], schema: z.object({ id: NoteId, text: NoteText }), output: answer<NoteRow>() },
  deleteNote: { from: ['ui'], schema: z.object({ id: NoteId }), output: answer<Empty>() },
  importDimensionCsv: {
    from: ['ui'],
    schema: z.object({ csv: z.string().max(2 * 1024 * 1024), source: z.string().trim().min(3).max(300), version: z.string().trim().min(1).max(100), kind: Kind.optional() }),
    output: answer<{ countries: string[]; values: number }>(),
  },
} as const;

export type RequestType = keyof typeof Requests;
/** What a request carries once parsed (defaults filled, strings clipped). */
export type RequestInput<T extends RequestType> = z.output<(typeof Requests)[T]['schema']>;
/** What the background answers to a request: `tsc` checks every handler against it. */
export type RequestOutput<T extends RequestType> = (typeof Requests)[T]['output'];
export type RequestPayload<T extends RequestType> = z.input<(typeof Requests)[T]['schema']>;
/** An empty zod object's input type is `Record<string, never>`, which cannot carry `type`. */
type WithType<T extends RequestType> = string extends keyof RequestPayload<T> ? { type: T } : { type: T } & RequestPayload<T>;
export type Envelope = { [T in RequestType]: WithType<T> }[RequestType];
/** The envelope of one request type. */
export type EnvelopeOf<T extends RequestType> = WithType<T>;

/** Messages the background sends to a tab's content script. */
export const ContentRequests = {
  apply: Requests.apply.schema.omit({ tabId: true }),
  analysis: z.object({ analysis: Analysis }),
  ping: z.object({}),
  /** After a worker restart the background holds no draft: it asks the tab to send its snapshots again. */
  resend: z.object({}),
} as const;

/** `siteEnabled`'s answer: three booleans about one site, nothing else of the settings. */
export type SiteSettingsAnswer = { enabled: boolean; pause: boolean; pauseInfo: boolean };

export type WorkingStatusAnswer = { status: WorkingState; holidayToday: string | null; holidayTomorrow: string | null; local: LocalTime };

/** A message the background sends to a content script, typed from `ContentRequests`. */
type ContentType = keyof typeof ContentRequests;
type ContentInput<K extends ContentType> = z.input<(typeof ContentRequests)[K]>;
export type ToContent = { [K in ContentType]: string extends keyof ContentInput<K> ? { type: K } : { type: K } & ContentInput<K> }[ContentType];

/** The push to open extension views: the analysis itself (null: the compose closed). */
export interface Push {
  type: 'analysisUpdated';
  tabId: number | null;
  composeId: string;
  analysis: Analysis | null;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export type SenderKind = 'content' | 'ui';

/**
 * Parse a raw message. Returns the typed request or a clear error naming the first problem.
 * Never throws, whatever `raw` is.
 */
export function parseRequest(
  raw: unknown,
  sender: SenderKind,
): { ok: true; type: RequestType; payload: unknown } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'message must be an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(Requests, type)) {
    // Never String() a page-supplied object: it may have no prototype (String throws) or a hostile toString.
    return { ok: false, error: typeof type === 'string' ? `unknown message type: ${type.slice(0, 40)}` : `message type must be a string, not ${type === null ? 'null' : typeof type}` };
  }
  const def = Requests[type as RequestType];
  if (!(def.from as readonly string[]).includes(sender)) {
    return { ok: false, error: `${type} is not accepted from a ${sender} context` };
  }
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `invalid ${type}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { ok: true, type: type as RequestType, payload: parsed.data };
}
