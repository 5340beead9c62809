/**
 * The brief's and the comparison's sentences as i18next keys with parameters, in every UI
 * language. The bundles live in lib/i18n/locales/brief/<lang>.json; this module keeps its own
 * i18next instance (namespace `brief`) so the background, the CLI and the UI render the same
 * items the same way, whatever the page's i18next instance has loaded.
 *
 * A brief item carries `{key, params}`; `text` is its rendering in the language it was built in.
 * Curated free text is English and is marked `lang: "en"` on the item, so the UI can mark it.
 */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../i18n/locales/brief/en.json';
import de from '../i18n/locales/brief/de.json';
import fr from '../i18n/locales/brief/fr.json';
import es from '../i18n/locales/brief/es.json';
import pt from '../i18n/locales/brief/pt.json';
import ja from '../i18n/locales/brief/ja.json';
import zh from '../i18n/locales/brief/zh.json';

export const BRIEF_BUNDLES = { en, de, fr, es, pt, ja, zh } as const;
export type BriefLang = keyof typeof BRIEF_BUNDLES;
export type MessageParams = Record<string, string | number>;

let instance: I18n | null = null;

function inst(): I18n {
  if (instance) return instance;
  const i = i18next.createInstance();
  void i.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['brief'],
    defaultNS: 'brief',
    resources: Object.fromEntries(Object.entries(BRIEF_BUNDLES).map(([l, b]) => [l, { brief: b }])),
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
  return (p in BRIEF_BUNDLES ? p : 'en') as BriefLang;
}

// Messages without parameters are rendered once per language (a brief has dozens of them).
const plain = new Map<string, string>();

/** Render one message in `lang` (missing keys fall back to English, then to the key). */
export function renderMessage(key: string, params: MessageParams = {}, lang: string = 'en'): string {
  const lng = briefLang(lang);
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
