/**
 * The brief's and the comparison's sentences as i18next keys with parameters, in every UI
 * language. The bundles live in lib/i18n/locales/brief/<lang>.json; this module keeps its own
 * i18next instance (namespace `brief`) so the background, the CLI and the UI render the same
 * items the same way, whatever the page's i18next instance has loaded.
 *
 * English is bundled statically; the other six languages are separate chunks loaded on demand
 * with `loadBriefLang` (the side panel would otherwise carry all seven). Until a language is
 * loaded, `renderMessage` falls back to English.
 *
 * A brief item carries `{key, params}`; `text` is its rendering in the language it was built in.
 * Curated free text is English and is marked `lang: "en"` on the item, so the UI can mark it.
 */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../i18n/locales/brief/en.json';

export const BRIEF_LANGS = ['en', 'de', 'fr', 'es', 'pt', 'ja', 'zh'] as const;
export type BriefLang = (typeof BRIEF_LANGS)[number];
export type MessageParams = Record<string, string | number>;
export type BriefBundle = typeof en;

// Explicit loaders (not a glob) so Vite, vitest and tsx all resolve them the same way.
const LOADERS: Record<Exclude<BriefLang, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('../i18n/locales/brief/de.json'),
  fr: () => import('../i18n/locales/brief/fr.json'),
  es: () => import('../i18n/locales/brief/es.json'),
  pt: () => import('../i18n/locales/brief/pt.json'),
  ja: () => import('../i18n/locales/brief/ja.json'),
  zh: () => import('../i18n/locales/brief/zh.json'),
};

let instance: I18n | null = null;

function inst(): I18n {
  if (instance) return instance;
  const i = i18next.createInstance();
  void i.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['brief'],
    defaultNS: 'brief',
    resources: { en: { brief: en } },
    initAsync: false,
    // Rendered by React or written to Markdown (which escapes it): never as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = i;
  return i;
}

/** The UI language for a BCP 47 tag: one of the seven shipped, else English. */
export function briefLang(tag: string | undefined | null): BriefLang {
  const p = String(tag ?? 'en').toLowerCase().split(/[-_]/)[0];
  return ((BRIEF_LANGS as readonly string[]).includes(p) ? p : 'en') as BriefLang;
}

// Messages without parameters are rendered once per language (a brief has dozens of them).
const plain = new Map<string, string>();

/** True once `lang`'s bundle is loaded (English always is). */
export function briefLangLoaded(lang: string): boolean {
  const l = briefLang(lang);
  return l === 'en' || inst().hasResourceBundle(l, 'brief');
}

/** Load one language's bundle (idempotent). Resolves to the bundle. */
export async function loadBriefLang(lang: string): Promise<BriefBundle> {
  const l = briefLang(lang);
  if (l === 'en') return en;
  const i = inst();
  if (!i.hasResourceBundle(l, 'brief')) {
    const mod = await LOADERS[l]();
    i.addResourceBundle(l, 'brief', mod.default, true, true);
    for (const k of [...plain.keys()]) if (k.startsWith(`${l}\u0000`)) plain.delete(k);
  }
  return i.getResourceBundle(l, 'brief') as BriefBundle;
}

/** Render one message in `lang` (missing keys, or a language not loaded yet, fall back to English). */
export function renderMessage(key: string, params: MessageParams = {}, lang: string = 'en'): string {
  const lng = briefLangLoaded(lang) ? briefLang(lang) : 'en';
  if (Object.keys(params).length === 0) {
    const id = `${lng}\u0000${key}`;
    let v = plain.get(id);
    if (v === undefined) {
      v = inst().t(key, { lng });
      plain.set(id, v);
    }
    return v;
  }
  return inst().t(key, { ...params, lng });
}

/** True when `key` exists in the English bundle (every key must; a test checks the others). */
export function hasMessage(key: string): boolean {
  return inst().exists(key, { lng: 'en' });
}
