/**
 * The reading lens: how a received message is usually meant, given the sender's language and
 * culture. "それは少し難しいかもしれません" from Japan usually declines; "With the greatest respect"
 * from Britain introduces firm disagreement; a blunt "Das geht so nicht" from Germany objects to
 * the matter, not to you.
 *
 * Readings come from phrase tables (lib/decode/data/<lang>.json): data, cited per entry. Each
 * entry belongs to a sender style (indirect, direct or any), optionally to named countries, and
 * the style is checked against the sender country's curated directness, so the lens never says
 * something the knowledge base contradicts. A reading is a tendency with a confidence below 1,
 * never a verdict. Pure: no browser APIs, no network.
 */
import { z } from 'zod';
import { detectLanguage } from '../locale/detect';
import { getProfile, LITERATURE } from '../profiles';
import ar from './data/ar.json';
import de from './data/de.json';
import en from './data/en.json';
import es from './data/es.json';
import fr from './data/fr.json';
import it from './data/it.json';
import ja from './data/ja.json';
import ko from './data/ko.json';
import nl from './data/nl.json';
import pt from './data/pt.json';
import zh from './data/zh.json';

export const ReadingKind = z.enum([
  'soft-no',
  'non-commitment',
  'conditional-commitment',
  'understatement',
  'upgraded-praise',
  'veiled-criticism',
  'strong-disagreement',
  'matter-not-person',
  'firm-position',
  'acceptance-lukewarm',
  'instruction',
  'reminder',
  'flexible-time',
]);
export type ReadingKind = z.infer<typeof ReadingKind>;

/** Which senders a reading belongs to: indirect or direct communicators, or anyone. */
export const SenderStyle = z.enum(['indirect', 'direct', 'any']);
export type SenderStyle = z.infer<typeof SenderStyle>;

export const PhraseEntry = z
  .object({
    id: z.string().regex(/^[a-z]{2}\.[a-z0-9-]+$/),
    kind: ReadingKind,
    style: SenderStyle,
    /** Where the reading is specific to some countries (British understatement). */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).optional(),
    /** The confidence when the sender's country fits; never certainty. */
    confidence: z.number().min(0.3).max(0.8),
    patterns: z.array(z.string().min(2)).min(1),
    meaning: z.string().min(20).max(300),
    cite: z.object({ ref: z.string().regex(/^[a-z]+\d{4}$/), where: z.string().min(3) }).strict(),
  })
  .strict();
export type PhraseEntry = z.infer<typeof PhraseEntry>;

export const PhraseTable = z
  .object({ _about: z.string().optional(), lang: z.string().regex(/^[a-z]{2}$/), entries: z.array(PhraseEntry).min(1) })
  .strict();
export type PhraseTable = z.infer<typeof PhraseTable>;

/** The raw tables, by language. Validated on first use; a bad table fails loudly in tests. */
export const PHRASE_TABLES: Record<string, unknown> = { ar, de, en, es, fr, it, ja, ko, nl, pt, zh };
export const DECODE_LANGUAGES = Object.keys(PHRASE_TABLES).sort();

const APOSTROPHES = "['\u2019\u02BC]";

/** Languages written without spaces between words: match anywhere, not on word boundaries. */
const UNSPACED = new Set(['ja', 'zh']);

interface Compiled {
  entry: PhraseEntry;
  re: RegExp;
}
const compiled = new Map<string, Compiled[]>();

function compile(lang: string): Compiled[] {
  let c = compiled.get(lang);
  if (c) return c;
  const raw = PHRASE_TABLES[lang];
  if (!raw) return [];
  const table = PhraseTable.parse(raw);
  c = table.entries.map((entry) => {
    // A straight apostrophe in a pattern also matches the typographic ones mail clients type
    // ("we’ll", "n’est"): tables write only the straight one.
    const body = entry.patterns.map((p) => `(?:${p.replaceAll("'", APOSTROPHES)})`).join('|');
    const src = UNSPACED.has(lang) ? body : `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
    return { entry, re: new RegExp(src, 'giu') };
  });
  compiled.set(lang, c);
  return c;
}

/**
 * How the sender's country communicates: its curated stances on disagreeing and on negative
 * feedback (the same source of truth the brief and the suggestions read), else its curated
 * directness estimate at the clear ends of the scale; null when nothing is curated.
 */
export function senderStyle(country: string | null | undefined): { style: 'indirect' | 'direct' | 'between'; basis: string } | null {
  if (!country) return null;
  const norms = getProfile(country)?.norms;
  if (!norms) return null;
  const d = norms.topics?.disagreeing?.value.stance;
  const f = norms.topics?.feedback?.value.stance;
  if (d || f) {
    const basis = `curated: disagreement ${d ?? '–'}, feedback ${f ?? '–'}`;
    if (d === 'avoided' || (f === 'indirect' && d !== 'open')) return { style: 'indirect', basis };
    if (d === 'open' && f !== 'indirect') return { style: 'direct', basis };
    return { style: 'between', basis };
  }
  const x = norms.directness?.value;
  if (typeof x !== 'number') return null;
  const basis = `curated directness ${x}`;
  return { style: x <= INDIRECT_MAX ? 'indirect' : x >= DIRECT_MIN ? 'direct' : 'between', basis };
}
/** Without curated stances: directness at or below this is indirect; at or above DIRECT_MIN, direct. */
export const INDIRECT_MAX = 0.5;
export const DIRECT_MIN = 0.6;

export interface Reading {
  start: number;
  end: number;
  /** The phrase as written. */
  phrase: string;
  id: string;
  kind: ReadingKind;
  meaning: string;
  /** 0…1, always below 1: how often this reading is the intended one, given what we know. */
  confidence: number;
  /** Why: the table entry, the sender's country and style, and the citation. */
  basis: string;
}

export interface DecodeInput {
  text: string;
  /** ISO 639-1; detected when absent. */
  lang?: string;
  /** The sender's country (ISO 3166-1 alpha-2), when known. */
  country?: string | null;
}

/** Longest text the lens reads; longer messages are read up to here. */
export const DECODE_MAX_CHARS = 20_000;

/**
 * Read one received message. Returns the readings in text order, one per span (the more
 * confident one wins where two overlap). Unknown languages give no readings, never a guess.
 */
export function decode(input: DecodeInput): { lang: string; readings: Reading[] } {
  const text = String(input.text ?? '').slice(0, DECODE_MAX_CHARS);
  const lang = (input.lang ? input.lang.toLowerCase().split(/[-_]/)[0] : detectLanguage(text).lang) || 'und';
  const country = input.country ? input.country.toUpperCase() : null;
  const sender = senderStyle(country);
  const found: Reading[] = [];
  for (const { entry, re } of compile(lang)) {
    const confidence = fit(entry, country, sender);
    if (confidence === null) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        phrase: m[0],
        id: entry.id,
        kind: entry.kind,
        meaning: entry.meaning,
        confidence,
        basis: basisOf(entry, country, sender),
      });
    }
  }
  return { lang, readings: dropOverlaps(found) };
}

/**
 * The confidence of an entry for this sender, or null when it does not apply: a
 * country-specific reading for a sender known to be elsewhere, or a style reading whose style
 * the sender's curated entry contradicts. An unknown sender lowers the confidence.
 */
function fit(entry: PhraseEntry, country: string | null, sender: ReturnType<typeof senderStyle>): number | null {
  let c = entry.confidence;
  if (entry.countries) {
    if (country && !entry.countries.includes(country)) return null;
    if (!country) c *= 0.6;
  }
  if (entry.style !== 'any') {
    if (sender) {
      if (sender.style === 'between') c *= 0.7;
      else if (sender.style !== entry.style) return null;
    } else if (!entry.countries || !country) c *= 0.7;
  }
  return Math.round(Math.min(0.85, c) * 100) / 100;
}

function basisOf(entry: PhraseEntry, country: string | null, sender: ReturnType<typeof senderStyle>): string {
  const parts = [`phrase table ${entry.id} (curated)`];
  if (country && sender) parts.push(`sender in ${country}: ${sender.style} communicator (${sender.basis})`);
  else if (country) parts.push(`sender in ${country}: no curated entry`);
  else parts.push('sender\'s country unknown, so confidence is lowered');
  const lit = (LITERATURE as Record<string, { cite: string } | undefined>)[entry.cite.ref];
  parts.push(`${lit ? (lit.cite.match(/^.*?\(\d{4}\)/)?.[0] ?? lit.cite) : entry.cite.ref}, ${entry.cite.where}`);
  return parts.join('; ');
}

function dropOverlaps(rs: Reading[]): Reading[] {
  const sorted = [...rs].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Reading[] = [];
  for (const r of sorted) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/** Every entry of every table, validated (for tests, the CLI and the bench). */
export function allEntries(): Array<PhraseEntry & { lang: string }> {
  return DECODE_LANGUAGES.flatMap((lang) => PhraseTable.parse(PHRASE_TABLES[lang]).entries.map((e) => ({ ...e, lang })));
}
