/**
 * The "prepare for a call" brief: a one-pager for a country pair, built from the counterpart's
 * curated stances (and the user's own, for contrasts), optionally enriched with the open CRM
 * record. Pure: the background calls it for the UI, the CLI for `cli brief`.
 *
 * Rules the builder keeps:
 * - Every behavioural sentence comes from a curated stance (lib/brief/stance.ts) and carries that
 *   stance's own citation. Two sentences about one topic therefore cannot disagree, and each item
 *   is tagged `{topic, stance, country}` so a test can check it.
 * - A dimension score is shown only as context ("Power distance 54 vs 40, measured, national
 *   average") and never produces a behavioural sentence. Without a curated entry the brief says
 *   less: facts, scores and openers only.
 * - Sentences are i18next keys with parameters (lib/brief/messages.ts), so the brief follows the
 *   UI language; curated free text stays English and is marked `lang: "en"`.
 */
import type { RecordFields } from '../protocol';
import { OPENERS, OPENERS_SOURCE } from './openers';
import type { CountryProfile, TopicValue } from '../profiles/schema';
import { authorOf, LITERATURE } from '../profiles/load';
import { resolveCite } from '../profiles/norms-schema';
import { HOFSTEDE_DIMENSIONS, type HofstedeDimension, type SourcedValue } from './profile';
import { briefLang, briefLangLoaded, renderMessage, type MessageParams } from './messages';
import { stanceOf, topicOf, findContradictions, type StanceClaim, type Topic } from './stance';

export { largestGaps, dimensionScores, score, HOFSTEDE_DIMENSIONS, GLOBE_DIMENSIONS, SCALE } from './profile';
export type { ProfileLike, SourcedValue, Model, Gap, HofstedeDimension } from './profile';
export type { Opener } from './openers';
export { stanceOf, stancesOf, topicOf, findContradictions, contradictsCurated, stanceDifferences, STANCES, TOPICS, OPPOSITES, opposite } from './stance';
export type { StanceClaim, Contradiction, StanceDiff, Topic, Stance } from './stance';
export { renderMessage, briefLang, loadBriefLang, briefLangLoaded, BRIEF_LANGS, type BriefLang, type MessageParams } from './messages';

export type BriefSectionId = 'context' | 'before' | 'room' | 'after' | 'openers' | 'scores';

export interface BriefItem {
  /** i18next key (namespace `brief`) and its parameters: render with `renderMessage`. */
  key: string;
  params: MessageParams;
  /** The rendering in the language the brief was built in. */
  text: string;
  /** What the statement rests on: a citation per work ("Meyer 2014, ch. 7 …"), or a score's
   * kind; empty for plain facts. The full references are in `Brief.sources`. */
  basis: string[];
  /** Extra detail: a romanisation for openers. */
  note?: string;
  /** The curated topic and stance this item states, and whose it is (machine-checkable). */
  topic?: Topic;
  stance?: string;
  country?: string;
  /** The language of `text` when it is not the brief's language: "en" for curated free text,
   * the counterpart's language for openers. */
  lang?: string;
  /** The home country's stance on this topic when it differs from the counterpart's. */
  differs?: { country: string; name: string; stance: string };
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
  /** The language of the rendered texts (one of the seven UI languages). */
  locale: string;
  /** The counterpart's main language (ISO 639-1), used for the openers. */
  language: string | null;
  /** True when the counterpart has a curated entry; false means facts and scores only. */
  curated: boolean;
  record: RecordFields | null;
  sections: BriefSection[];
  /** Every distinct source cited anywhere in the brief. */
  sources: string[];
  caveat: string;
}

export interface BriefOptions {
  record?: RecordFields;
  /** BCP 47 tag of the UI language: sentences, country and section names follow it. Load the
   * language first with `loadBriefLang` (English until then). */
  locale?: string;
}

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

function seniorRole(role: string | undefined): boolean | null {
  if (!role) return null;
  return /\b(ceo|cfo|cto|coo|chief|president|vp|vice[- ]president|director|head|owner|founder|partner|managing|general manager|gm)\b/i.test(role);
}

function stageKey(stage: string): string | null {
  const s = stage.toLowerCase();
  if (/prospect|qualif|discover|lead|new|intro/.test(s)) return 'stage.early';
  if (/proposal|quote|present|solution|demo/.test(s)) return 'stage.proposal';
  if (/negotiat|review|contract|legal/.test(s)) return 'stage.negotiation';
  if (/clos|won|commit/.test(s)) return 'stage.closing';
  return null;
}

/** A Hofstede score for the scores section: the country's own, else its labelled regional row. */
function dimOf(p: CountryProfile | null, k: HofstedeDimension): { v: SourcedValue; regional: string | null } | null {
  if (!p) return null;
  const own = p.dimensions.hofstede[k];
  if (own) return { v: own, regional: null };
  const reg = p.dimensions.hofstedeRegion;
  const r = reg?.scores[k];
  return reg && r ? { v: r, regional: reg.label } : null;
}


/**
 * Build the brief for talking to someone in `to` (the user being from `from`, when known).
 * Deterministic for the same inputs.
 */
export function buildBrief(to: CountryProfile, from: CountryProfile | null, opts: BriefOptions = {}): Brief {
  const lang = briefLangLoaded(opts.locale ?? 'en') ? briefLang(opts.locale) : 'en';
  const nameOf = (p: CountryProfile) => (lang === 'en' ? p.name : regionName(p.country, lang));
  const toName = nameOf(to);
  const home = from && from.country !== to.country ? from : null;
  const fromName = home ? nameOf(home) : null;
  const sources = new Set<string>();
  const msg = (key: string, params: MessageParams = {}, extra: Partial<BriefItem> = {}): BriefItem => ({
    key,
    params,
    text: renderMessage(key, params, lang),
    basis: [],
    ...extra,
  });
  const basisOf = (t: TopicValue): string[] =>
    t.cite.map((k) => {
      try {
        const c = resolveCite(k, to.country, to.name, LITERATURE);
        sources.add(c.cite);
        return `${authorOf(c.ref)}, ${c.where}`;
      } catch {
        // A user-edited profile may carry a key the shipped literature does not know.
        return k;
      }
    });
  const curated = Boolean(to.norms?.topics && Object.keys(to.norms.topics).length);

  /** The translated stance sentence for a topic, tagged and cited; null without a curated stance. */
  const stanceItem = (topic: Topic, key = `s.${topic}`): BriefItem | null => {
    const s = stanceOf(to, topic);
    const t = topicOf(to, topic);
    if (!s || !t) return null;
    const mine = home ? stanceOf(home, topic) : null;
    return msg(`${key}.${s}`, {}, {
      basis: basisOf(t),
      topic,
      stance: s,
      country: to.country,
      ...(mine && mine !== s && home ? { differs: { country: home.country, name: fromName!, stance: mine } } : {}),
    });
  };
  /** Curated English free text refining a topic (same entry, same stance). */
  const curatedText = (topic: Topic | 'compliance' | 'meetings', text: string | null | undefined): BriefItem | null => {
    const t = topicOf(to, topic);
    if (!text || !t) return null;
    return msg('curated', { text }, { basis: basisOf(t), lang: 'en', ...(topic !== 'compliance' && topic !== 'meetings' && t.stance ? { topic, stance: t.stance, country: to.country } : {}) });
  };

  const sections: BriefSection[] = [];
  const push = (id: BriefSectionId, items: Array<BriefItem | null>) => {
    const kept = items.filter((i): i is BriefItem => i !== null);
    if (kept.length) sections.push({ id, title: renderMessage(`section.${id}`, {}, lang), items: kept });
  };

  const record = opts.record && Object.values(opts.record).some((v) => typeof v === 'string' && v.trim()) ? opts.record : null;
  if (record) {
    const who = [record.name, record.role].filter(Boolean).join(', ') + (record.company ? ` (${record.company})` : '');
    const senior = seniorRole(record.role);
    const team = stanceOf(to, 'team');
    const deciding = stanceOf(to, 'deciding');
    const stage = record.dealStage ? stageKey(record.dealStage) : null;
    push('context', [
      who.trim() ? msg('record.meeting', { who: who.trim() }) : null,
      record.dealStage ? msg('record.stage', { stage: record.dealStage }) : null,
      stage ? msg(stage) : null,
      senior === true && team === 'rank-matched'
        ? msg('record.senior', { role: record.role! }, { topic: 'team', stance: team, country: to.country, basis: basisOf(topicOf(to, 'team')!) })
        : null,
      senior === false && deciding && deciding !== 'consultative'
        ? msg('record.notFinal', { role: record.role! }, { topic: 'deciding', stance: deciding, country: to.country, basis: basisOf(topicOf(to, 'deciding')!) })
        : null,
    ]);
  }

  if (curated) {
    const dec = topicOf(to, 'deciding');
    const time = topicOf(to, 'time');
    const follow = topicOf(to, 'followUp');
    const small = topicOf(to, 'smallTalk');
    const addr = topicOf(to, 'address');
    const greeting = to.norms?.greeting?.value;
    const pattern = to.names?.addressPattern?.value;
    const channels = (follow?.channels ?? []).filter((c) => c !== 'email' && c !== 'phone');
    const CHANNEL_NAMES: Record<string, string> = { phone: 'phone', whatsapp: 'WhatsApp', wechat: 'WeChat', line: 'LINE', kakaotalk: 'KakaoTalk', telegram: 'Telegram', viber: 'Viber', zalo: 'Zalo', teams: 'Microsoft Teams' };
    push('before', [
      curatedText('compliance', topicOf(to, 'compliance')?.text),
      stanceItem('team'),
      stanceItem('deciding'),
      curatedText('deciding', dec?.who ?? dec?.text),
      dec?.timeline ? msg(`s.timeline.${dec.timeline}`, {}, { basis: basisOf(dec) }) : null,
      stanceItem('persuading'),
      stanceItem('language'),
      stanceItem('address'),
      pattern && addr ? msg('addressPattern', { pattern }, { basis: basisOf(addr), lang: to.norms?.greeting?.value.lang }) : null,
      greeting && addr ? msg('greeting', { local: greeting.local, en: greeting.en }, { basis: basisOf(addr) }) : null,
      stanceItem('gifts'),
      curatedText('gifts', topicOf(to, 'gifts')?.text),
    ]);
    push('room', [
      stanceItem('trust'),
      curatedText('trust', topicOf(to, 'trust')?.text),
      stanceItem('smallTalk'),
      small?.topics?.length ? msg('smallTalkTopics', { list: small.topics.join(', ') }, { basis: basisOf(small), lang: 'en' }) : null,
      small?.taboos?.length ? msg('taboos', { list: small.taboos.join(', ') }, { basis: basisOf(small), lang: 'en' }) : null,
      stanceItem('time'),
      curatedText('time', time?.text),
      curatedText('time', time?.note),
      curatedText('meetings', topicOf(to, 'meetings')?.text),
      stanceItem('disagreeing'),
      curatedText('disagreeing', topicOf(to, 'disagreeing')?.text),
      stanceItem('feedback'),
      curatedText('feedback', topicOf(to, 'feedback')?.text),
      stanceItem('silence'),
      stanceItem('bargaining'),
    ]);
    push('after', [
      msg('minutes'),
      stanceItem('followUp'),
      channels.length && follow ? msg('channels', { channels: channels.map((c) => CHANNEL_NAMES[c] ?? c).join(', ') }, { basis: basisOf(follow) }) : null,
      stanceItem('contract'),
      stanceItem('copying'),
    ]);
  } else {
    push('before', [msg('noCurated', { to: toName })]);
  }

  const language = mainLanguage(to);
  if (to.languages?.primary) sources.add(`${to.languages.primary.source} (${to.languages.primary.kind})`);
  const openerItems: BriefItem[] = [];
  for (const op of (language && OPENERS[language]) || []) {
    sources.add(`${OPENERS_SOURCE} (curated)`);
    openerItems.push(msg('opener', { text: op.text, meaning: renderMessage(`openerMeaning.${op.id}`, {}, lang) }, { basis: ['curated phrasebook'], note: op.romanised, lang: language ?? undefined }));
  }
  push('openers', openerItems.length ? openerItems : [msg('noOpeners')]);

  // Scores: context only. A comparative sentence states which side scores higher, nothing more.
  const scoreItems: BriefItem[] = [];
  for (const k of HOFSTEDE_DIMENSIONS) {
    const a = dimOf(to, k);
    if (!a) continue;
    const b = home ? dimOf(home, k) : null;
    const dim = renderMessage(`dim.${k}`, {}, lang);
    const kind = (v: SourcedValue) => renderMessage(`kind.${v.kind}`, {}, lang);
    sources.add(`${a.v.source} (${[a.v.version, a.v.kind].filter(Boolean).join('; ')})`);
    if (b) sources.add(`${b.v.source} (${[b.v.version, b.v.kind].filter(Boolean).join('; ')})`);
    const basis = [`Hofstede ${k.toUpperCase()} (${a.regional ? `regional, ${a.v.kind}` : a.v.kind})`];
    if (a.regional) scoreItems.push(msg('score.regional', { dim, a: a.v.value, label: a.regional, to: toName }, { basis }));
    else if (b && !b.regional) {
      scoreItems.push(
        Math.abs(a.v.value - b.v.value) >= 10
          ? msg(`cmp.${k}.${a.v.value > b.v.value ? 'more' : 'less'}`, { a: toName, b: fromName!, x: a.v.value, y: b.v.value, kind: kind(a.v) }, { basis })
          : msg('score.pair', { dim, to: toName, a: a.v.value, from: fromName!, b: b.v.value, kind: kind(a.v) }, { basis }),
      );
    } else scoreItems.push(msg('score.single', { dim, a: a.v.value, kind: kind(a.v) }, { basis }));
    if (b?.regional && !a.regional) scoreItems.push(msg('regionalNote', { a: fromName!, label: b.regional }, { basis }));
  }
  if (scoreItems.length) scoreItems.push(msg('score.note'));
  push('scores', scoreItems);

  return {
    to: to.country,
    toName,
    from: home ? home.country : null,
    fromName,
    title: fromName ? renderMessage('title.pair', { to: toName, from: fromName }, lang) : renderMessage('title.single', { to: toName }, lang),
    locale: lang,
    language,
    curated,
    record,
    sections,
    sources: [...sources].sort(),
    caveat: renderMessage('caveat', {}, lang),
  };
}

/** Every stance claim a brief makes (its own items, and the home country's stances it contrasts). */
export function briefClaims(brief: Brief): StanceClaim[] {
  const out: StanceClaim[] = [];
  for (const s of brief.sections) {
    for (const i of s.items) {
      if (i.topic && i.stance && i.country) out.push({ country: i.country, topic: i.topic, stance: i.stance, where: i.key });
      if (i.topic && i.differs) out.push({ country: i.differs.country, topic: i.topic, stance: i.differs.stance, where: `${i.key} (differs)` });
    }
  }
  return out;
}

/** Contradictions within one brief (empty when consistent). */
export function briefContradictions(brief: Brief) {
  return findContradictions(briefClaims(brief));
}

export { briefToMarkdown } from './markdown';
