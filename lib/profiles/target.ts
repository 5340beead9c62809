/**
 * Guidance derived from the data: what a recipient's culture expects of an email, and how two
 * countries differ. Pure functions over `CountryProfile`s.
 *
 * Each component of the target is computed from up to three kinds of evidence, in this order of
 * preference, and the explanations say which were used:
 *  1. the recipient country's own measured dimension scores (Hofstede, else GLOBE practices),
 *     blended with its curated norms when it has both (norms weigh 2/3: they describe
 *     communication directly, while the dimensions are proxies);
 *  2. curated norms alone;
 *  3. a labelled regional fallback (e.g. Hofstede's "Arab countries" row);
 *  4. a stated neutral default when nothing is known.
 * The mapping from scores to 0–1 is a documented heuristic, not a fitted model.
 */
import type { CommunicationTarget } from '../protocol';
import type { CountryProfile, HofstedeKey, HofstedeScores, GlobeKey } from './schema';
import { GLOBE_KEYS, HOFSTEDE_KEYS } from './schema';
import { getProfile } from './load';
import { opposite, TOPICS, type Topic } from './norms-schema';

const TOPIC_LABEL: Record<Topic, string> = {
  trust: 'Trust',
  deciding: 'Deciding',
  disagreeing: 'Disagreeing',
  feedback: 'Negative feedback',
  silence: 'Silence',
  time: 'Time and scheduling',
  persuading: 'Persuading',
  bargaining: 'Room in opening offers',
  contract: 'What a contract means',
  team: 'Team',
  language: 'Language',
  followUp: 'Reply time',
  copying: 'Copying a manager',
  gifts: 'Gifts',
  smallTalk: 'Small talk',
  address: 'First names',
};

type Explanation = CommunicationTarget['explanations'][number];

const DIM_NAME: Record<HofstedeKey, string> = {
  pdi: 'PDI',
  idv: 'IDV',
  mas: 'MAS',
  uai: 'UAI',
  lto: 'LTO',
  ivr: 'IVR',
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

interface DimRead {
  value: number;
  /** e.g. "UAI 92" */
  short: string;
  /** e.g. "Hofstede UAI 92 (…source…, measured)" */
  cite: string;
  regional: boolean;
  label: string;
}

/** A Hofstede score: the country's own, else its labelled regional fallback. */
function hof(p: CountryProfile | null, k: HofstedeKey, allowRegion = true): DimRead | null {
  if (!p) return null;
  const own = p.dimensions.hofstede[k];
  if (own) {
    return { value: own.value, short: `${DIM_NAME[k]} ${own.value}`, cite: `Hofstede ${DIM_NAME[k]} ${own.value} (${own.source}, ${own.version}, ${own.kind})`, regional: false, label: p.name };
  }
  const reg = allowRegion ? p.dimensions.hofstedeRegion : null;
  const r = reg?.scores[k];
  if (reg && r) {
    return {
      value: r.value,
      short: `${DIM_NAME[k]} ${r.value}`,
      cite: `Hofstede ${DIM_NAME[k]} ${r.value} for the region '${reg.label}' (${r.source}, ${r.kind})`,
      regional: true,
      label: `${p.name} (regional fallback '${reg.label}')`,
    };
  }
  return null;
}

function globeRead(p: CountryProfile | null, k: GlobeKey): DimRead | null {
  const g = p?.dimensions.globe;
  const v = g?.practices[k];
  if (!p || !g || !v) return null;
  return { value: v.value, short: `GLOBE ${k} ${v.value}`, cite: `GLOBE ${k} practices ${v.value} (${v.source}, ${v.kind})`, regional: false, label: p.name };
}

function normsCite(p: CountryProfile): string {
  const src = p.norms?.formality?.source ?? p.norms?.greeting?.source;
  return src ? `${src} (curated, for ${p.name})` : '';
}

/** "Japan UAI 92 vs your 46": the scores as context, never as a behavioural claim. */
function gapText(to: DimRead, from: DimRead | null): string {
  const kind = to.regional ? 'regional estimate' : 'measured, national average';
  return from ? `${to.label} ${to.short} vs your ${from.value} (${kind})` : `${to.label} ${to.short} (${kind})`;
}

const ADJ: Record<HofstedeKey, string> = {
  pdi: 'higher on power distance',
  idv: 'more individualist',
  mas: 'higher on masculinity (achievement)',
  uai: 'higher on uncertainty avoidance',
  lto: 'higher on long-term orientation',
  ivr: 'higher on indulgence',
};
const ADJ_LESS: Record<HofstedeKey, string> = {
  pdi: 'lower on power distance',
  idv: 'less individualist',
  mas: 'lower on masculinity (achievement)',
  uai: 'lower on uncertainty avoidance',
  lto: 'lower on long-term orientation',
  ivr: 'lower on indulgence',
};

/** True comparative wording: "less individualist than you" (never "group-oriented" for a score above 50). */
function comparative(k: HofstedeKey, to: DimRead, from: DimRead | null): string {
  if (!from || Math.abs(to.value - from.value) < 10) return '';
  return ` ${to.value > from.value ? ADJ[k] : ADJ_LESS[k]} than you.`;
}

/** Without curated norms the score only tilts the number; the text says so and nothing more. */
function tiltNote(p: CountryProfile): string {
  return p.norms ? '' : ` No curated guidance for ${p.name}: the score tilts this value, but it is not a description of behaviour.`;
}

/** Evidence combiner for one component; records the explanation as it goes. */
function combine(
  fromDims: number | null,
  fromNorms: number | null,
  fromRegion: number | null,
  fallback: number,
): { value: number; basis: 'dims+norms' | 'dims' | 'norms' | 'region' | 'default' } {
  if (fromDims !== null && fromNorms !== null) return { value: clamp01((fromDims + 2 * fromNorms) / 3), basis: 'dims+norms' };
  if (fromDims !== null) return { value: clamp01(fromDims), basis: 'dims' };
  if (fromNorms !== null) return { value: clamp01(fromNorms), basis: 'norms' };
  if (fromRegion !== null) return { value: clamp01(fromRegion), basis: 'region' };
  return { value: fallback, basis: 'default' };
}

function basisNote(basis: string, p: CountryProfile): string {
  switch (basis) {
    case 'norms':
      return ` No measured dimension score for ${p.name}; based on the curated norms.`;
    case 'region':
      return ` ${p.name} has no score of its own and no curated norms; this uses the regional fallback and is only an estimate.`;
    case 'default':
      return ` No data for ${p.name}: a neutral middle value is assumed.`;
    default:
      return '';
  }
}

/**
 * The communication target for writing to someone in `to`'s country, from a sender whose own
 * culture is `from` (null when unknown: explanations then omit the comparison).
 */
export function communicationTarget(to: CountryProfile, from: CountryProfile | null): CommunicationTarget {
  const explanations: Explanation[] = [];
  const n = to.norms;
  const fromCc = from && from.country !== to.country ? from : null;

  // --- formality: hierarchy (PDI) and rule orientation (UAI), or GLOBE power distance.
  const pdi = hof(to, 'pdi', false);
  const uai = hof(to, 'uai', false);
  const gpd = globeRead(to, 'powerDistance');
  const regPdi = hof(to, 'pdi');
  const dimsFormality = pdi ? 0.2 + 0.5 * (pdi.value / 100) + 0.2 * ((uai?.value ?? 50) / 100) : gpd ? 0.2 + 0.6 * ((gpd.value - 1) / 6) : null;
  const formality = combine(
    dimsFormality,
    n?.formality?.value ?? null,
    regPdi?.regional ? 0.2 + 0.5 * (regPdi.value / 100) + 0.1 : null,
    0.6,
  );
  {
    const sources: string[] = [];
    let text: string;
    const used = pdi ?? (formality.basis === 'region' ? regPdi : null);
    if (used) {
      sources.push(used.cite);
      const mine = hof(fromCc, 'pdi');
      const gap = mine ? used.value - mine.value : 0;
      void gap;
      text = `${gapText(used, mine)}.${comparative('pdi', used, mine)}${tiltNote(to)}`;
    } else if (gpd) {
      sources.push(gpd.cite);
      text = `${to.name} GLOBE power distance (practices) ${gpd.value} on a 1–7 scale (measured).${tiltNote(to)}`;
    } else text = '';
    if (n?.formality) {
      sources.push(`${normsCite(to)}: default formality ${n.formality.value}`);
      const v = n.formality.value;
      text += ` Written business style: ${
        v >= 0.75 ? 'formal — titles, surnames and full salutations at first' : v >= 0.5 ? 'moderately formal — polite salutations, surnames until invited' : 'informal — first names and short salutations are normal'
      }.`;
    }
    explanations.push({ text: `Formality ${round2(formality.value)}. ${text}${basisNote(formality.basis, to)}`, sources });
  }

  // --- directness: individualism correlates with low-context, explicit communication.
  const idv = hof(to, 'idv', false);
  const gas = globeRead(to, 'assertiveness');
  const regIdv = hof(to, 'idv');
  const directness = combine(
    idv ? 0.15 + 0.7 * (idv.value / 100) : gas ? (gas.value - 1) / 6 : null,
    n?.directness?.value ?? null,
    regIdv?.regional ? 0.15 + 0.7 * (regIdv.value / 100) : null,
    0.5,
  );
  {
    const sources: string[] = [];
    let text = '';
    const used = idv ?? (directness.basis === 'region' ? regIdv : null);
    if (used) {
      sources.push(used.cite);
      const mine = hof(fromCc, 'idv');
      const gap = mine ? used.value - mine.value : 0;
      void gap;
      text = `${gapText(used, mine)}.${comparative('idv', used, mine)}${tiltNote(to)}`;
    } else if (gas) {
      sources.push(gas.cite);
      text = `${to.name} GLOBE assertiveness (practices) ${gas.value}.`;
    }
    if (n?.directness) {
      sources.push(`${normsCite(to)}: ${n.context?.value ?? 'medium'}-context, directness ${n.directness.value}`);
      if (n.negativeFeedback) text += ` Negative feedback: ${n.negativeFeedback.value}`;
    }
    explanations.push({ text: `Directness ${round2(directness.value)}. ${text}${basisNote(directness.basis, to)}`.trim(), sources });
  }

  // --- first names and address form.
  let firstNames: boolean;
  const fnSources: string[] = [];
  let fnText: string;
  if (n?.firstNames) {
    firstNames = n.firstNames.value === 'immediate';
    fnSources.push(`${normsCite(to)}: first names '${n.firstNames.value}'`);
    fnText = {
      immediate: 'first names are normal from the first message.',
      soon: 'start with the formal address; switch to first names once they do.',
      invited: 'keep titles and surnames until the other person offers first names.',
      rare: 'titles and surnames stay for a long time; do not switch to first names on your own.',
    }[n.firstNames.value];
  } else {
    const p = hof(to, 'pdi');
    const i = hof(to, 'idv');
    firstNames = !!(p && i && p.value < 40 && i.value > 60);
    if (p) fnSources.push(p.cite);
    if (i) fnSources.push(i.cite);
    fnText =
      p && i
        ? firstNames
          ? `no curated guidance; the scores (PDI ${p.value}, IDV ${i.value}) tilt the default to first names. Follow how they sign.`
          : 'no curated guidance: start with title and surname, the safe default.'
        : 'no data on first-name use: start with title and surname, the safe default.';
    if (p?.regional || i?.regional) fnText += ' (regional fallback, an estimate)';
  }
  // Curated norms give a short address form; the per-language table only has salutations, which
  // belong in the greeting, so other countries get a generic form.
  const pattern = n ? (to.names.addressPattern?.value ?? 'Mr./Ms. <Surname>') : firstNames ? '<Given>' : 'Mr./Ms. <Surname>';
  if (to.names.addressPattern) fnSources.push(`address pattern: ${to.names.addressPattern.source} (${to.names.addressPattern.kind})`);
  explanations.push({ text: `Address: ${pattern} — ${fnText}`, sources: fnSources });

  const greeting = n?.greeting
    ? { en: n.greeting.value.en, local: n.greeting.value.local, lang: n.greeting.value.lang }
    : (() => {
        const en = firstNames ? 'Hi <Given>,' : 'Dear Mr./Ms. <Surname>,';
        const lang = to.names.formalLanguage?.value ?? to.languages.primary?.value ?? null;
        // In an English-speaking country the English greeting is the local one.
        return { en, local: lang === 'en' ? en : (to.names.formalGreeting?.value ?? null), lang };
      })();
  const signOff = n?.signOff
    ? { en: n.signOff.value.en, local: n.signOff.value.local }
    : (() => {
        const en = formality.value >= 0.6 ? 'Kind regards,' : 'Best regards,';
        return { en, local: to.names.formalLanguage?.value === 'en' ? en : (to.names.formalSignOff?.value ?? null) };
      })();

  // --- relationship building: collectivism (low IDV, high in-group collectivism) and trust norms.
  const gig = globeRead(to, 'inGroupCollectivism');
  const relNorm = n?.trust ? { relationship: 0.8, mixed: 0.5, task: 0.2 }[n.trust.value.basis] : null;
  const relationship = combine(
    idv ? 0.15 + 0.7 * (1 - idv.value / 100) : gig ? (gig.value - 1) / 6 : null,
    relNorm,
    regIdv?.regional ? 0.15 + 0.7 * (1 - regIdv.value / 100) : null,
    0.5,
  );
  {
    const sources: string[] = [];
    let text = '';
    const used = idv ?? (relationship.basis === 'region' ? regIdv : null);
    if (used) {
      sources.push(used.cite);
      text = `${gapText(used, hof(fromCc, 'idv'))}.${tiltNote(to)}`;
    } else if (gig) {
      sources.push(gig.cite);
      text = `${to.name} GLOBE in-group collectivism ${gig.value}.`;
    }
    if (n?.trust) {
      sources.push(`${normsCite(to)}: trust is ${n.trust.value.basis}-based`);
      text += ` ${n.trust.value.text}`;
    }
    explanations.push({ text: `Relationship-building ${round2(relationship.value)}. ${text}${basisNote(relationship.basis, to)}`.trim(), sources });
  }

  // --- deadline sensitivity: uncertainty avoidance and linear-time norms.
  const gua = globeRead(to, 'uncertaintyAvoidance');
  const timeNorm = n?.time ? { linear: 0.85, mixed: 0.55, flexible: 0.3 }[n.time.value.style] : null;
  const regUai = hof(to, 'uai');
  const deadline = combine(
    uai ? 0.1 + 0.85 * (uai.value / 100) : gua ? (gua.value - 1) / 6 : null,
    timeNorm,
    regUai?.regional ? 0.1 + 0.85 * (regUai.value / 100) : null,
    0.6,
  );
  {
    const sources: string[] = [];
    let text = '';
    const used = uai ?? (deadline.basis === 'region' ? regUai : null);
    if (used) {
      sources.push(used.cite);
      const mine = hof(fromCc, 'uai');
      const gap = mine ? used.value - mine.value : 0;
      void gap;
      text = `${gapText(used, mine)}.${comparative('uai', used, mine)}${tiltNote(to)}`;
    } else if (gua) {
      sources.push(gua.cite);
      text = `${to.name} GLOBE uncertainty avoidance (practices) ${gua.value}.`;
    }
    if (n?.time) {
      sources.push(`${normsCite(to)}: ${n.time.value.style} time`);
      text += ` ${n.time.value.text}`;
    }
    explanations.push({ text: `Deadline sensitivity ${round2(deadline.value)}. ${text}${basisNote(deadline.basis, to)}`.trim(), sources });
  }

  for (const e of explanations) e.text = e.text.replace(/\s+/g, ' ').trim();
  return {
    country: to.country,
    from: from ? from.country : null,
    formality: round2(formality.value),
    directness: round2(directness.value),
    firstNames,
    greeting,
    signOff,
    addressForm: pattern,
    relationship: round2(relationship.value),
    deadlineSensitivity: round2(deadline.value),
    explanations,
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison

export interface DimensionGap {
  framework: 'hofstede' | 'globe';
  dimension: string;
  a: number;
  b: number;
  /** b − a */
  gap: number;
  size: 'small' | 'moderate' | 'large';
  /** What the gap means for email between the two, or null for small gaps. */
  meaning: string | null;
  sources: string[];
}

export interface Comparison {
  a: string;
  b: string;
  gaps: DimensionGap[];
  /** Dimensions one side has and the other lacks, or both lack. */
  missing: string[];
  /** Differences in curated norms (formality, directness, first names, context, time), when both have them. */
  norms: string[];
  /** Curated stance differences by topic, when both countries have curated entries. */
  stances: StanceDifference[];
  summary: string[];
}

/** Hofstede gaps: ≥ 25 points is large, ≥ 10 moderate (0–100 scale). */
export const HOFSTEDE_LARGE = 25;
export const HOFSTEDE_MODERATE = 10;
/** GLOBE gaps on the 1–7 scale: ≥ 1.0 large, ≥ 0.5 moderate. */
export const GLOBE_LARGE = 1.0;
export const GLOBE_MODERATE = 0.5;

/**
 * What a score gap may say: which side scores higher, in true comparative wording, with the
 * numbers. A score is context; the behavioural differences come from the curated stances
 * (`Comparison.stances`).
 */
const HOFSTEDE_MEANING: Record<HofstedeKey, (hi: string, lo: string, x: number, y: number) => string> = {
  pdi: (hi, lo, x, y) => `${hi} scores higher on power distance than ${lo} (${x} vs ${y}; measured, national average).`,
  idv: (hi, lo, x, y) => `${lo} is less individualist than ${hi} (${y} vs ${x}; measured, national average).`,
  mas: (hi, lo, x, y) => `${hi} scores higher on masculinity (achievement and competition) than ${lo} (${x} vs ${y}; measured, national average).`,
  uai: (hi, lo, x, y) => `${hi} scores higher on uncertainty avoidance than ${lo} (${x} vs ${y}; measured, national average).`,
  lto: (hi, lo, x, y) => `${hi} scores higher on long-term orientation than ${lo} (${x} vs ${y}; measured, national average).`,
  ivr: (hi, lo, x, y) => `${hi} scores higher on indulgence than ${lo} (${x} vs ${y}; measured, national average).`,
};

const GLOBE_LABEL: Record<GlobeKey, string> = {
  uncertaintyAvoidance: 'uncertainty avoidance',
  futureOrientation: 'future orientation',
  powerDistance: 'power distance',
  institutionalCollectivism: 'institutional collectivism',
  humaneOrientation: 'humane orientation',
  performanceOrientation: 'performance orientation',
  inGroupCollectivism: 'in-group collectivism',
  genderEgalitarianism: 'gender egalitarianism',
  assertiveness: 'assertiveness',
};

const GLOBE_MEANING = (label: string) => (hi: string, lo: string, x: number, y: number) =>
  `In GLOBE practices, ${hi} scores higher on ${label} than ${lo} (${x} vs ${y} on a 1–7 scale; measured).`;

/** One curated stance difference between two countries. */
export interface StanceDifference {
  topic: Topic;
  a: string;
  b: string;
  /** True when the two stances are opposite ends of the scale. */
  opposite: boolean;
  /** English sentence; the UI renders `brief.compare.stance` with the same parameters. */
  text: string;
}

/**
 * Which dimension gaps between two countries are large, and what they mean for email. Takes
 * profiles (e.g. with the user's edits) or ISO codes (the shipped profiles); throws on an
 * unknown code.
 */
export function compareCountries(aIn: CountryProfile | string, bIn: CountryProfile | string): Comparison {
  const resolve = (p: CountryProfile | string): CountryProfile => {
    if (typeof p !== 'string') return p;
    const found = getProfile(p);
    if (!found) throw new Error(`no profile for ${String(p).slice(0, 20)}`);
    return found;
  };
  const a = resolve(aIn);
  const b = resolve(bIn);
  const gaps: DimensionGap[] = [];
  const missing: string[] = [];
  for (const k of HOFSTEDE_KEYS) {
    // A labelled regional row stands in where a country has no score of its own; the sentence
    // then says "regional estimate" and names the region.
    const own = (p: CountryProfile) => p.dimensions.hofstede[k];
    const reg = (p: CountryProfile) => (p.dimensions.hofstedeRegion?.scores[k] ? { v: p.dimensions.hofstedeRegion.scores[k]!, label: p.dimensions.hofstedeRegion.label } : null);
    const ra = own(a) ? null : reg(a);
    const rb = own(b) ? null : reg(b);
    const va = own(a) ?? ra?.v ?? null;
    const vb = own(b) ?? rb?.v ?? null;
    if (!own(a) || !own(b)) {
      const lacking = [!own(a) ? a.name : null, !own(b) ? b.name : null].filter(Boolean).join(' and ');
      missing.push(`Hofstede ${DIM_NAME[k]}: no measured score for ${lacking}${ra || rb ? ' (a labelled regional estimate is used)' : ''}`);
    }
    if (!va || !vb) continue;
    const gap = vb.value - va.value;
    const abs = Math.abs(gap);
    const size = abs >= HOFSTEDE_LARGE ? 'large' : abs >= HOFSTEDE_MODERATE ? 'moderate' : 'small';
    const label = (p: CountryProfile, r: { label: string } | null) => (r ? `${p.name} (${r.label}, regional estimate)` : p.name);
    const [hi, lo] = gap >= 0 ? [label(b, rb), label(a, ra)] : [label(a, ra), label(b, rb)];
    let meaning = size === 'small' ? null : HOFSTEDE_MEANING[k](hi, lo, gap >= 0 ? vb.value : va.value, gap >= 0 ? va.value : vb.value);
    if (meaning && (ra || rb)) meaning = meaning.replace('; measured, national average)', '; regional estimate for one side)');
    gaps.push({
      framework: 'hofstede',
      dimension: ra || rb ? `${DIM_NAME[k]} (regional estimate)` : DIM_NAME[k],
      a: va.value,
      b: vb.value,
      gap,
      size,
      meaning,
      sources: [`${a.name}: ${va.source} (${va.kind})`, `${b.name}: ${vb.source} (${vb.kind})`],
    });
  }
  const ga = a.dimensions.globe;
  const gb = b.dimensions.globe;
  if (ga && gb) {
    for (const k of GLOBE_KEYS) {
      const va = ga.practices[k];
      const vb = gb.practices[k];
      if (!va || !vb) continue;
      const gap = Math.round((vb.value - va.value) * 100) / 100;
      const abs = Math.abs(gap);
      const size = abs >= GLOBE_LARGE ? 'large' : abs >= GLOBE_MODERATE ? 'moderate' : 'small';
      const [hi, lo] = gap >= 0 ? [b.name, a.name] : [a.name, b.name];
      gaps.push({
        framework: 'globe',
        dimension: `${GLOBE_LABEL[k]} (practices)`,
        a: va.value,
        b: vb.value,
        gap,
        size,
        meaning: size === 'small' ? null : GLOBE_MEANING(GLOBE_LABEL[k])(hi, lo, gap >= 0 ? vb.value : va.value, gap >= 0 ? va.value : vb.value),
        sources: [`${a.name}: ${va.source}`, `${b.name}: ${vb.source}`],
      });
    }
  } else {
    missing.push(`GLOBE: no sample for ${[!ga ? a.name : null, !gb ? b.name : null].filter(Boolean).join(' and ')}`);
  }

  const norms: string[] = [];
  if (a.norms && b.norms) {
    const na = a.norms;
    const nb = b.norms;
    if (na.formality && nb.formality && Math.abs(na.formality.value - nb.formality.value) >= 0.2) {
      const [hi, lo] = nb.formality.value > na.formality.value ? [b.name, a.name] : [a.name, b.name];
      norms.push(`Formality: ${hi} mail is noticeably more formal than ${lo} mail (${na.formality.value} vs ${nb.formality.value}).`);
    }
    if (na.directness && nb.directness && Math.abs(na.directness.value - nb.directness.value) >= 0.2) {
      const [hi, lo] = nb.directness.value > na.directness.value ? [b.name, a.name] : [a.name, b.name];
      norms.push(`Directness: criticism from ${hi} can sound harsh in ${lo}; criticism from ${lo} can be missed in ${hi} (${na.directness.value} vs ${nb.directness.value}).`);
    }
    if (na.firstNames && nb.firstNames && na.firstNames.value !== nb.firstNames.value) {
      norms.push(`First names: ${a.name} '${na.firstNames.value}', ${b.name} '${nb.firstNames.value}'.`);
    }
    if (na.context && nb.context && na.context.value !== nb.context.value) {
      norms.push(`Context: ${a.name} is ${na.context.value}-context, ${b.name} ${nb.context.value}-context.`);
    }
    if (na.time && nb.time && na.time.value.style !== nb.time.value.style) {
      norms.push(`Time: ${a.name} ${na.time.value.style}, ${b.name} ${nb.time.value.style}.`);
    }
  } else {
    missing.push(`Curated norms: none for ${[!a.norms ? a.name : null, !b.norms ? b.name : null].filter(Boolean).join(' and ')}`);
  }

  const stances: StanceDifference[] = [];
  if (a.norms?.topics && b.norms?.topics) {
    for (const t of TOPICS) {
      const sa = a.norms.topics[t]?.value.stance;
      const sb = b.norms.topics[t]?.value.stance;
      if (!sa || !sb || sa === sb) continue;
      const opp = opposite(t, sa, sb);
      stances.push({ topic: t, a: sa, b: sb, opposite: opp, text: `${TOPIC_LABEL[t]}: ${a.name} ${sa}; ${b.name} ${sb}.` });
    }
  }
  const large = gaps.filter((g) => g.size === 'large');
  const summary = large.length
    ? large.map((g) => `${g.dimension}: ${a.name} ${g.a} vs ${b.name} ${g.b} (gap ${g.gap > 0 ? '+' : ''}${g.gap}). ${g.meaning}`)
    : gaps.length
      ? [`No large gaps between ${a.name} and ${b.name} on the dimensions both have.`]
      : [`${a.name} and ${b.name} share no measured dimensions; see the curated norms, if any.`];
  return { a: a.country, b: b.country, gaps, missing, norms, stances, summary };
}

/** Re-exported for callers that read dimension scores generically. */
export type { HofstedeScores };

/**
 * Apply a user's per-contact or per-domain preference to a target ("this contact prefers first
 * names"). Only `firstNames` changes the target; the country itself is an input to inference,
 * not to this function. The user's choice always wins over the data, and the explanation says so.
 */
export function withOverride(
  target: CommunicationTarget,
  override: { scope: 'contact' | 'domain'; key: string; firstNames: boolean | null; note?: string } | null,
): CommunicationTarget {
  if (!override || override.firstNames === null || override.firstNames === target.firstNames) return target;
  const first = override.firstNames;
  const who = override.scope === 'contact' ? override.key : `people at ${override.key}`;
  return {
    ...target,
    firstNames: first,
    addressForm: first ? '<Given>' : /<Surname>/.test(target.addressForm) ? target.addressForm : 'Mr./Ms. <Surname>',
    greeting: {
      ...target.greeting,
      en: first ? (target.formality >= 0.5 ? 'Dear <Given>,' : 'Hi <Given>,') : 'Dear Mr./Ms. <Surname>,',
    },
    explanations: [
      ...target.explanations,
      {
        text: first
          ? `You noted that ${who} prefers first names; that overrides the country default.`
          : `You noted that ${who} prefers title and surname; that overrides the country default.`,
        sources: [`your ${override.scope} override`],
      },
    ],
  };
}
