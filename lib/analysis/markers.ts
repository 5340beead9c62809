/**
 * Politeness, directness and warmth markers, in the ten register languages. The lists are short
 * on purpose: each entry is a marker the politeness literature names (Brown & Levinson's negative
 * politeness: hedges, softened requests, apologies; Danescu-Niculescu-Mizil et al. 2013's
 * politeness strategies: gratitude, "please", deference, direct questions, "by the way") and the
 * usual pressure words of business mail.
 */

const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';
const words = (alts: string, flags = 'giu') => new RegExp(`${B}(?:${alts})${E}`, flags);

/** Gratitude and "please", in every register language. */
export const POLITE = words(
  [
    'please|pls|plz|thanks?|thank you|thx|appreciated?|grateful|kindly|would you mind|if possible|if you could|sorry|apologi[sz]e',
    'bitte|danke|dankeschön|vielen dank|herzlichen dank|entschuldigung|verzeihung|gern|gerne|wären sie so freundlich',
    "s'il vous plaît|s'il te plaît|svp|merci|je vous remercie|pardon|désolée?|excusez|veuillez",
    'por favor|gracias|muchas gracias|disculpe|perdón|perdone|lo siento|le agradecería|agradecería',
    'per favore|per cortesia|grazie|mi scusi|scusa|scusi|la ringrazio|gentilmente|cortesemente',
    'por favor|obrigad[oa]|desculpe|desculpa|agradeço|agradeceria|se possível',
    'alstublieft|alsjeblieft|graag|dank u|dank je|bedankt|sorry|excuses',
    'пожалуйста|спасибо|благодарю|извините|простите|будьте добры|не могли бы',
  ].join('|'),
);
// Japanese and Korean politeness formulae need no word boundaries.
export const POLITE_CJK = /お願い|よろしく|ありがとう|すみません|申し訳|恐れ入り|恐縮|감사|고맙|죄송|부탁|실례/gu;

/** Hedges and softeners: they lower directness and raise politeness. */
export const HEDGE = words(
  [
    "perhaps|maybe|possibly|probably|might|could you|would you|would it be|i think|i believe|i wonder|i was wondering|it seems|it appears|somewhat|a bit|a little|slightly|just wanted|if you have a moment|when you get a chance|when you have a chance|would be great|could we|do you think|i'd suggest|we might",
    'vielleicht|eventuell|möglicherweise|könnten sie|würden sie|ich glaube|ich denke|etwas|ein wenig|eher|wäre es möglich',
    'peut-être|pourriez-vous|pourriez|auriez-vous|je pense|il me semble|un peu|éventuellement|serait-il possible',
    'quizás|quizá|tal vez|podría|podrías|creo que|me parece|un poco|sería posible',
    'forse|potrebbe|potresti|credo che|mi sembra|un po|sarebbe possibile',
    'talvez|poderia|poderias|acho que|parece-me|um pouco|seria possível',
    'misschien|eventueel|zou u|zou je|ik denk|een beetje|wellicht',
    'может быть|возможно|наверное|кажется|не могли бы|немного',
  ].join('|'),
);
export const HEDGE_CJK = /かもしれ|でしょうか|いただけ|頂け|でしょう|と思い|ようです|少し|ちょっと|혹시|것 같|조금|좀|주시겠|수 있을까/gu;

/** Pressure and urgency: deadlines without a reason, "ASAP", "immediately". */
export const PRESSURE = words(
  [
    'asap|a\\.s\\.a\\.p\\.?|urgent|urgently|immediately|right away|right now|at once|without delay|no later than|by eod|eod|by cob|cob|end of day|top priority|as soon as possible|needs? to be done|must be done|by today|today!|now!',
    'sofort|umgehend|dringend|unverzüglich|so schnell wie möglich|schnellstmöglich|asap',
    'immédiatement|urgent|urgente|dès que possible|au plus vite|sans délai|tout de suite',
    'inmediatamente|urgente|cuanto antes|lo antes posible|ya mismo|de inmediato',
    'immediatamente|urgente|subito|al più presto|quanto prima|il prima possibile',
    'imediatamente|urgente|o quanto antes|o mais rápido possível|já',
    // Dutch "direct" (at once) is left out: in English text it is an ordinary adjective.
    'onmiddellijk|dringend|zo snel mogelijk|meteen',
    'срочно|немедленно|как можно скорее|сейчас же',
  ].join('|'),
);
export const PRESSURE_CJK = /至急|大至急|すぐに|今すぐ|早急|급히|즉시|당장|빨리/gu;

/** Commands and obligation put on the reader. */
export const DIRECTIVE = words(
  [
    'you must|you need to|you have to|you should|you will need to|make sure|i need you to|i want you to|i expect|do it|fix this|fix it|send me|get back to me|why didn\'t you|why haven\'t you|per my last email|as i said|as already mentioned',
    'sie müssen|du musst|sie sollten|du solltest|schicken sie mir|schick mir|ich erwarte',
    'vous devez|tu dois|il faut que vous|envoyez-moi|envoie-moi|j\'exige',
    'usted debe|tienes que|debes|envíeme|envíame|exijo',
    'lei deve|devi|mi mandi|mandami|esigo',
    'o senhor deve|você deve|tens de|tem de|tem que|envie-me|manda-me|exijo',
    'u moet|je moet|stuur mij|stuur me|ik verwacht',
    'вы должны|ты должен|ты должна|пришлите|требую',
  ].join('|'),
);

/** Criticism words: the negative-feedback category. */
export const NEGATIVE = words(
  [
    "wrong|unacceptable|terrible|bad|poor|poorly|mistake|mistakes|failed|failure|disappointed|disappointing|useless|sloppy|incompetent|not good enough|doesn't work|does not work|don't like|careless|mess",
    'falsch|inakzeptabel|schlecht|fehler|enttäuscht|enttäuschend|unbrauchbar|nicht akzeptabel',
    'faux|inacceptable|mauvais|erreur|déçu|décevant|nul',
    'incorrecto|inaceptable|malo|mala|error|decepcionado|decepcionante|inútil',
    'sbagliato|inaccettabile|pessimo|errore|deluso|deludente|inutile',
    'errado|inaceitável|mau|péssimo|erro|decepcionado|desapontado|inútil',
    'fout|onacceptabel|slecht|teleurgesteld|teleurstellend|nutteloos',
    'неправильно|неприемлемо|плохо|ошибка|разочарован|бесполезно',
  ].join('|'),
);

/** Warmth: good wishes, personal interest, positive affect. */
export const WARM = words(
  [
    "hope you(?:'re| are)? (?:well|doing well|had)|hope all is well|how are you|great to|lovely|wonderful|glad|happy|pleasure|delighted|enjoy|enjoyed|best wishes|warm regards|warmly|take care|have a (?:great|nice|good|lovely) (?:day|weekend|week)|congratulations|congrats|looking forward|good to hear|nice to",
    'ich hoffe|freue mich|freut mich|schön|herzlich|herzliche|alles gute|schönes wochenende|wie geht',
    "j'espère|ravi|ravie|heureux|heureuse|plaisir|chaleureusement|bonne journée|bon week-end|comment allez",
    'espero que|encantado|encantada|feliz|placer|un abrazo|cordial|buen fin de semana|cómo está',
    'spero che|lieto|lieta|felice|piacere|un caro saluto|buon fine settimana|come sta',
    'espero que|prazer|feliz|encantado|um abraço|bom fim de semana|como está',
    'ik hoop|leuk|fijn|blij|prettig weekend|hoe gaat',
    'надеюсь|рад|рада|приятно|всего доброго|хороших выходных|как дела',
  ].join('|'),
);
export const WARM_CJK = /お元気|お世話になって|嬉しい|うれしい|楽しみ|안녕하세요|반갑|즐거운|행복|잘 지내/gu;

/** Sarcasm and mock-praise markers: they read as contempt when the irony does not cross over. */
export const SARCASM = words("yeah right|oh great|oh sure|thanks a lot|thanks for nothing|nice going|good job not|as if|whatever|/s|sure, jan|wow, just wow");

/** Profanity and insults: never acceptable in business mail in any of the target cultures. */
export const PROFANE = words('fuck\\w*|shit\\w*|damn|crap|wtf|stupid|idiot\\w*|scheiße|scheisse|merde|putain|mierda|joder|cazzo|merda|porra|kut|блядь|хуй\\w*|черт');

/** All the matches of a global regex, as spans relative to `offset`. */
export function matchAll(re: RegExp, text: string, offset = 0): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** How many times a global regex matches. */
export function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) re.lastIndex++;
    n++;
  }
  return n;
}
