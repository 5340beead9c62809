/** Small display helpers shared by the views: flags and localised names from Intl (no data files). */

/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator symbols); '' for anything else. */
export function flag(cc: string | null | undefined): string {
  if (!cc || !/^[A-Za-z]{2}$/.test(cc)) return '';
  const up = cc.toUpperCase();
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}

const cache = new Map<string, Intl.DisplayNames | null>();
function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([locale, 'en'], { type }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? null;
}

/** The country's name in the UI language, falling back to the code. */
export function countryName(cc: string | null | undefined, locale: string): string {
  if (!cc) return '';
  try {
    return names(locale, 'region')?.of(cc.toUpperCase()) ?? cc;
  } catch {
    return cc;
  }
}

/** The language's name in the UI language, falling back to the code. */
export function languageName(lang: string | null | undefined, locale: string): string {
  if (!lang) return '';
  try {
    return names(locale, 'language')?.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The registrable-looking domain of an email address: everything after the last @, lower-cased. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at >= 0 ? email.slice(at + 1).toLowerCase() : '';
}

/** Local time as "14:05" in the UI locale. */
export function formatTime(hour: number, minute: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour, minute));
  } catch {
    return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }
}

/**
 * The bundled SVG flag of a country (public/flags, from country-flag-icons): an image renders
 * the same everywhere, where Windows shows flag emoji as two letters. Null for anything but a
 * two-letter code.
 */
export function flagUrl(cc: string | null | undefined): string | null {
  if (!cc || !/^[A-Za-z]{2}$/.test(cc)) return null;
  return `/flags/${cc.toUpperCase()}.svg`;
}
