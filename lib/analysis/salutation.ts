/**
 * Formal salutations from one table (data/salutations.json), for the greeting suggestion and the
 * CSV export alike. The name is parsed with its country's naming system (names.ts); the
 * salutation then follows the language's own conventions:
 * - gender only when known (a title, a patronymic, a gendered surname form, an unambiguous given
 *   name), otherwise a gender-free form;
 * - professional titles kept where the language keeps them (Dr., Prof., Dipl.-Ing., Mag., Lic.);
 * - vocative languages (Polish, Czech, Ukrainian, Greek) use the name only where its vocative is
 *   certain, and otherwise a correct form with no name;
 * - given-name systems (Indonesia, Thailand, Malay names, Iceland, Myanmar, the Gulf) address
 *   the given name; Russian uses name + patronymic when the patronymic is known.
 *
 * Every name passed in must already have passed `safeName` (untrusted.ts).
 */
import table from './data/salutations.json';
import { nameSystemOf, type ParsedName } from './names';

interface LangTemplates {
  male: string;
  female: string;
  neutral: string;
  titleMale?: string;
  titleFemale?: string;
  titleNeutral?: string;
  maleNameless?: string;
  keepTitles: string[];
  titleVocMale?: Record<string, string>;
  titleVocFemale?: Record<string, string>;
  patronymicMale?: string;
  patronymicFemale?: string;
  familyOnly: string;
  nameless: string;
  group: string;
  firstContact?: string;
  existing?: string;
  source: string;
}
interface SystemTemplates {
  male: string;
  female: string;
  neutral: string;
  titleNeutral?: string;
  source: string;
}
const T = table as unknown as { langs: Record<string, LangTemplates>; englishBySystem: Record<string, SystemTemplates> };

/** Languages with a salutation table. */
export const SALUTATION_LANGS = Object.keys(T.langs).filter((k) => !k.includes('-'));

/** How the salutation was chosen: shown to the user as the reason. */
export type SalutationBasis = 'gender' | 'neutral' | 'title' | 'given-name' | 'patronymic' | 'vocative-nameless' | 'nameless' | 'group';

export interface Salutation {
  text: string;
  basis: SalutationBasis;
  source: string;
}

export function templatesFor(lang: string, country?: string | null): LangTemplates | null {
  const l = lang.toLowerCase().split('-')[0];
  const cc = (country ?? '').toUpperCase();
  return T.langs[`${l}-${cc}`] ?? T.langs[l === 'nb' || l === 'nn' ? 'no' : l] ?? null;
}

const CYRILLIC = /^[\p{Script=Cyrillic}\s'’.-]+$/u;
const ARABIC = /^[\p{Script=Arabic}\s'’.-]+$/u;

/**
 * The vocative of a Czech masculine surname where the rule is certain, else null:
 * Novák → Nováku, Svoboda → Svobodo, Hájek → Hájku, Beneš → Beneši, Kubát → Kubáte; adjectival
 * surnames (Černý, Krejčí) do not change. Endings with competing patterns (-el, -ec, -l, -r …)
 * give null, and the salutation then uses no name.
 */
export function czechVocative(surname: string): string | null {
  const s = surname;
  if (!/^\p{Lu}\p{Ll}+$/u.test(s)) return null;
  if (/[ýí]$/.test(s)) return s;
  if (/[^aeiouyáéíóúůý]a$/.test(s)) return `${s.slice(0, -1)}o`;
  if (/[^aeiouyáéíóúůý]ek$/.test(s)) return `${s.slice(0, -2)}ku`;
  if (/(?:[áíoóuů]k|ch|[aeiouáéíóúů]h|g)$/.test(s)) return `${s}u`;
  if (/(?:[aáeéiíoóuů])[šžčřj]$/.test(s)) return `${s}i`;
  if (/(?:[aáiíoóuůý])[tdnbpvmsz]$/.test(s) && !/(?:ek|el|ec)$/.test(s)) return `${s}e`;
  return null;
}

const fill = (tpl: string, v: Record<string, string>) => tpl.replace(/\{(\w+)\}/g, (_m, k: string) => v[k] ?? '');

/** Whether a template needs a placeholder that is empty. */
const needsMissing = (tpl: string, v: Record<string, string>) => [...tpl.matchAll(/\{(\w+)\}/g)].some(([, k]) => k !== 'title' && !v[k]);

export interface SaluteInput {
  lang: string;
  country?: string | null;
  /** The parsed, already safe name; null for a nameless salutation. */
  name: ParsedName | null;
  group?: boolean;
}

/** The formal salutation for a recipient in `lang`, or null when the language has no table. */
export function salute(inp: SaluteInput): Salutation | null {
  const lang = inp.lang.toLowerCase().split('-')[0];
  const cc = (inp.country ?? '').toUpperCase();
  const t = templatesFor(lang, cc);
  if (!t) return null;
  if (inp.group) return { text: t.group, basis: 'group', source: t.source };
  const n = inp.name;
  if (!n || (!n.family && !n.given)) return { text: t.nameless, basis: 'nameless', source: t.source };

  const system = n.system !== 'western' ? n.system : nameSystemOf(cc);
  const tokens = n.tokens.length ? n.tokens : [n.given, n.family].filter((x): x is string => !!x);
  const cjkLocal = n.localScript && /^(?:ja|zh|ko)$/.test(lang);
  // Vietnamese names are family-first and addressed by the last (given) name.
  const given = cc === 'VN' && tokens.length > 1 ? tokens[tokens.length - 1] : (n.given ?? (system === 'given' || system === 'gulf' ? n.family : null));
  const family = n.family ?? '';
  const full = cjkLocal ? `${family}${n.given ?? ''}` : tokens.join(' ');
  const hufull = [family, n.given].filter(Boolean).join(' ');
  // Hungarian names are written given-first in other languages.
  const fullOut = cc === 'HU' && lang !== 'hu' && n.given ? `${n.given} ${family}` : full;
  const v: Record<string, string> = { family, given: given ?? '', full: n.given || tokens.length > 1 ? fullOut : '', hufull: n.given ? hufull : '', patronymic: n.patronymic ?? '' };
  const g = n.gender;
  // Dutch: a surname particle is capitalised when no first name precedes it (Van der Berg).
  if (lang === 'nl' && /^\p{Ll}/u.test(family)) v.family = family[0].toUpperCase() + family.slice(1);

  // English to a given-name system or the Gulf.
  if (lang === 'en') {
    const key =
      system === 'gulf'
        ? 'gulf'
        : system === 'given' || (cc === 'MY' && tokens.some((p) => /^bin(?:ti)?$/i.test(p)))
          ? `given-${cc}`
          : null;
    const st = key ? T.englishBySystem[key] : undefined;
    if (st) {
      const titled = n.titles.find((x) => x === 'Dr.' || x === 'Prof.');
      if (titled && st.titleNeutral && given) return { text: fill(st.titleNeutral, { ...v, title: `${titled} ` }), basis: 'title', source: st.source };
      const tpl = g === 'male' ? st.male : g === 'female' ? st.female : st.neutral;
      if (!needsMissing(tpl, v)) return { text: fill(tpl, v), basis: g === 'unknown' ? 'given-name' : 'gender', source: st.source };
    }
  }

  const kept = n.titles.filter((x) => t.keepTitles.includes(x));
  const title = kept.length ? `${kept.join(' ')} ` : '';
  const vt = { ...v, title };

  // Vocative languages: titles in the vocative, or no name where the vocative is not certain.
  if (lang === 'pl' || lang === 'cs' || lang === 'sk') {
    if (g !== 'unknown') {
      const voc = (g === 'male' ? t.titleVocMale : t.titleVocFemale) ?? {};
      const tv = n.titles.map((x) => voc[x]).find(Boolean);
      if (tv) return { text: tv, basis: 'title', source: t.source };
      if (lang === 'pl') return { text: g === 'male' ? t.male : t.female, basis: 'vocative-nameless', source: t.source };
      if (lang === 'cs' && g === 'male') {
        const voc1 = czechVocative(family);
        return voc1
          ? { text: fill(t.male, { family: voc1 }), basis: 'gender', source: t.source }
          : { text: t.maleNameless ?? t.neutral, basis: 'vocative-nameless', source: t.source };
      }
      if (family) return { text: fill(g === 'male' ? t.male : t.female, vt), basis: 'gender', source: t.source };
    }
    return { text: t.neutral, basis: 'neutral', source: t.source };
  }
  if (lang === 'uk' || lang === 'el') {
    return g === 'unknown'
      ? { text: t.neutral, basis: 'neutral', source: t.source }
      : { text: g === 'male' ? t.male : t.female, basis: 'vocative-nameless', source: t.source };
  }
  if (lang === 'ru') {
    if (!CYRILLIC.test(tokens.join(' '))) return { text: t.nameless, basis: 'nameless', source: t.source };
    if (n.patronymic && given && g !== 'unknown' && t.patronymicMale && t.patronymicFemale) {
      return { text: fill(g === 'male' ? t.patronymicMale : t.patronymicFemale, v), basis: 'patronymic', source: t.source };
    }
  }
  if (lang === 'ar') {
    if (!ARABIC.test(tokens.join(' '))) return { text: t.nameless, basis: 'nameless', source: t.source };
  }

  // Titles the language keeps, with a known gender or a form that needs none.
  if (kept.length) {
    const tpl = g === 'male' ? t.titleMale : g === 'female' ? t.titleFemale : t.titleNeutral;
    if (tpl && !needsMissing(tpl, vt)) return { text: fill(tpl, vt), basis: 'title', source: t.source };
    if (!t.titleMale && !t.titleFemale && t.titleNeutral && !needsMissing(t.titleNeutral, vt)) {
      return { text: fill(t.titleNeutral, vt), basis: 'title', source: t.source };
    }
  }
  if (g !== 'unknown') {
    const tpl = g === 'male' ? t.male : t.female;
    if (!needsMissing(tpl, vt)) {
      const basis: SalutationBasis = system === 'given' || system === 'gulf' || cc === 'VN' ? 'given-name' : 'gender';
      return { text: fill(tpl, vt), basis, source: t.source };
    }
  }
  if (!needsMissing(t.neutral, vt)) return { text: fill(t.neutral, vt), basis: /\{/.test(t.neutral) ? 'neutral' : 'nameless', source: t.source };
  if (!needsMissing(t.familyOnly, vt)) return { text: fill(t.familyOnly, vt), basis: 'neutral', source: t.source };
  return { text: t.nameless, basis: 'nameless', source: t.source };
}

/** The opening line after the salutation in Japanese: first contact and existing relations differ. */
export function japaneseOpener(firstContact: boolean): string {
  const t = T.langs.ja;
  return (firstContact ? t.firstContact : t.existing) ?? '';
}
