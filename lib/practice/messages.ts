/**
 * Question text as message keys with parameters, so the side panel shows each question in the UI
 * language (lib/i18n/locales/practice/<lang>.json, keys under `pq.`), while the CLI and the
 * English fallback render the same message from the English file. Pure and small: the UI imports
 * it without pulling in any knowledge-base data.
 *
 * Parameter conventions, shared by every renderer:
 * - `country`, `home`: ISO country codes, shown as the country's name;
 * - `date…` (date, dateStart, …): `YYYY-MM-DD`, shown as a long date with its weekday;
 * - `lang`: an ISO 639 code, shown as the language's name;
 * - `dim`: a Hofstede dimension, filling `dimLabel` and `dimGloss`;
 * - a value starting with `#` is itself a key under `pq.` (a translated phrase, job title …).
 * Two special message keys carry data instead of text: `@text` (a literal: a greeting in the
 * local language, an English sentence) and `@days` (a list of weekday numbers, 0 = Sunday).
 */
export interface Msg {
  k: string;
  p?: Record<string, string | number>;
}

/** Looks up a full key (`pq.…`) and fills `{{…}}` placeholders. */
export type Lookup = (key: string, params?: Record<string, string | number>) => string;

export const literal = (text: string): Msg => ({ k: '@text', p: { text } });

function dateText(key: string, lang: string): string {
  const [y, m, d] = key.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
  } catch {
    return key;
  }
}

function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// Week order starting on Monday, as the weekend questions list them.
const weekOrder = (d: number) => (d + 6) % 7;

/** "Friday and Saturday" in the UI language for a list of weekday numbers. */
export function daysText(days: readonly number[], lang: string): string {
  const fmt = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 4 January 1970 was a Sunday.
  const names = [...days].sort((a, b) => weekOrder(a) - weekOrder(b)).map((d) => fmt.format(new Date(Date.UTC(1970, 0, 4 + d, 12))));
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Render one message. `countryText` names a country in the target language. */
export function renderMsg(msg: Msg, lang: string, t: Lookup, countryText: (cc: string) => string): string {
  if (msg.k === '@text') return String(msg.p?.text ?? '');
  if (msg.k === '@days') {
    const days = String(msg.p?.days ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number);
    return daysText(days, lang);
  }
  const params: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(msg.p ?? {})) {
    if (typeof v === 'string' && v.startsWith('#')) params[name] = t(`pq.${v.slice(1)}`);
    else if (name === 'country' || name === 'home') params[name] = countryText(String(v));
    else if (name.startsWith('date')) params[name] = dateText(String(v), lang);
    else if (name === 'lang') params[name] = languageName(String(v), lang);
    else if (name === 'dim') {
      params.dimLabel = t(`pq.dim.${v}.label`);
      params.dimGloss = t(`pq.dim.${v}.gloss`);
    } else params[name] = v;
  }
  return t(`pq.${msg.k}`, params);
}
