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
import { OPENERS, OPENERS_SOURCE, type Opener } from './openers';
import { cite, largestGaps, score, type HofstedeDimension, type ProfileLike, type SourcedValue } from './profile';

export { largestGaps, dimensionScores, score, cite, HOFSTEDE_DIMENSIONS, GLOBE_DIMENSIONS, SCALE } from './profile';
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
  /** Citations of the scores or curated notes the statement rests on; empty for plain facts. */
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

/** The counterpart's main language: the profile's first listed language, else CLDR's likely subtags. */
export function mainLanguage(profile: ProfileLike): string | null {
  const langs = profile.languages;
  if (Array.isArray(langs) && langs.length) {
    const first = langs[0] as unknown;
    const code = typeof first === 'string' ? first : typeof first === 'object' && first ? ((first as { code?: unknown; lang?: unknown }).code ?? (first as { lang?: unknown }).lang) : null;
    if (typeof code === 'string' && code) return code.toLowerCase().split(/[-_]/)[0];
  }
  try {
    const lang = new Intl.Locale('und', { region: profile.country }).maximize().language;
    return lang && lang !== 'und' ? lang : null;
  } catch {
    return null;
  }
}

/** "Hofstede PDI 35 (Hofstede 2015, v1; measured)" → "Hofstede 2015, v1 (measured)". */
function sourceOf(basis: string): string {
  const m = /\(([^()]*); (\w+)\)$/.exec(basis) ?? /^([^()]*); (\w+)$/.exec(basis);
  return m ? `${m[1]} (${m[2]})` : basis;
}

type Band = 'high' | 'low' | 'mid';
const band = (v: SourcedValue | null): Band | null => (v ? (v.value >= HIGH ? 'high' : v.value <= LOW ? 'low' : 'mid') : null);

/** A sentence comparing the two countries on one dimension, when the gap is large enough. */
function contrast(dim: HofstedeDimension, them: SourcedValue | null, you: SourcedValue | null, toName: string, fromName: string | null): BriefItem | null {
  if (!them || !you || !fromName) return null;
  const d = them.value - you.value;
  if (Math.abs(d) < 15) return null;
  const words: Record<HofstedeDimension, [string, string]> = {
    pdi: ['more hierarchical', 'flatter'],
    idv: ['more individualist', 'more group-oriented'],
    mas: ['more competitive', 'more consensus-seeking'],
    uai: ['more rule- and plan-driven', 'more comfortable with ambiguity'],
    lto: ['more long-term in outlook', 'more focused on the near term'],
    ivr: ['more relaxed and expressive', 'more restrained'],
  };
  return {
    text: `Compared with ${fromName}, ${toName} is ${words[dim][d > 0 ? 0 : 1]} (${Math.round(them.value)} vs ${Math.round(you.value)}).`,
    basis: [cite('hofstede', dim, them), cite('hofstede', dim, you)],
  };
}

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

/**
 * Build the brief for talking to someone in `to` (the user being from `from`, when known).
 * Deterministic for the same inputs.
 */
export function buildBrief(to: ProfileLike, from: ProfileLike | null, opts: BriefOptions = {}): Brief {
  const locale = opts.locale ?? 'en';
  const toName = to.name && locale.startsWith('en') ? to.name : regionName(to.country, locale);
  const fromName = from ? (from.name && locale.startsWith('en') ? from.name : regionName(from.country, locale)) : null;
  const h = (dim: HofstedeDimension) => score(to, 'hofstede', dim);
  const mine = (dim: HofstedeDimension) => score(from, 'hofstede', dim);
  const c = (dim: HofstedeDimension) => {
    const v = h(dim);
    return v ? [cite('hofstede', dim, v)] : [];
  };
  const pdi = h('pdi');
  const idv = h('idv');
  const mas = h('mas');
  const uai = h('uai');
  const lto = h('lto');
  const ivr = h('ivr');
  const sections: BriefSection[] = [];
  const push = (id: BriefSectionId, items: Array<BriefItem | null>) => {
    const kept = items.filter((i): i is BriefItem => i !== null);
    sections.push({ id, title: TITLES[id], items: kept });
  };
  const missing = (what: string): BriefItem => ({ text: `No ${what} score for ${toName}: this section has no data to go on.`, basis: [] });

  const record = opts.record && Object.values(opts.record).some((v) => typeof v === 'string' && v.trim()) ? opts.record : null;
  if (record) {
    const who = [record.name, record.role && `${record.role}`, record.company && `at ${record.company}`].filter(Boolean).join(', ').replace(', at ', ' at ');
    const items: BriefItem[] = [];
    if (who) items.push({ text: `Meeting ${who}.`, basis: [] });
    if (record.dealStage) {
      items.push({ text: `Deal stage: ${record.dealStage}.`, basis: [] });
      const adv = stageAdvice(record.dealStage);
      if (adv) items.push({ text: adv, basis: [] });
    }
    const senior = seniorRole(record.role);
    if (senior === true && band(pdi) === 'high') items.push({ text: `${record.role} is a senior title: expect them to decide, and bring someone of matching rank if you can.`, basis: c('pdi') });
    if (senior === false && band(pdi) === 'high') items.push({ text: 'They may not be the decision-maker: ask, politely, who else will review the proposal.', basis: c('pdi') });
    push('context', items);
  }

  // Relationship versus task: individualism is the best-measured proxy for whether trust comes
  // before business (low) or out of it (high).
  const idvBand = band(idv);
  push('relationship', [
    idvBand === 'low'
      ? { text: 'Relationship first: expect personal conversation before business, and several contacts before trust. Who introduced you matters.', basis: c('idv') }
      : idvBand === 'high'
        ? { text: 'Task first: people expect to reach the agenda quickly; the relationship grows out of doing business well.', basis: c('idv') }
        : idvBand === 'mid'
          ? { text: 'A balance: a few minutes of personal conversation, then the agenda.', basis: c('idv') }
          : missing('individualism'),
    band(lto) === 'high' ? { text: 'They think in long relationships: show you intend to be around for years, not for one deal.', basis: c('lto') } : null,
    contrast('idv', idv, mine('idv'), toName, fromName),
  ]);

  const pdiBand = band(pdi);
  push('decisions', [
    pdiBand === 'high'
      ? { text: 'Decisions are made at the top. Address the most senior person first, use titles and surnames, and expect others in the room to check back before committing.', basis: c('pdi') }
      : pdiBand === 'low'
        ? { text: 'Decisions are delegated and often made by those doing the work. Address the person responsible, whatever their rank; first names are usually fine.', basis: c('pdi') }
        : pdiBand === 'mid'
          ? { text: 'Hierarchy matters but is not absolute: involve the manager, and address the specialist directly on the detail.', basis: c('pdi') }
          : missing('power distance'),
    idvBand === 'low' && pdiBand !== 'low' ? { text: 'Consensus is built behind the scenes: a yes in the meeting may still need the group\'s agreement afterwards.', basis: [...c('idv'), ...c('pdi')] } : null,
    band(uai) === 'high' ? { text: 'Expect detailed questions and time to review documents before a decision; send material in advance.', basis: c('uai') } : null,
    contrast('pdi', pdi, mine('pdi'), toName, fromName),
  ]);

  push('communication', [
    idvBand === 'low'
      ? { text: 'High-context: much is said implicitly. Listen for tone, pauses and what is not said; a "that may be difficult" usually means no.', basis: c('idv') }
      : idvBand === 'high'
        ? { text: 'Low-context: say what you mean plainly; the words carry the message. Summarise decisions explicitly.', basis: c('idv') }
        : idvBand === 'mid'
          ? { text: 'Fairly explicit, with room for politeness: be clear, and soften requests a little.', basis: c('idv') }
          : missing('individualism'),
    idvBand === 'low' || pdiBand === 'high'
      ? { text: 'Silence is normal: it often means reflection or polite reservation, not agreement. Don\'t rush to fill it.', basis: [...c('idv'), ...c('pdi')] }
      : idvBand === 'high'
        ? { text: 'Long silences can be read as disengagement: check understanding and ask for questions.', basis: c('idv') }
        : null,
    band(ivr) === 'low' ? { text: 'Restraint is valued: keep enthusiasm and jokes measured until you know people.', basis: c('ivr') } : band(ivr) === 'high' ? { text: 'A warm, upbeat tone is welcome.', basis: c('ivr') } : null,
  ]);

  const masBand = band(mas);
  push('disagreement', [
    idvBand === 'low' || pdiBand === 'high'
      ? { text: 'Avoid open disagreement, above all with seniors or in front of others. Raise concerns privately, or as questions ("Could we look again at…?").', basis: [...c('idv'), ...c('pdi')] }
      : idvBand === 'high' && pdiBand === 'low'
        ? { text: 'Open, reasoned disagreement is acceptable and often expected: argue the point, not the person.', basis: [...c('idv'), ...c('pdi')] }
        : idv || pdi
          ? { text: 'Disagree with care: make it factual, and acknowledge the other view first.', basis: [...c('idv'), ...c('pdi')] }
          : missing('individualism or power distance'),
    masBand === 'high' ? { text: 'Bargaining can be competitive: hold firm on your numbers, and back them with facts.', basis: c('mas') } : masBand === 'low' ? { text: 'Aim for compromise: hard bargaining can damage the relationship more than it gains.', basis: c('mas') } : null,
    contrast('mas', mas, mine('mas'), toName, fromName),
  ]);

  const uaiBand = band(uai);
  push('time', [
    uaiBand === 'high'
      ? { text: 'Be punctual, send an agenda in advance and keep to it. Plans, dates and deadlines are taken seriously.', basis: c('uai') }
      : uaiBand === 'low'
        ? { text: 'Plans are flexible: expect changes, and keep your own schedule adaptable.', basis: c('uai') }
        : uaiBand === 'mid'
          ? { text: 'Agree an agenda, but expect some flexibility in how it is followed.', basis: c('uai') }
          : missing('uncertainty avoidance'),
    band(lto) === 'high'
      ? { text: 'Patience pays: a deal may take several meetings. Don\'t push for a decision in the first call.', basis: c('lto') }
      : band(lto) === 'low'
        ? { text: 'Expect interest in quick, concrete results: show near-term benefits.', basis: c('lto') }
        : null,
    contrast('uai', uai, mine('uai'), toName, fromName),
  ]);

  push('etiquette', [
    pdiBand === 'high' ? { text: 'Greet the most senior person first, use their title, and let the host show you where to sit.', basis: c('pdi') } : null,
    idvBand === 'low'
      ? { text: 'Small gifts that build the relationship are common: modest, well wrapped, given and received with care. Check both companies\' gift policies first.', basis: c('idv') }
      : idvBand === 'high'
        ? { text: 'Gifts are not expected in business and can look like pressure; a thank-you note does more.', basis: c('idv') }
        : null,
    uaiBand === 'high' ? { text: 'Dress and address more formally than you think you need to at the first meeting.', basis: c('uai') } : null,
    { text: 'Exchange business cards or contact details at the start, and take a moment to read the card you are given.', basis: [] },
  ]);

  const language = mainLanguage(to);
  const openers: Opener[] = (language && OPENERS[language]) || [];
  push(
    'openers',
    openers.length
      ? openers.map((op) => ({ text: `${op.text} — ${op.meaning}`, basis: [`${OPENERS_SOURCE}; curated`], note: op.romanised }))
      : [{ text: `No curated openers for ${language ?? 'this country\'s language'} yet: a polite greeting in English is the safe choice.`, basis: [] }],
  );

  // Do's and don'ts: the two most distinctive dimensions, distinctive meaning either furthest
  // from the user's own culture or, without a home country, furthest from the scale's middle.
  const gaps = largestGaps(to, from, 6, 0);
  const ranked: HofstedeDimension[] = from
    ? gaps.map((g) => g.dim)
    : (['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'] as HofstedeDimension[]).filter((d) => h(d)).sort((a, b) => Math.abs(h(b)!.value - 50) - Math.abs(h(a)!.value - 50));
  const DO: Record<HofstedeDimension, [string, string]> = {
    pdi: ['Show respect for rank: titles, the senior person first.', 'Talk to the person who does the work, whatever their title.'],
    idv: ['Name who owns each action, and be explicit.', 'Invest time in the relationship before the deal.'],
    mas: ['Lead with results, numbers and deadlines.', 'Look for consensus and a win for both sides.'],
    uai: ['Bring detail, documents and a clear plan.', 'Keep it short and flexible.'],
    lto: ['Talk about the long-term partnership.', 'Show quick, concrete wins.'],
    ivr: ['Keep the tone warm and positive.', 'Keep the tone sober and measured.'],
  };
  const DONT: Record<HofstedeDimension, [string, string]> = {
    pdi: ['Don\'t bypass anyone\'s manager or contradict a senior in public.', 'Don\'t overdo deference or formality; it reads as distance.'],
    idv: ['Don\'t spend long on small talk before the agenda.', 'Don\'t single anyone out for criticism, or praise one person over the team.'],
    mas: ['Don\'t undersell your offer or seem unsure of your numbers.', 'Don\'t use hard-sell pressure or boast.'],
    uai: ['Don\'t improvise or make vague promises.', 'Don\'t bury them in rules and procedure.'],
    lto: ['Don\'t push for a decision in the first meeting.', 'Don\'t talk only about the distant future.'],
    ivr: ['Don\'t be stiff or overly serious.', 'Don\'t joke or enthuse too early.'],
  };
  const pick = ranked.slice(0, 3);
  const side = (d: HofstedeDimension) => (h(d)!.value >= 50 ? 0 : 1);
  push('dos', pick.length ? pick.map((d) => ({ text: DO[d][side(d)], basis: c(d) })) : [missing('Hofstede')]);
  push('donts', pick.length ? pick.map((d) => ({ text: DONT[d][side(d)], basis: c(d) })) : [missing('Hofstede')]);

  const sources = [...new Set(sections.flatMap((s) => s.items.flatMap((i) => i.basis.map(sourceOf))))].sort();

  return {
    to: to.country,
    toName,
    from: from?.country ?? null,
    fromName,
    title: fromName ? `Call brief: ${toName} (from ${fromName})` : `Call brief: ${toName}`,
    language,
    record,
    sections,
    sources,
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
