/**
 * The home country and language a new user starts with, from the browser's UI locale
 * ("de-AT" → AT, de; "ja" → JP via likely subtags). The user can change both in the options.
 */
import { getSettings, putSettings } from '../db/repo';
import type { GlocalDb } from '../db/schema';

export function localeDefaults(locale: string | undefined): { homeCountry: string | null; homeLanguage: string | null } {
  if (!locale) return { homeCountry: null, homeLanguage: null };
  try {
    const max = new Intl.Locale(locale).maximize();
    const region = max.region && /^[A-Z]{2}$/.test(max.region) ? max.region : null;
    return { homeCountry: region, homeLanguage: max.language || null };
  } catch {
    return { homeCountry: null, homeLanguage: null };
  }
}

/** On install: start from the browser's locale. A choice the user already made is never overwritten. */
export async function applyInstallDefaults(db: GlocalDb, locale: string | undefined): Promise<void> {
  const current = await getSettings(db);
  if (current.homeCountry || current.homeLanguage) return;
  await putSettings(db, localeDefaults(locale));
}
