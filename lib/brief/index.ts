/**
 * The "prepare for a call" negotiation brief: a one-pager for a country pair, built from the
 * counterpart's profile (and the user's own, for contrasts), optionally enriched with the open CRM
 * record. Pure: the background calls it for the UI, the CLI for `cli brief`.
 *
 * Every statement carries its basis — the scores it was derived from, with their source and
 * kind — so the reader can see what is measured and what is a rule of thumb built on it. A
 * section whose data is missing says so instead of guessing.
 */
import type { RecordFields } from '../protocol';
import { OPENERS, OPENERS_SOURCE } from './openers';
import type { CountryProfile } from '../profiles/schema';
import { largestGaps, type HofstedeDimension, type SourcedValue } from './profile';

export { largestGaps, dimensionScores, score, HOFSTEDE_DIMENSIONS, GLOBE_DIMENSIONS, SCALE } from './profile';
export type { ProfileLike, SourcedValue, Model, Gap, HofstedeDimension } from './profile';
export type { Opener } from './openers';

export type BriefSectionId =
  | 'context'
  | 'relationship'
  | 'decisions'
  | 'communication'
  | 'disagreement'
  | 'time'
  | 'etiquette'
  | 'openers'
  | 'dos'
  | 'donts';

export interface BriefItem {
  text: string;
  /** What the statement rests on, briefly: "Hofstede PDI 54 (measured)", "curated norms";
   * empty for plain facts. The full sources are in `Brief.sources`. */
  basis: string[];
  /** Extra detail: a romanisation for openers. */
  note?: string;
}

export interface BriefSection {
  id: BriefSectionId;
  title: string;
  items: BriefItem[];
}

export interface Brief {
  to: string;
  toName: string;
  from: string | null;
  fromName: string | null;
  title: string;
  /** The counterpart's main language (ISO 639-1), used for the openers. */
  language: string | null;
  record: RecordFields | null;
  sections: BriefSection[];
  /** Every distinct source cited anywhere in the brief. */
  sources: string[];
  caveat: string;
}

export interface BriefOptions {
  record?: RecordFields;
  /** BCP 47 tag for country and day names (the brief's sentences are English). */
  locale?: string;
}

const TITLES: Record<BriefSectionId, string> = {
  context: 'The meeting',
  relationship: 'Relationship versus task',
  decisions: 'How decisions are made and who to address',
  communication: 'Communication style and silence',
  disagreement: 'Disagreement',
  time: 'Time and pace',
  etiquette: 'Gifts and meeting etiquette',
  openers: 'Openers in the local language',
  dos: 'Do',
  donts: "Don't",
};

// Bands on Hofstede's 0–100 scale. The middle band is wide on purpose: a score of 45 or 55
// says little about an individual, so only clear highs and lows produce advice.
const HIGH = 60;
const LOW = 40;

function regionName(cc: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(cc) ?? cc;
  } catch {
    return cc;
  }
}

/** The counterpart's main language (ISO 639-1): the profile's primary language, else CLDR's likely subtags. */
export function mainLanguage(profile: Pick<CountryProfile, 'country'> & { languages?: CountryProfile['languages'] }): string | null {
  const primary = profile.languages?.primary?.value;
  if (primary) return primary.toLowerCase().split(/[-_]/)[0];
  try {
    const lang = new Intl.Locale('und', { region: profile.country }).maximize().language;
    return lang && lang !== 'und' ? lang : null;
  } catch {
    return null;
  }
}

type Band = 'high' | 'low' | 'mid';

/** A Hofstede score for the brief: the country's own, else its labelled regional fallback. */
interface Dim {
  value: number;
  basis: string;
  source: SourcedValue;
}

const DIM_LABEL: Record<HofstedeDimension, string> = { pdi: 'PDI', idv: 'IDV', mas: 'MAS', uai: 'UAI', lto: 'LTO', ivr: 'IVR' };

function dimOf(p: CountryProfile | null, k: HofstedeDimension): Dim | null {
  if (!p) return null;
  const own = p.dimensions.hofstede[k];
  if (own) return { value: own.value, basis: `Hofstede ${DIM_LABEL[k]} ${own.value} (${own.kind})`, source: own };
  const reg = p.dimensions.hofstedeRegion;
  const r = reg?.scores[k];
  if (reg && r) return { value: r.value, basis: `Hofstede ${DIM_LABEL[k]} ${r.value} for '${reg.label}' (regional, ${r.kind})`, source: r };
  return null;
}

const band = (v: Dim | null): Band | null => (v ? (v.value >= HIGH ? 'high' : v.value <= LOW ? 'low' : 'mid') : null);

const CONTRAST: Record<HofstedeDimension, [string, string]> = {
  pdi: ['more hierarchical', 'flatter'],
  idv: ['more individualist', 'more group-oriented'],
  mas: ['more competitive', 'more consensus-seeking'],
  uai: ['more rule- and plan-driven', 'more comfortable with ambiguity'],
  lto: ['more long-term in outlook', 'more focused on the near term'],
  ivr: ['more relaxed and expressive', 'more restrained'],
};

function seniorRole(role: string | undefined): boolean | null {
  if (!role) return null;
  return /\b(ceo|cfo|cto|coo|chief|president|vp|vice[- ]president|director|head|owner|founder|partner|managing|general manager|gm)\b/i.test(role);
}

function stageAdvice(stage: string): string | null {
  const s = stage.toLowerCase();
  if (/prospect|qualif|discover|lead|new|intro/.test(s)) return 'Early stage: this call is about trust and fit, not terms. Learn how they decide before you propose.';
  if (/proposal|quote|present|solution|demo/.test(s)) return 'Proposal stage: bring the detail they will need to take the proposal to their decision-makers.';
  if (/negotiat|review|contract|legal/.test(s)) return 'Negotiation stage: know your walk-away point, and give the other side room to concede without losing face.';
  if (/clos|won|commit/.test(s)) return 'Closing stage: confirm every commitment in writing and agree the next steps and who owns them.';
  return null;
}

const DO: Record<HofstedeDimension, [string, string]> = {
  pdi: ['Show respect for rank: titles, the senior person first.', 'Talk to the person who does the work, whatever their title.'],
  idv: ['Name who owns each action, and be explicit.', 'Invest time in the relationship before the deal.'],
  mas: ['Lead with results, numbers and deadlines.', 'Look for consensus and a win for both sides.'],
  uai: ['Bring detail, documents and a clear plan.', 'Keep it short and flexible.'],
  lto: ['Talk about the long-term partnership.', 'Show quick, concrete wins.'],
  ivr: ['Keep the tone warm and positive.', 'Keep the tone sober and measured.'],
};
const DONT: Record<HofstedeDimension, [string, string]> = {
  pdi: ["Don't bypass anyone's manager or contradict a senior in public.", "Don't overdo deference or formality; it reads as distance."],
  idv: ["Don't spend long on small talk before the agenda.", "Don't single anyone out for criticism, or praise one person over the team."],
  mas: ["Don't undersell your offer or seem unsure of your numbers.", "Don't use hard-sell pressure or boast."],
  uai: ["Don't improvise or make vague promises.", "Don't bury them in rules and procedure."],
  lto: ["Don't push for a decision in the first meeting.", "Don't talk only about the distant future."],
  ivr: ["Don't be stiff or overly serious.", "Don't joke or enthuse too early."],
};

/**
 * Build the brief for talking to someone in `to` (the user being from `from`, when known).
 * Curated norms come first where the profile has them (they describe behaviour directly), then
 * rules of thumb from the Hofstede scores. Deterministic for the same inputs.
 */
export function buildBrief(to: CountryProfile, from: CountryProfile | null, opts: BriefOptions = {}): Brief {
  const locale = opts.locale ?? 'en';
  const en = locale.toLowerCase().startsWith('en');
  const toName = en ? to.name : regionName(to.country, locale);
  const fromName = from && from.country !== to.country ? (en ? from.name : regionName(from.country, locale)) : null;
  const sources = new Set<string>();
  const norms = to.norms;
  const NORMS = 'curated norms';
  const noteSource = (v: { source: string; version?: string; kind: string } | null | undefined) => {
    if (v) sources.add(`${v.source} (${[v.version, v.kind].filter(Boolean).join('; ')})`);
  };
  const h = (k: HofstedeDimension) => dimOf(to, k);
  const mine = (k: HofstedeDimension) => (fromName ? dimOf(from, k) : null);
  const c = (...ks: HofstedeDimension[]) =>
    ks.flatMap((k) => {
      const d = h(k);
      if (!d) return [];
      noteSource(d.source);
      return [d.basis];
    });
  /** A curated norm as an item, recording its source. */
  const norm = (text: string | null | undefined, v: { source: string; version: string; kind: string } | null | undefined): BriefItem | null => {
    if (!text || !v) return null;
    noteSource(v);
    return { text, basis: [NORMS] };
  };
  const contrast = (k: HofstedeDimension): BriefItem | null => {
    const a = h(k);
    const b = mine(k);
    if (!a || !b || !fromName || Math.abs(a.value - b.value) < 15) return null;
    noteSource(a.source);
    noteSource(b.source);
    return {
      text: `Compared with ${fromName}, ${toName} is ${CONTRAST[k][a.value > b.value ? 0 : 1]} (${Math.round(a.value)} vs ${Math.round(b.value)}).`,
      basis: [a.basis, `${fromName}: ${b.basis}`],
    };
  };
  const missing = (what: string): BriefItem => ({ text: `No ${what} data for ${toName}: nothing to go on here, so watch and ask.`, basis: [] });

  const pdi = h('pdi');
  const idv = h('idv');
  const pdiBand = band(pdi);
  const idvBand = band(idv);
  const masBand = band(h('mas'));
  const uaiBand = band(h('uai'));
  const ltoBand = band(h('lto'));
  const ivrBand = band(h('ivr'));
  const sections: BriefSection[] = [];
  const push = (id: BriefSectionId, items: Array<BriefItem | null>, ifEmpty?: BriefItem) => {
    const kept = items.filter((i): i is BriefItem => i !== null);
    sections.push({ id, title: TITLES[id], items: kept.length || !ifEmpty ? kept : [ifEmpty] });
  };

  const record = opts.record && Object.values(opts.record).some((v) => typeof v === 'string' && v.trim()) ? opts.record : null;
  if (record) {
    const who = [record.name, record.role].filter(Boolean).join(', ') + (record.company ? ` at ${record.company}` : '');
    const senior = seniorRole(record.role);
    push('context', [
      who.trim() ? { text: `Meeting ${who.trim()}.`, basis: [] } : null,
      record.dealStage ? { text: `Deal stage: ${record.dealStage}.`, basis: [] } : null,
      record.dealStage && stageAdvice(record.dealStage) ? { text: stageAdvice(record.dealStage)!, basis: [] } : null,
      senior === true && pdiBand === 'high' ? { text: `${record.role} is a senior title: expect them to decide, and bring someone of matching rank if you can.`, basis: c('pdi') } : null,
      senior === false && (pdiBand === 'high' || norms?.decisions?.value.style === 'top-down')
        ? { text: 'They may not be the final decision-maker: ask, politely, who else will review the proposal.', basis: c('pdi') }
        : null,
    ]);
  }

  // Relationship versus task. Individualism is the best-measured proxy for whether trust comes
  // before business (low) or out of it (high); the curated trust note says it directly.
  push(
    'relationship',
    [
      norm(norms?.trust?.value.text, norms?.trust),
      idvBand === 'low'
        ? { text: 'Relationship first: expect personal conversation before business, and several contacts before trust. Who introduced you matters.', basis: c('idv') }
        : idvBand === 'high'
          ? { text: 'Task first: people expect to reach the agenda quickly; the relationship grows out of doing business well.', basis: c('idv') }
          : idvBand === 'mid'
            ? { text: 'A balance: a few minutes of personal conversation, then the agenda.', basis: c('idv') }
            : null,
      ltoBand === 'high' ? { text: 'They think in long relationships: show you intend to be around for years, not for one deal.', basis: c('lto') } : null,
      contrast('idv'),
    ],
    missing('relationship'),
  );

  push(
    'decisions',
    [
      norm(norms?.decisions?.value.text, norms?.decisions),
      pdiBand === 'high'
        ? { text: 'Address the most senior person first, use titles and surnames, and expect others in the room to check back before committing.', basis: c('pdi') }
        : pdiBand === 'low'
          ? { text: 'Address the person responsible, whatever their rank; decisions are often delegated to those doing the work.', basis: c('pdi') }
          : pdiBand === 'mid'
            ? { text: 'Hierarchy matters but is not absolute: involve the manager, and address the specialist directly on the detail.', basis: c('pdi') }
            : null,
      idvBand === 'low' && pdiBand !== 'low' && norms?.decisions?.value.style !== 'top-down'
        ? { text: "Consensus is built behind the scenes: a yes in the meeting may still need the group's agreement afterwards.", basis: c('idv', 'pdi') }
        : null,
      uaiBand === 'high' ? { text: 'Expect detailed questions and time to review documents before a decision; send material in advance.', basis: c('uai') } : null,
      contrast('pdi'),
    ],
    missing('decision-making'),
  );

  const context = norms?.context?.value ?? (idvBand === 'low' ? 'high' : idvBand === 'high' ? 'low' : idvBand === 'mid' ? 'medium' : null);
  const contextBasis = norms?.context ? (noteSource(norms.context), [NORMS]) : c('idv');
  push(
    'communication',
    [
      context === 'high'
        ? { text: 'High-context: much is said implicitly. Listen for tone, pauses and what is not said.', basis: contextBasis }
        : context === 'low'
          ? { text: 'Low-context: say what you mean plainly; the words carry the message. Summarise decisions explicitly.', basis: contextBasis }
          : context === 'medium'
            ? { text: 'Fairly explicit, with room for politeness: be clear, and soften requests a little.', basis: contextBasis }
            : null,
      norm(norms?.negativeFeedback?.value, norms?.negativeFeedback),
      context === 'high' || pdiBand === 'high'
        ? { text: "Silence is normal: it often means reflection or polite reservation, not agreement. Don't rush to fill it.", basis: [...contextBasis, ...c('pdi')] }
        : context === 'low'
          ? { text: 'Long silences can be read as disengagement: check understanding and ask for questions.', basis: contextBasis }
          : null,
      ivrBand === 'low' ? { text: 'Restraint is valued: keep enthusiasm and jokes measured until you know people.', basis: c('ivr') } : ivrBand === 'high' ? { text: 'A warm, upbeat tone is welcome.', basis: c('ivr') } : null,
    ],
    missing('communication-style'),
  );

  push(
    'disagreement',
    [
      norm(norms?.disagreement?.value, norms?.disagreement),
      idvBand === 'low' || pdiBand === 'high'
        ? { text: 'Avoid open disagreement, above all with seniors or in front of others. Raise concerns privately, or as questions ("Could we look again at…?").', basis: c('idv', 'pdi') }
        : idvBand === 'high' && pdiBand === 'low'
          ? { text: 'Open, reasoned disagreement is acceptable and often expected: argue the point, not the person.', basis: c('idv', 'pdi') }
          : idvBand || pdiBand
            ? { text: 'Disagree with care: keep it factual, and acknowledge the other view first.', basis: c('idv', 'pdi') }
            : null,
      masBand === 'high' ? { text: 'Bargaining can be competitive: hold firm on your numbers, and back them with facts.', basis: c('mas') } : masBand === 'low' ? { text: 'Aim for compromise: hard bargaining can damage the relationship more than it gains.', basis: c('mas') } : null,
      contrast('mas'),
    ],
    missing('disagreement'),
  );

  push(
    'time',
    [
      norm(norms?.time?.value.text, norms?.time),
      uaiBand === 'high'
        ? { text: 'Send an agenda in advance and keep to it; plans, dates and deadlines are taken seriously.', basis: c('uai') }
        : uaiBand === 'low'
          ? { text: 'Plans are flexible: expect changes, and keep your own schedule adaptable.', basis: c('uai') }
          : uaiBand === 'mid'
            ? { text: 'Agree an agenda, but expect some flexibility in how it is followed.', basis: c('uai') }
            : null,
      ltoBand === 'high'
        ? { text: "Patience pays: a deal may take several meetings. Don't push for a decision in the first call.", basis: c('lto') }
        : ltoBand === 'low'
          ? { text: 'Expect interest in quick, concrete results: show near-term benefits.', basis: c('lto') }
          : null,
      contrast('uai'),
    ],
    missing('time and pace'),
  );

  push(
    'etiquette',
    [
      norm(norms?.etiquette?.value.gifts, norms?.etiquette),
      norm(norms?.etiquette?.value.meetings, norms?.etiquette),
      norms?.titles?.value ? norm(`Titles: ${norms.titles.value}`, norms.titles) : null,
      !norms?.etiquette && pdiBand === 'high' ? { text: 'Greet the most senior person first, use their title, and let the host show you where to sit.', basis: c('pdi') } : null,
      !norms?.etiquette && idvBand === 'low'
        ? { text: "Small gifts that build the relationship are common: modest and given with care. Check both companies' gift policies first.", basis: c('idv') }
        : null,
      norms?.smallTalk ? norm(`Good small talk: ${norms.smallTalk.value.topics.join(', ')}.`, norms.smallTalk) : null,
    ],
    missing('curated etiquette'),
  );

  const language = mainLanguage(to);
  if (to.languages?.primary) noteSource(to.languages.primary);
  const openerItems: Array<BriefItem | null> = [];
  const greeting = norms?.greeting;
  if (greeting) openerItems.push(norm(`${greeting.value.local} — in writing; the English equivalent is "${greeting.value.en}"`, greeting));
  const pattern = to.names?.addressPattern;
  if (pattern?.value) openerItems.push(norm(`Address people as ${pattern.value}.`, pattern));
  for (const op of (language && OPENERS[language]) || []) {
    sources.add(`${OPENERS_SOURCE} (curated)`);
    openerItems.push({ text: `${op.text} — ${op.meaning}`, basis: ['curated phrasebook'], note: op.romanised });
  }
  push('openers', openerItems, { text: `No curated openers for ${language ?? "this country's language"} yet: a polite greeting in English is the safe choice.`, basis: [] });

  // Do's and don'ts: the three most distinctive dimensions, meaning either furthest from the
  // user's own culture or, without a home country, furthest from the middle of the scale.
  const all = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'] as HofstedeDimension[];
  const ranked = fromName
    ? largestGaps(to, from, 6, 10).map((g) => g.dim)
    : all.filter((d) => h(d)).sort((a, b) => Math.abs(h(b)!.value - 50) - Math.abs(h(a)!.value - 50) || all.indexOf(a) - all.indexOf(b));
  const pick = ranked.filter((d) => h(d)).slice(0, 3);
  const side = (d: HofstedeDimension) => (h(d)!.value >= 50 ? 0 : 1);
  const talk = norms?.smallTalk;
  push('dos', pick.map((d) => ({ text: DO[d][side(d)], basis: c(d) })), missing('Hofstede'));
  push(
    'donts',
    [...pick.map((d) => ({ text: DONT[d][side(d)], basis: c(d) })), talk?.value.taboos.length ? norm(`Avoid as topics: ${talk.value.taboos.join(', ')}.`, talk) : null],
    missing('Hofstede'),
  );

  return {
    to: to.country,
    toName,
    from: fromName ? from!.country : null,
    fromName,
    title: fromName ? `Call brief: ${toName} (from ${fromName})` : `Call brief: ${toName}`,
    language,
    record,
    sections,
    sources: [...sources].sort(),
    caveat: 'Scores describe national averages, not the person you will meet. Use them as a starting point and adjust to what you learn.',
  };
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The brief as Markdown, for export and the CLI. Page text is escaped, never trusted as markup. */
export function briefToMarkdown(brief: Brief): string {
  const out: string[] = [`# ${mdEscape(brief.title)}`, ''];
  for (const s of brief.sections) {
    if (!s.items.length) continue;
    out.push(`## ${mdEscape(s.title)}`, '');
    for (const i of s.items) {
      const note = i.note ? ` (${mdEscape(i.note)})` : '';
      out.push(`- ${mdEscape(i.text)}${note}`);
    }
    out.push('');
  }
  out.push(`> ${mdEscape(brief.caveat)}`, '');
  if (brief.sources.length) {
    out.push('## Sources', '');
    for (const s of brief.sources) out.push(`- ${mdEscape(s)}`);
    out.push('');
  }
  return out.join('\n');
}
