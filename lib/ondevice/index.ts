/**
 * The browser's own on-device models: Chrome's Translator API (stable since Chrome 138) and the
 * Prompt API (`LanguageModel`). The browser downloads and manages the models; the extension makes
 * no request of its own and only ever calls these objects. Where they are absent (Firefox, older
 * Chrome, phones) `detectOnDevice` returns null for them and the features stay hidden.
 *
 * Pure: the API objects are passed in, so Node tests run against fakes with the same shape.
 */
import { diffWords } from 'diff';

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number }) => void): void;
}

export interface TranslatorOptions {
  sourceLanguage: string;
  targetLanguage: string;
}
export interface TranslatorSession {
  translate(text: string): Promise<string>;
  destroy?(): void;
}
export interface TranslatorFactory {
  availability(options: TranslatorOptions): Promise<Availability | null>;
  create(options: TranslatorOptions & { monitor?: (m: DownloadMonitor) => void }): Promise<TranslatorSession>;
}

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}
export interface LanguageModelSession {
  prompt(input: string): Promise<string>;
  destroy?(): void;
}
export interface LanguageModelFactory {
  availability(options?: Record<string, unknown>): Promise<Availability | null>;
  create(options: {
    initialPrompts?: PromptMessage[];
    monitor?: (m: DownloadMonitor) => void;
    expectedInputs?: Array<{ type: 'text'; languages: string[] }>;
    expectedOutputs?: Array<{ type: 'text'; languages: string[] }>;
  }): Promise<LanguageModelSession>;
}

export interface OnDevice {
  translator: TranslatorFactory | null;
  languageModel: LanguageModelFactory | null;
}

function isFactory(x: unknown): boolean {
  return !!x && (typeof x === 'function' || typeof x === 'object') && typeof (x as { availability?: unknown }).availability === 'function' && typeof (x as { create?: unknown }).create === 'function';
}

/** Feature detection on a global scope (the side panel passes `self`). */
export function detectOnDevice(scope: unknown): OnDevice {
  const s = (scope ?? {}) as { Translator?: unknown; LanguageModel?: unknown };
  return {
    translator: isFactory(s.Translator) ? (s.Translator as TranslatorFactory) : null,
    languageModel: isFactory(s.LanguageModel) ? (s.LanguageModel as LanguageModelFactory) : null,
  };
}

/** The primary language subtag the APIs take ("pt-BR" → "pt"). */
export function baseLang(tag: string): string {
  return String(tag || '').toLowerCase().split(/[-_]/)[0];
}

/**
 * Whether a pair can be translated, and whether the browser must fetch a model first (which
 * needs a click, and which the UI explains is the browser's own download).
 */
export async function translationStatus(t: TranslatorFactory | null, from: string, to: string): Promise<'absent' | 'same' | Availability> {
  if (!t) return 'absent';
  const [a, b] = [baseLang(from), baseLang(to)];
  if (!a || !b || a === 'und' || b === 'und') return 'unavailable';
  if (a === b) return 'same';
  try {
    return (await t.availability({ sourceLanguage: a, targetLanguage: b })) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Longest draft sent to a model in one go; longer drafts are refused with a clear reason. */
export const ONDEVICE_MAX_CHARS = 8_000;

export interface Translated {
  translation: string;
  /** The translation translated back into the user's language, to show what will be sent. */
  back: string;
}

/**
 * Translate the draft paragraph by paragraph (so greeting, body and sign-off keep their lines),
 * then translate the result back. Empty lines are kept as they are.
 */
export async function translateWithBack(
  t: TranslatorFactory,
  text: string,
  from: string,
  to: string,
  onProgress?: (loaded: number) => void,
): Promise<Translated> {
  if (text.length > ONDEVICE_MAX_CHARS) throw new Error(`The draft is longer than ${ONDEVICE_MAX_CHARS} characters; translate it in parts.`);
  const monitor = onProgress ? (m: DownloadMonitor) => m.addEventListener('downloadprogress', (e) => onProgress(e.loaded)) : undefined;
  const [a, b] = [baseLang(from), baseLang(to)];
  // Both sessions are asked for at once, inside the click that started them: where the browser
  // must fetch a model first, `create` needs that user activation, which a long download of the
  // first model would outlast.
  const made = await Promise.allSettled([t.create({ sourceLanguage: a, targetLanguage: b, monitor }), t.create({ sourceLanguage: b, targetLanguage: a, monitor })]);
  const failed = made.find((m): m is PromiseRejectedResult => m.status === 'rejected');
  if (failed) {
    for (const m of made) if (m.status === 'fulfilled') m.value.destroy?.();
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  }
  const [there, back] = made.map((m) => (m as PromiseFulfilledResult<TranslatorSession>).value);
  try {
    const translation = await byParagraph(text, (p) => there.translate(p));
    return { translation, back: await byParagraph(translation, (p) => back.translate(p)) };
  } finally {
    there.destroy?.();
    back.destroy?.();
  }
}

async function byParagraph(text: string, f: (p: string) => Promise<string>): Promise<string> {
  const parts = text.split(/(\n+)/);
  const out: string[] = [];
  for (const p of parts) out.push(/^\n*$/.test(p) || !p.trim() ? p : await f(p));
  return out.join('');
}

export interface RewriteConstraint {
  /** What to change, in plain words ("Use a formal greeting"). */
  title: string;
  before?: string;
  after?: string;
}

/**
 * The instructions for an on-device rewrite, constrained by the active suggestions: keep the
 * facts, names, numbers and dates; apply exactly these changes; answer with the email only.
 */
export function rewritePrompt(opts: { draft: string; country: string; lang: string; constraints: RewriteConstraint[] }): { system: string; user: string } {
  const rules = opts.constraints.map((c, i) => `${i + 1}. ${c.title}${c.before && c.after !== undefined ? ` ("${c.before}" → "${c.after}")` : ''}`);
  const system = [
    `You edit business emails for a reader in ${opts.country}. Write in the language with code "${baseLang(opts.lang)}".`,
    'Keep every fact, name, number, date and commitment exactly as written. Do not add new content, promises or greetings beyond what the changes ask for.',
    'Answer with the rewritten email only, with no comments.',
  ].join('\n');
  const user = [rules.length ? `Make these changes:\n${rules.join('\n')}` : 'Adjust tone and register for the reader; change nothing else.', '', 'Email:', opts.draft].join('\n');
  return { system, user };
}

/** The options the rewrite's session is created with; availability is asked with the same. */
function rewriteOptions(lang: string) {
  const languages = [baseLang(lang)];
  return { expectedInputs: [{ type: 'text' as const, languages }], expectedOutputs: [{ type: 'text' as const, languages }] };
}

/**
 * Whether the Prompt API can rewrite in this language (its models read and write only some
 * languages), and whether the browser must fetch the model first.
 */
export async function rewriteStatus(lm: LanguageModelFactory | null, lang: string): Promise<'absent' | Availability> {
  if (!lm) return 'absent';
  const l = baseLang(lang);
  if (!l || l === 'und') return 'unavailable';
  try {
    return (await lm.availability(rewriteOptions(l))) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export async function rewriteOnDevice(lm: LanguageModelFactory, opts: Parameters<typeof rewritePrompt>[0], onProgress?: (loaded: number) => void): Promise<string> {
  if (opts.draft.length > ONDEVICE_MAX_CHARS) throw new Error(`The draft is longer than ${ONDEVICE_MAX_CHARS} characters; rewrite it in parts.`);
  const { system, user } = rewritePrompt(opts);
  const monitor = onProgress ? (m: DownloadMonitor) => m.addEventListener('downloadprogress', (e) => onProgress(e.loaded)) : undefined;
  const session = await lm.create({ initialPrompts: [{ role: 'system', content: system }], monitor, ...rewriteOptions(opts.lang) });
  try {
    return (await session.prompt(user)).trim();
  } finally {
    session.destroy?.();
  }
}

export type DiffPart = { op: 'same' | 'add' | 'remove'; text: string };

/** A word-level diff of the draft and a proposal, for showing a rewrite before it is applied. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ op: c.added ? 'add' : c.removed ? 'remove' : 'same', text: c.value }));
}
