/**
 * The UI's languages and their resources, without i18next: the popup uses this directly (with a
 * tiny translator) so its bundle stays small; the other pages go through lib/i18n/index.ts.
 * English is bundled statically (it is also the fallback for any missing key); every other
 * language is a separate JSON chunk loaded on demand.
 */
import enBase from './locales/en.json';
import enSentences from './locales/sentences/en.json';
import enSecurity from './locales/security/en.json';
import enRules from './locales/rules/en.json';
import enPractice from './locales/practice/en.json';
import enUserData from './locales/userdata/en.json';
import enPanel from './locales/panel/en.json';
import enOnDevice from './locales/ondevice/en.json';
import enPresend from './locales/presend/en.json';

/** The interface languages shipped. `zh` is Simplified Chinese (zh-CN). */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Areas keep their keys in files of their own (`locales/<area>/<lang>.json`), merged over the
 * main file, so parallel work on different areas does not edit the same large files.
 */
function mergeTrees<T extends object>(base: T, ...extra: object[]): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const tree of extra) {
    for (const [k, v] of Object.entries(tree)) {
      const old = out[k];
      out[k] = old && typeof old === 'object' && v && typeof v === 'object' ? mergeTrees(old as object, v as object) : v;
    }
  }
  return out as T;
}

const en = mergeTrees(enBase, enSentences, enSecurity, enRules, enPractice, enUserData, enPanel, enOnDevice, enPresend);

export type Resources = typeof en;

/** Each language's own name, for the language picker (shown in that language on purpose). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  ja: '日本語',
  zh: '中文（简体）',
};

// Languages written right to left. Arabic is not shipped yet, but the layout already follows
// `dir`, so adding ar.json is all it takes.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for right-to-left scripts (by the primary subtag of a BCP 47 tag), else `ltr`. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  const primary = String(lang || '').toLowerCase().split(/[-_]/)[0];
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The interface language: the user's explicit choice when it is shipped, else the first
 * browser language that is, else English. Regional tags fall back to their language
 * (`pt-BR` → `pt`, `zh-Hans-CN` → `zh`, `de-AT` → `de`).
 */
export function resolveLanguage(preferred: string | null | undefined, browserLanguages: readonly string[] = []): UiLanguage {
  for (const tag of [preferred, ...browserLanguages]) {
    if (!tag) continue;
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if ((UI_LANGUAGES as readonly string[]).includes(primary)) return primary as UiLanguage;
  }
  return 'en';
}

// Explicit loaders (not a glob) so Vite, vitest and tsx all resolve them the same way.
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('./locales/de.json'),
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  pt: () => import('./locales/pt.json'),
  ja: () => import('./locales/ja.json'),
  zh: () => import('./locales/zh.json'),
};
const AREA_LOADERS: Record<Exclude<UiLanguage, 'en'>, Array<() => Promise<{ default: unknown }>>> = {
  de: [() => import('./locales/sentences/de.json'), () => import('./locales/security/de.json'), () => import('./locales/rules/de.json'), () => import('./locales/practice/de.json'), () => import('./locales/userdata/de.json'), () => import('./locales/panel/de.json'), () => import('./locales/ondevice/de.json'), () => import('./locales/presend/de.json')],
  fr: [() => import('./locales/sentences/fr.json'), () => import('./locales/security/fr.json'), () => import('./locales/rules/fr.json'), () => import('./locales/practice/fr.json'), () => import('./locales/userdata/fr.json'), () => import('./locales/panel/fr.json'), () => import('./locales/ondevice/fr.json'), () => import('./locales/presend/fr.json')],
  es: [() => import('./locales/sentences/es.json'), () => import('./locales/security/es.json'), () => import('./locales/rules/es.json'), () => import('./locales/practice/es.json'), () => import('./locales/userdata/es.json'), () => import('./locales/panel/es.json'), () => import('./locales/ondevice/es.json'), () => import('./locales/presend/es.json')],
  pt: [() => import('./locales/sentences/pt.json'), () => import('./locales/security/pt.json'), () => import('./locales/rules/pt.json'), () => import('./locales/practice/pt.json'), () => import('./locales/userdata/pt.json'), () => import('./locales/panel/pt.json'), () => import('./locales/ondevice/pt.json'), () => import('./locales/presend/pt.json')],
  ja: [() => import('./locales/sentences/ja.json'), () => import('./locales/security/ja.json'), () => import('./locales/rules/ja.json'), () => import('./locales/practice/ja.json'), () => import('./locales/userdata/ja.json'), () => import('./locales/panel/ja.json'), () => import('./locales/ondevice/ja.json'), () => import('./locales/presend/ja.json')],
  zh: [() => import('./locales/sentences/zh.json'), () => import('./locales/security/zh.json'), () => import('./locales/rules/zh.json'), () => import('./locales/practice/zh.json'), () => import('./locales/userdata/zh.json'), () => import('./locales/panel/zh.json'), () => import('./locales/ondevice/zh.json'), () => import('./locales/presend/zh.json')],
};

/** The resource tree of one language (English synchronously available through this too). */
export async function loadResources(lang: UiLanguage): Promise<Resources> {
  if (lang === 'en') return en;
  const [mod, ...areas] = await Promise.all([LOADERS[lang](), ...AREA_LOADERS[lang].map((load) => load())]);
  return mergeTrees(mod.default as object, ...areas.map((a) => a.default as object)) as Resources;
}

/** The English resources, bundled with every page. */
export const englishResources: Resources = en;

/** Look up a dotted key and fill `{{name}}` placeholders; English, then the key, as fallbacks. */
export function translate(resources: Resources, key: string, params: Record<string, string | number> = {}): string {
  const find = (tree: unknown, k = key): string | null => {
    let node = tree;
    for (const part of k.split('.')) {
      if (!node || typeof node !== 'object') return null;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : null;
  };
  // A count picks the `_one` / `_other` form, as i18next does for these languages' keys.
  const plural = typeof params.count === 'number' ? `${key}_${params.count === 1 ? 'one' : 'other'}` : null;
  const text = (plural ? (find(resources, plural) ?? find(en, plural)) : null) ?? find(resources) ?? find(en) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * A suggestion's message in the UI language: its i18n key and parameters (lib/i18n/locales/rules)
 * when it has them, else the English `message`. A parameter written "@key" is itself a message
 * key (a season's name, a piece of advice) and is translated first.
 */
export function suggestionMessage(
  s: { message: string; messageKey?: string; params?: Record<string, string | number> },
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  if (!s.messageKey) return s.message;
  const p: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(s.params ?? {})) p[k] = typeof v === 'string' && v.startsWith('@') ? t(v.slice(1)) : v;
  const out = t(s.messageKey, p);
  return out && out !== s.messageKey ? out : s.message;
}
