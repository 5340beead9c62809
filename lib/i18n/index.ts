/**
 * UI localisation with i18next for the React pages (side panel, options). Languages, direction
 * and resources live in ./resources (shared with the popup, which skips i18next for size).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { englishResources, loadResources, type Resources, type UiLanguage } from './resources';

export * from './resources';

/**
 * A fresh i18next instance (never the global one, so tests and pages cannot leak state into
 * each other) with English loaded synchronously. Call `switchLanguage` to change language.
 */
export function createI18n(lang: UiLanguage = 'en', extra?: Resources): I18n {
  const instance = i18next.createInstance();
  const resources: Resource = { en: { translation: englishResources } };
  if (lang !== 'en' && extra) resources[lang] = { translation: extra };
  void instance.init({
    lng: extra || lang === 'en' ? lang : 'en',
    fallbackLng: 'en',
    resources,
    initAsync: false,
    // React escapes text itself, and nothing here is ever rendered as HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Load `lang` if needed and make it the instance's language. */
export async function switchLanguage(instance: I18n, lang: UiLanguage): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'translation')) {
    instance.addResourceBundle(lang, 'translation', await loadResources(lang), true, true);
  }
  await instance.changeLanguage(lang);
}
