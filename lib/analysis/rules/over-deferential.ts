/**
 * Over-deferential, over-formal wording to egalitarian cultures (Denmark, the Netherlands,
 * Sweden, Australia, Israel …): "I humbly request", "Your Excellency", "Respected Sir",
 * "I would be most grateful if you could kindly". Egalitarian is not the same as informal (a
 * plain formal mail is fine); only deference markers are flagged, each with a plain wording.
 */
import { matchAll } from '../markers';
import { basis, englishMessage, T_FORMALITY, type Draft, type Rule } from './common';
import { stanceOf } from './stance';

const PHRASES: [RegExp, string | null][] = [
  [/I (?:would )?(?:most )?humbly (?:request|ask|beg|submit)/giu, 'I would like to ask'],
  [/(?:humbly|respectfully) (?:request|submit)/giu, 'ask'],
  [/Your (?:Excellency|Highness|Honou?r)/gu, null],
  [/(?:most )?(?:respected|esteemed|honou?red) (?:sir|madam|sir\/madam|colleague|partner)s?/giu, null],
  [/I would be (?:most|extremely|eternally) grateful if you could (?:kindly )?/giu, 'Could you '],
  [/(?:kindly )?do the needful/giu, 'take care of this'],
  [/(?:please )?find (?:attached|enclosed) herewith/giu, 'please find attached'],
  [/(?:your )?(?:most )?obedient servant/giu, null],
  [/with (?:the )?(?:utmost|deepest|highest) respect/giu, null],
  [/it (?:is|would be) (?:a|my) (?:great )?(?:honou?r|privilege) to/giu, 'I am glad to'],
  [/I beg to (?:inform|state|submit)/giu, 'I would like to let you know'],
  [/at your (?:earliest )?(?:kind )?convenience/giu, 'when you can'],
];

export const overDeferentialRule: Rule = {
  id: 'over-deferential',
  topic: 'register',
  langs: ['en'],
  applies: (target) => stanceOf(target?.country, 'leading', target)?.value === 'egalitarian',
  run(inp, out: Draft[]) {
    const { text, lang, target } = inp;
    const stance = stanceOf(target?.country, 'leading', target);
    if (lang !== 'en' || !target || stance?.value !== 'egalitarian') return;
    const b = basis(target, T_FORMALITY);
    for (const [re, rep] of PHRASES) {
      for (const h of matchAll(re, text)) {
        if (out.some((o) => o.rule === 'over-deferential' && h.start < o.end && h.end > o.start)) continue;
        const params = { text: h.text, country: target.country, basis: b.text };
        out.push({
          key: `formality:deferential:${h.text.toLowerCase()}`,
          start: h.start,
          end: h.end,
          category: 'formality',
          severity: 'info',
          rule: 'over-deferential',
          messageKey: 'rules.over-deferential.message',
          params,
          message: englishMessage('rules.over-deferential.message', params),
          source: [stance.source, b.source].filter(Boolean).join('; '),
          replacement: rep === null ? undefined : /^\p{Lu}/u.test(h.text) && !/^I /.test(rep) ? rep[0].toUpperCase() + rep.slice(1) : rep,
        });
      }
    }
  },
};
