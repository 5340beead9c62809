/**
 * Blunt refusals and ultimatums ("not acceptable", "final offer", "take it or leave it",
 * "otherwise we will move on") to a culture that declines indirectly: flagged with a softer
 * wording that keeps the position but leaves the other side room.
 */
import { matchAll } from '../markers';
import { basis, englishMessage, T_DIRECT, type Draft, type Rule } from './common';
import { stanceOf } from './stance';

/** Pattern, the replacement's message key suffix, language. */
const PATTERNS: [RegExp, string, string][] = [
  [/(?:is|are|was|would be) not acceptable|not acceptable/giu, 'not-acceptable', 'en'],
  [/(?:our|my) (?:final|last|best and final) offer/giu, 'final-offer', 'en'],
  [/take it or leave it/giu, 'take-it-or-leave-it', 'en'],
  [/(?:otherwise|or(?: else)?),? we(?: will|'ll| shall) (?:have to |need to )?(?:move on|look elsewhere|walk away|go with (?:another|a different) (?:supplier|vendor|partner))/giu, 'move-on', 'en'],
  [/(?:no way|out of the question)/giu, 'no-way', 'en'],
  [/we (?:refuse|reject|will not accept|won't accept)/giu, 'refuse', 'en'],
  [/(?:is |are )?non-?negotiable/giu, 'non-negotiable', 'en'],
  [/nicht akzeptabel|inakzeptabel/giu, 'not-acceptable', 'de'],
  [/(?:unser|mein) (?:letztes|finales) Angebot/giu, 'final-offer', 'de'],
  [/(?:pas acceptable|inacceptable)/giu, 'not-acceptable', 'fr'],
  [/(?:notre|ma) (?:dernière|ultime) offre/giu, 'final-offer', 'fr'],
];

// Replacements in the draft's language (the message itself is in the UI language).
const REPLACE: Record<string, Record<string, string>> = {
  en: {
    'not-acceptable': 'difficult for us to accept',
    'final-offer': 'the best we are able to offer at this stage',
    'take-it-or-leave-it': 'we would be glad to hear your view on this',
    'move-on': 'we may need to consider other options',
    'no-way': 'unfortunately not possible for us',
    refuse: 'we are unfortunately not in a position to accept',
    'non-negotiable': 'very important to us',
  },
  de: { 'not-acceptable': 'für uns schwer zu akzeptieren', 'final-offer': 'das Beste, was wir derzeit anbieten können' },
  fr: { 'not-acceptable': 'difficile à accepter pour nous', 'final-offer': 'le mieux que nous puissions proposer à ce stade' },
};

export const ultimatumRule: Rule = {
  id: 'ultimatum',
  topic: 'disagreeing',
  langs: ['en', 'de', 'fr'],
  applies: (target) => stanceOf(target?.country, 'declining', target)?.value === 'indirect',
  run(inp, out: Draft[]) {
    const { text, lang, target } = inp;
    const stance = stanceOf(target?.country, 'declining', target);
    if (!target || stance?.value !== 'indirect') return;
    const b = basis(target, T_DIRECT);
    for (const [re, id, l] of PATTERNS) {
      if (l !== lang) continue;
      for (const h of matchAll(re, text)) {
        const rep = REPLACE[lang]?.[id];
        const params = { text: h.text, country: target.country, basis: b.text };
        // "is not acceptable" keeps its verb: only "not acceptable" is replaced.
        // The verb or connective before the phrase is kept ("is …", "otherwise …", "or …").
        const verb = /^(?:is|are|was|would be|otherwise,?|or else,?|or,?) /i.exec(h.text)?.[0] ?? '';
        out.push({
          key: `directness:ultimatum:${h.text.toLowerCase()}`,
          start: h.start,
          end: h.end,
          category: 'directness',
          severity: 'warning',
          rule: 'ultimatum',
          messageKey: 'rules.ultimatum.message',
          params,
          message: englishMessage('rules.ultimatum.message', params),
          source: [stance.source, b.source].filter(Boolean).join('; '),
          replacement: rep ? `${verb}${/^\p{Lu}/u.test(h.text) && !verb ? rep[0].toUpperCase() + rep.slice(1) : rep}` : undefined,
        });
      }
    }
  },
};
