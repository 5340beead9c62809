/**
 * Politeness strategies, written for each of the ten register languages and mapped onto one
 * shared feature vector, so weights learned on English ratings (Stanford politeness corpus,
 * `scripts/fit-politeness.ts`) carry over to languages without rated data. The strategies follow
 * Danescu-Niculescu-Mizil et al. (2013) and Brown & Levinson: gratitude, apology, please-forms,
 * greetings, hedges, deference and praise, indirect requests in the conditional or subjunctive
 * ("could you", "¿podría…?", "pourriez-vous", "не могли бы вы", "주시겠어요"), against bare
 * imperatives, second person with negative words, challenging direct questions ("why did you…"),
 * insults and swearing, shouting in capitals and runs of exclamation marks.
 *
 * The lists come from grammars and usage guides of each language, not from the rated files.
 */
import { words, type Token } from '../text';

/** Strategy features, in vector order. Counts are summed over a text's sentences, then log1p'd. */
export const STRATEGIES = [
  'gratitude', 'apology', 'please', 'pleaseStart', 'greeting', 'hedge', 'deference', 'indirectRequest',
  'indicativeModal', 'directQuestion', 'whyChallenge', 'bareImperative', 'negative', 'secondPerson',
  'secondPersonStart', 'secondPersonNegative', 'firstPersonStart', 'firstPersonPlural', 'factuality', 'byTheWay',
  'directStart', 'swear', 'capsShout', 'exclaimRun', 'questionEnd', 'questions', 'smile', 'logWords',
] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const STRATEGY_COUNT = STRATEGIES.length;
const S = Object.fromEntries(STRATEGIES.map((n, i) => [n, i])) as Record<Strategy, number>;

type Lexical = 'gratitude' | 'apology' | 'please' | 'greeting' | 'hedge' | 'deference' | 'indirectRequest' | 'indicativeModal' | 'directQuestion' | 'whyChallenge' | 'bareImperative' | 'negative' | 'secondPerson' | 'firstPerson' | 'firstPersonPlural' | 'factuality' | 'byTheWay' | 'directStart' | 'swear';
type Lexicon = Partial<Record<Lexical, string>>;

const LEX: Record<string, Lexicon> = {
  en: {
    gratitude: "thanks|thank you|thank u|thx|ty|appreciate|appreciated|grateful|cheers",
    apology: "sorry|apologi[sz]e|apologies|excuse me|pardon|forgive me|my bad|oops|i regret",
    please: 'please|pls|plz|kindly',
    greeting: 'hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy',
    hedge: "i think|i believe|i guess|i suppose|i assume|maybe|perhaps|possibly|probably|might|seems?|appears?|somewhat|kind of|sort of|i suggest|suggest|i wonder|i was wondering|not sure|apparently|likely|unlikely|i feel|in my opinion|arguably|a bit|a little",
    deference: "great|good|nice|excellent|interesting|helpful|awesome|wonderful|impressive|brilliant|fantastic|useful|cool|well done|good point|great question|nice work|thoughtful|kind",
    indirectRequest: "could you|would you|could i|would it be|would you mind|if you could|if you would|is it possible|would it be possible|would be (?:great|nice|helpful|appreciated)|i would like|i'd like|i was hoping|might you|could we|would anyone|could someone|would someone",
    indicativeModal: "can you|will you|can't you|won't you|can u|do you mind|can someone|can anyone|can we",
    directQuestion: 'what|why|who|how|where|when|which|whats|what\'s',
    whyChallenge: "why (?:did|didn't|do|don't|does|doesn't|would|wouldn't|are|aren't|have|haven't|can't|won't|not) (?:you|u)|why on earth|why the hell|why would anyone|what were you thinking|how (?:could|can|dare) you|what's wrong with|are you (?:kidding|serious|sure)|did you even|do you even|have you even|what is your problem|what's your problem|seriously\\?",
    bareImperative: "send|give|tell|call|fix|do|make|get|check|reply|respond|confirm|sign|update|finish|stop|change|review|provide|submit|complete|go|read|look|find|explain|answer|remove|delete|add|use|try|don't|quit|cut|move|show|put|leave|keep|note|see|learn|google",
    negative: "wrong|bad|terrible|awful|horrible|useless|ridiculous|nonsense|pointless|worst|hate|annoying|confusing|incorrect|mistake|mistakes|fail|failed|fails|broken|lazy|sloppy|unacceptable|disappointed|disappointing|poor|poorly|stupid|silly|absurd|garbage|waste|problem|error|not working|doesn't work|does not work|no idea|misleading|vandalism|vandal|spam|biased|pov",
    secondPerson: "you|your|yours|yourself|u|ur|you're|you've|you'll|you'd|ya",
    firstPerson: "i|my|me|mine|myself|i'm|i've|i'll|i'd",
    firstPersonPlural: "we|our|us|ours|ourselves|we're|we've|let's",
    factuality: 'actually|in fact|really|the point is|the fact is|the reality is|obviously|clearly|of course|seriously|honestly|frankly|truly|indeed|certainly',
    byTheWay: 'by the way|btw|incidentally|fyi|just wondering|out of curiosity',
    directStart: 'so|then|and|but|or|well|ok|okay',
    swear: "fuck\\w*|shit\\w*|damn\\w*|crap\\w*|wtf|idiot\\w*|dumb|moron\\w*|bullshit|hell|ass|asshole|sucks?|retard\\w*|stfu|pathetic|bloody",
  },
  de: {
    gratitude: 'danke|dankeschön|vielen dank|herzlichen dank|besten dank|bedanke|bedanken|dankbar|danken',
    apology: 'entschuldigung|entschuldige|entschuldigen|sorry|verzeihung|verzeih|verzeihen|tut mir leid|bedaure',
    please: 'bitte|bitteschön',
    greeting: 'hallo|hi|hey|liebe|lieber|guten (?:tag|morgen|abend)|servus|moin|sehr geehrte[rs]?|grüß gott',
    hedge: 'vielleicht|eventuell|möglicherweise|wohl|ich glaube|ich denke|ich vermute|ich finde|scheint|anscheinend|etwas|ein wenig|ein bisschen|vermutlich|wahrscheinlich|nicht sicher|meines erachtens|meiner meinung nach|eher|ziemlich',
    deference: 'toll|super|gut|gute|guter|gutes|großartig|interessant|interessante|hilfreich|prima|ausgezeichnet|klasse|spannend|nützlich|gute frage|gute arbeit|danke für|schön',
    indirectRequest: 'könnten sie|würden sie|könntest du|würdest du|wäre es möglich|wären sie so|wärst du so|würde mich freuen|hätten sie|hättest du|dürfte ich|ich würde gerne|ich hätte gerne|ich möchte|könnte man|könnten wir|wäre nett|wäre schön|wäre toll|wäre super',
    indicativeModal: 'kannst du|können sie|wirst du|werden sie|kann man|willst du|wollen sie',
    directQuestion: 'was|warum|wieso|weshalb|wer|wie|wo|wann|welche[rsmn]?',
    whyChallenge: 'warum (?:hast|haben|machst|machen|bist|sind|tust|tun|willst|wollen) (?:du|sie)|wieso (?:hast|haben|machst|machen|bist|sind) (?:du|sie)|was soll das|wie (?:kannst|können) (?:du|sie)|bist du (?:sicher|verrückt|blöd)|spinnst du|was ist los mit|ist das dein ernst|im ernst\\?',
    bareImperative: 'gib|schick|schicke|mach|mache|sag|sage|hör|lies|schau|guck|lass|bring|ruf|antworte|erklär|erkläre|zeig|zeige|hör auf|lösch|lösche|ändere|änder|korrigier|korrigiere|prüf|prüfe|überprüf|nimm|komm|geh|tu|denk',
    negative: 'falsch|schlecht|schrecklich|furchtbar|nutzlos|unsinn|quatsch|lächerlich|schlimmste|hasse|nervig|verwirrend|fehler|fehlerhaft|kaputt|faul|schlampig|inakzeptabel|enttäuscht|enttäuschend|dumm|blöd|problem|funktioniert nicht|keine ahnung|irreführend|vandalismus|spam|einseitig',
    secondPerson: 'du|dich|dir|dein|deine|deiner|deinem|deinen|deines|ihr|euch|euer|eure|Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren',
    firstPerson: 'ich|mein|meine|meiner|meinem|meinen|mich|mir',
    firstPersonPlural: 'wir|uns|unser|unsere|unserer|unserem|unseren|lass uns|lasst uns',
    factuality: 'eigentlich|tatsächlich|wirklich|offensichtlich|natürlich|ehrlich gesagt|ehrlich|in der tat|klar|sicherlich|definitiv',
    byTheWay: 'übrigens|nebenbei|apropos|nur interessehalber|nebenbei bemerkt',
    directStart: 'also|dann|und|aber|oder|na|ok|okay',
    swear: 'scheiße|scheiss\\w*|scheiß\\w*|mist|verdammt\\w*|idiot\\w*|arsch\\w*|kacke|vollidiot|depp|trottel|wichser|fick\\w*|fuck\\w*|shit',
  },
  fr: {
    gratitude: 'merci|remercie|remercions|remercier|reconnaissante?|merci beaucoup|mille mercis',
    apology: "désolée?|excuse|excusez|excuse-moi|excusez-moi|pardon|navrée?|je regrette|mes excuses",
    please: "s'il vous plaît|s'il vous plait|s'il te plaît|s'il te plait|svp|stp|veuillez|merci de",
    greeting: 'bonjour|salut|bonsoir|cher|chère|chers|coucou|madame|monsieur',
    hedge: "peut-être|je pense|je crois|il me semble|il semble|semble|probablement|éventuellement|un peu|je suppose|pas sûr|pas certain|sans doute|à mon avis|plutôt|j'ai l'impression",
    deference: 'super|génial|bien|bon|bonne|excellent|excellente|intéressant|intéressante|utile|bravo|formidable|parfait|bonne question|beau travail|merci pour',
    indirectRequest: "pourriez-vous|pourriez vous|pourrais-tu|pourrais tu|voudriez-vous|auriez-vous|serait-il possible|seriez-vous|pourrait-on|je voudrais|j'aimerais|ce serait|vous serait-il|ça vous dérangerait|cela vous dérangerait|si vous pouviez|si tu pouvais",
    indicativeModal: 'peux-tu|pouvez-vous|peux tu|pouvez vous|vas-tu|allez-vous|tu peux|vous pouvez',
    directQuestion: "pourquoi|quoi|qui|comment|où|quand|quel|quelle|quels|quelles|qu'est-ce",
    whyChallenge: "pourquoi (?:as-tu|avez-vous|tu|vous|est-ce que (?:tu|vous))|comment (?:oses|osez)|c'est quoi (?:ce|ton|votre)|tu te moques|vous vous moquez|t'es sérieux|vous êtes sérieux|sérieusement\\?",
    bareImperative: 'envoie|envoyez|donne|donnez|dis|dites|fais|faites|arrête|arrêtez|regarde|regardez|lis|lisez|vérifie|vérifiez|corrige|corrigez|explique|expliquez|réponds|répondez|supprime|supprimez|change|changez|mets|mettez|va|allez|viens|venez',
    negative: 'faux|fausse|mauvais|mauvaise|terrible|horrible|inutile|ridicule|absurde|nul|nulle|pire|déteste|agaçant|confus|incorrect|erreur|erreurs|cassé|paresseux|inacceptable|déçu|décevant|stupide|bête|problème|ne marche pas|ne fonctionne pas|aucune idée|vandalisme|spam',
    secondPerson: 'tu|toi|ton|ta|tes|vous|votre|vos|te',
    firstPerson: "je|j'|moi|mon|ma|mes|me",
    firstPersonPlural: 'nous|notre|nos|on',
    factuality: 'en fait|vraiment|évidemment|clairement|bien sûr|franchement|sincèrement|en effet|effectivement|certainement',
    byTheWay: "au fait|d'ailleurs|à propos|soit dit en passant|par curiosité",
    directStart: 'donc|alors|et|mais|ou|bon|ok|bref',
    swear: 'merde|putain|con|conne|connard\\w*|connerie\\w*|idiot\\w*|débile|crétin\\w*|salaud|chiant\\w*|foutu\\w*|bordel|enculé',
  },
  es: {
    gratitude: 'gracias|muchas gracias|agradezco|agradecería|agradecido|agradecida|agradecemos|mil gracias',
    apology: 'perdón|perdona|perdone|disculpa|disculpe|disculpas|lo siento|lo lamento|lamento|siento mucho',
    please: 'por favor|porfa|porfavor|favor de|hágame el favor|hazme el favor',
    greeting: 'hola|buenos días|buenas tardes|buenas noches|buenas|estimado|estimada|estimados|querido|querida|saludos',
    hedge: 'quizás|quizá|tal vez|a lo mejor|creo que|pienso que|me parece|parece|probablemente|posiblemente|un poco|supongo|no estoy seguro|no estoy segura|en mi opinión|igual|algo',
    deference: 'genial|excelente|bueno|buena|buen|interesante|útil|buen trabajo|muy bien|estupendo|fantástico|perfecto|gran|buena pregunta|gracias por',
    indirectRequest: 'podría|podrías|podrían|sería posible|le importaría|te importaría|les importaría|quisiera|quisiéramos|me gustaría|tendría|tendrías|sería tan amable|serías tan amable|si pudiera|si pudieras|sería mucho pedir',
    indicativeModal: 'puedes|puede usted|pueden|vas a|va a|me puedes|me puede|quieres|quiere',
    directQuestion: 'qué|por qué|quién|quiénes|cómo|dónde|cuándo|cuál|cuáles|porque',
    whyChallenge: 'por qué (?:no )?(?:has|hiciste|haces|ha hecho|hizo|hace|borraste|borró|cambiaste|cambió|eres|es usted)|cómo te atreves|cómo se atreve|estás loco|está loco|en serio\\?|qué te pasa|qué le pasa',
    bareImperative: 'envía|envíame|manda|mándame|dime|dame|haz|hazlo|para|deja|déjalo|mira|lee|revisa|arregla|corrige|escribe|contesta|responde|explica|explícame|borra|cambia|pon|ve|ven|di|sal|quita',
    negative: 'incorrecto|incorrecta|mal|malo|mala|terrible|horrible|inútil|ridículo|ridícula|absurdo|peor|odio|molesto|confuso|error|errores|roto|flojo|inaceptable|decepcionado|decepcionante|estúpido|tonto|problema|no funciona|ni idea|vandalismo|spam|falso|falsa',
    secondPerson: 'tú|tu|tus|ti|te|contigo|usted|ustedes|vosotros|vosotras|os|vuestro|vuestra',
    firstPerson: 'yo|mi|mis|me|mí|conmigo',
    firstPersonPlural: 'nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|nos',
    factuality: 'en realidad|realmente|de hecho|obviamente|claramente|por supuesto|sinceramente|francamente|la verdad|ciertamente|efectivamente',
    byTheWay: 'por cierto|a propósito|dicho sea de paso|por curiosidad',
    directStart: 'entonces|y|pero|o|así que|bueno|vale|ok|pues',
    swear: 'mierda|joder|coño|idiota\\w*|estúpid\\w*|imbécil\\w*|gilipollas|carajo|cabrón|pendejo\\w*|puta\\w*|hostia|chingad\\w*',
  },
  it: {
    gratitude: 'grazie|ringrazio|ringraziamo|ringraziarla|ringraziarti|grato|grata|grazie mille|riconoscente',
    apology: 'scusa|scusi|scusate|scusami|mi scusi|mi dispiace|perdono|perdonami|perdoni|chiedo scusa|spiacente',
    please: 'per favore|per cortesia|cortesemente|gentilmente|per piacere|la prego|ti prego',
    greeting: 'ciao|salve|buongiorno|buonasera|gentile|gentili|caro|cara|cari|egregio|egregia',
    hedge: "forse|credo|penso|mi sembra|sembra|probabilmente|magari|un po'|un po|suppongo|non sono sicuro|non sono sicura|secondo me|direi|abbastanza|piuttosto",
    deference: 'ottimo|ottima|bravo|brava|interessante|utile|ben fatto|grande|bello|bella|perfetto|fantastico|eccellente|buona domanda|buon lavoro|grazie per',
    indirectRequest: 'potrebbe|potresti|potreste|sarebbe possibile|le dispiacerebbe|ti dispiacerebbe|vi dispiacerebbe|vorrei|vorremmo|avrebbe|avresti|sarebbe così gentile|saresti così gentile|se potesse|se potessi|mi farebbe piacere',
    indicativeModal: 'puoi|può|potete|vuoi|vuole|mi puoi|mi può',
    directQuestion: 'cosa|che cosa|perché|chi|come|dove|quando|quale|quali',
    whyChallenge: "perché (?:non )?(?:hai|ha|avete|fai|fa|fate|sei|è)|come ti permetti|come si permette|come osi|sei sicuro|sei serio|ma sei|che ti prende|ma scherzi|sul serio\\?",
    bareImperative: 'manda|mandami|dimmi|dammi|fai|fammi|smetti|smettila|guarda|leggi|controlla|correggi|scrivi|rispondi|spiega|spiegami|cancella|cambia|metti|vai|vieni|di|togli|finisci',
    negative: "sbagliato|sbagliata|male|cattivo|cattiva|terribile|orribile|inutile|ridicolo|ridicola|assurdo|peggiore|odio|fastidioso|confuso|errore|errori|rotto|pigro|inaccettabile|deluso|deludente|stupido|problema|non funziona|nessuna idea|vandalismo|spam|falso",
    secondPerson: 'tu|te|ti|tuo|tua|tuoi|tue|lei|Lei|voi|vi|vostro|vostra|La|Le|Suo|Sua',
    firstPerson: 'io|mio|mia|miei|mie|mi|me',
    firstPersonPlural: 'noi|nostro|nostra|nostri|nostre|ci',
    factuality: 'in realtà|davvero|infatti|ovviamente|chiaramente|certo|certamente|sinceramente|francamente|effettivamente',
    byTheWay: "a proposito|tra l'altro|fra l'altro|per curiosità|comunque",
    directStart: 'quindi|allora|e|ma|o|beh|ok|dunque',
    swear: 'cazzo|merda|stronz\\w*|idiota|stupid\\w*|vaffanculo|cretino\\w*|coglion\\w*|porca|minchia|fottut\\w*',
  },
  pt: {
    gratitude: 'obrigad[oa]s?|agradeço|agradeceria|agradecemos|grat[oa]|muito obrigad[oa]|valeu',
    apology: 'desculpa|desculpe|desculpem|perdão|perdoe|lamento|sinto muito|peço desculpa',
    please: 'por favor|se faz favor|faz favor|por gentileza|se possível',
    greeting: 'olá|ola|oi|bom dia|boa tarde|boa noite|caro|cara|prezado|prezada|prezados|estimado|estimada',
    hedge: 'talvez|acho que|creio|parece|provavelmente|possivelmente|um pouco|suponho|não tenho certeza|não tenho a certeza|na minha opinião|se calhar|meio|algo',
    deference: 'ótimo|ótima|excelente|interessante|útil|bom trabalho|muito bem|legal|bom|boa|perfeito|fantástico|incrível|boa pergunta|obrigado por',
    indirectRequest: 'poderia|poderias|poderiam|seria possível|importa-se|importaria|gostaria|gostaríamos|queria pedir|será que|se pudesse|se puderes|teria|terias|seria tão gentil',
    indicativeModal: 'podes|pode|você pode|vais|vai|queres|quer',
    directQuestion: 'o que|por que|porque|por quê|quem|como|onde|quando|qual|quais',
    whyChallenge: 'por ?que (?:você|tu|o senhor|vocês) (?:não )?|porque é que (?:você|tu)|como (?:você|tu) (?:pôde|ousa|podes)|estás louco|está louco|a sério\\?|sério\\?|qual é o teu problema|qual é o seu problema',
    bareImperative: 'manda|envia|diz|diga|dá|faz|pára|para|olha|lê|verifica|corrige|escreve|responde|explica|apaga|muda|põe|vai|vem|tira|deixa',
    negative: 'errado|errada|mau|má|mal|terrível|horrível|inútil|ridículo|ridícula|absurdo|pior|odeio|chato|confuso|erro|erros|partido|quebrado|preguiçoso|inaceitável|decepcionado|desapontado|estúpido|problema|não funciona|nenhuma ideia|vandalismo|spam|falso',
    secondPerson: 'tu|te|ti|teu|tua|teus|tuas|você|vocês|o senhor|a senhora|contigo|vos|vosso|vossa',
    firstPerson: 'eu|meu|minha|meus|minhas|me|mim|comigo',
    firstPersonPlural: 'nós|nosso|nossa|nossos|nossas|nos|a gente',
    factuality: 'na verdade|realmente|de fato|de facto|obviamente|claramente|claro|sinceramente|francamente|certamente|efetivamente',
    byTheWay: 'a propósito|aliás|por falar nisso|por curiosidade|já agora',
    directStart: 'então|e|mas|ou|portanto|bem|ok|pois',
    swear: 'merda|porra|caralho|idiota\\w*|estúpid\\w*|burro|imbecil|foda\\w*|puta\\w*|cacete',
  },
  nl: {
    gratitude: 'bedankt|dank je|dank u|dankjewel|dankuwel|dankbaar|hartelijk dank|veel dank|dank',
    apology: 'sorry|excuses|excuus|pardon|verontschuldig\\w*|het spijt me|spijt',
    please: 'alstublieft|alsjeblieft|aub|a\\.u\\.b\\.?|graag|gelieve|wees zo vriendelijk',
    greeting: 'hallo|hoi|hey|beste|goedemorgen|goedemiddag|goedendag|dag|geachte|hai',
    hedge: 'misschien|wellicht|ik denk|ik geloof|lijkt|waarschijnlijk|mogelijk|een beetje|niet zeker|volgens mij|eigenlijk|enigszins|ietwat|vermoedelijk|blijkbaar',
    deference: 'goed|goede|mooi|geweldig|interessant|nuttig|prima|uitstekend|top|fantastisch|knap|leuk|goede vraag|goed gedaan|bedankt voor',
    indirectRequest: 'zou u|zou je|zoudt u|zouden jullie|kunt u misschien|zou het mogelijk|wilt u|zou ik|zou jij|zou het kunnen|ik zou graag|ik wil graag|mag ik|zou u zo vriendelijk',
    indicativeModal: 'kun je|kan je|kunt u|wil je|kunnen jullie|kan jij|ga je',
    directQuestion: 'wat|waarom|wie|hoe|waar|wanneer|welke|welk',
    whyChallenge: 'waarom (?:heb|heeft|doe|doet|ben|bent) (?:je|jij|u)|hoe durf je|hoe durft u|ben je gek|meen je dat|wat is je probleem|serieus\\?',
    bareImperative: 'stuur|geef|zeg|doe|stop|kijk|lees|check|controleer|verbeter|schrijf|antwoord|leg uit|verwijder|verander|zet|ga|kom|hou op|laat',
    negative: 'fout|verkeerd|slecht|vreselijk|verschrikkelijk|nutteloos|belachelijk|onzin|absurd|slechtste|haat|irritant|verwarrend|onjuist|fouten|kapot|lui|onacceptabel|teleurgesteld|teleurstellend|dom|stom|probleem|werkt niet|geen idee|vandalisme|spam',
    secondPerson: 'je|jij|jou|jouw|u|uw|jullie|ge|gij',
    firstPerson: 'ik|mijn|mij|me',
    firstPersonPlural: 'wij|we|ons|onze|laten we',
    factuality: 'eigenlijk|echt|inderdaad|natuurlijk|duidelijk|eerlijk gezegd|zeker|werkelijk|uiteraard|overduidelijk',
    byTheWay: 'trouwens|overigens|tussen haakjes|uit nieuwsgierigheid|btw',
    directStart: 'dus|dan|en|maar|of|nou|ok|oké',
    swear: 'kut\\w*|shit|godverdomme|verdomme|idioot|stom|klote|lul|eikel|kanker\\w*|tering|tyfus|fuck\\w*|debiel',
  },
  ru: {
    gratitude: 'спасибо|благодарю|благодарим|благодарен|благодарна|признателен|признательна|спс|большое спасибо',
    apology: 'извините|извини|простите|прости|к сожалению|сожалею|виноват|виновата|прошу прощения|пардон',
    please: 'пожалуйста|будьте добры|будь добр|будьте любезны|прошу вас|плиз|пжл',
    greeting: 'здравствуйте|здравствуй|привет|добрый день|доброе утро|добрый вечер|уважаемый|уважаемая|уважаемые|приветствую',
    hedge: 'может быть|возможно|наверное|кажется|думаю|по-моему|вероятно|немного|пожалуй|видимо|мне кажется|я думаю|я считаю|не уверен|не уверена|как бы|вроде|слегка|чуть',
    deference: 'отлично|хорошо|хороший|хорошая|интересно|интересный|полезно|полезный|здорово|прекрасно|молодец|отличный|замечательно|замечательный|спасибо за|хороший вопрос',
    indirectRequest: 'не могли бы|не могла бы|не мог бы|могли бы|не подскажете|не подскажешь|не будете ли|было бы|хотел бы|хотела бы|хотелось бы|не затруднит|если можно|если вас не затруднит|не могли ли бы|нельзя ли',
    indicativeModal: 'можешь|можете|сможешь|сможете|будешь|будете',
    directQuestion: 'что|почему|зачем|кто|как|где|когда|какой|какая|какое|какие',
    whyChallenge: 'почему (?:ты|вы)|зачем (?:ты|вы)|как (?:ты|вы) (?:мог|могли|посмел|посмели|смеешь|смеете)|ты что|вы что|ты серьёзно|вы серьёзно|в чём твоя проблема|что с тобой|что с вами',
    bareImperative: 'дай|скажи|сделай|пришли|отправь|прекрати|смотри|посмотри|читай|прочитай|исправь|проверь|напиши|ответь|объясни|удали|измени|убери|иди|верни|перестань',
    negative: 'неправильно|неверно|плохо|плохой|ужасно|ужасный|бесполезно|бесполезный|нелепо|чушь|ерунда|бред|абсурд|хуже|ненавижу|раздражает|непонятно|ошибка|ошибки|сломано|ленивый|неприемлемо|разочарован|разочарована|глупо|глупый|проблема|не работает|понятия не|вандализм|спам',
    secondPerson: 'ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|вы|вас|вам|вами|ваш|ваша|ваше|ваши',
    firstPerson: 'я|меня|мне|мной|мой|моя|моё|мое|мои',
    firstPersonPlural: 'мы|нас|нам|нами|наш|наша|наше|наши|давайте',
    factuality: 'на самом деле|действительно|очевидно|конечно|разумеется|честно|честно говоря|несомненно|безусловно|реально',
    byTheWay: 'кстати|между прочим|к слову|из любопытства',
    directStart: 'так|тогда|и|но|а|или|ну|ладно|итак',
    swear: 'бля\\w*|хуй\\w*|хуе\\w*|черт\\w*|чёрт\\w*|дурак\\w*|идиот\\w*|тупой|тупая|дерьм\\w*|нахрен|пизд\\w*|сука|мудак\\w*|дебил\\w*|козел|козёл',
  },
  ja: {
    gratitude: 'ありがとう|有難う|感謝|お礼|恐れ入ります|助かります|助かりました',
    apology: 'すみません|すいません|申し訳|ごめん|失礼|恐縮|お詫び',
    please: 'ください|下さい|お願い|願います|くださいませ',
    greeting: 'こんにちは|おはよう|こんばんは|お世話になって|お世話になります|拝啓|初めまして|はじめまして|お疲れ様',
    hedge: 'かもしれ|と思い|と思う|と思われ|ようです|ような|みたい|たぶん|多分|少し|ちょっと|でしょう|かな|おそらく|恐らく|気がし',
    deference: '素晴らしい|すばらしい|いい|良い|よい|さすが|助かり|ありがたい|興味深い|素敵|すごい|勉強になり',
    indirectRequest: 'いただけますか|いただけません|頂けますか|頂けません|もらえますか|もらえません|くださいませんか|でしょうか|いただけないでしょうか|いただけると|頂けると|いただきたく|頂きたく|幸いです|ませんか',
    indicativeModal: 'してくれる|くれる[？?]|できる[？?]|してくれ|やってくれ',
    directQuestion: 'なに|何|どう|どこ|いつ|だれ|誰|どれ|どの',
    whyChallenge: 'なんで|なぜ(?!か)|どうして(?!も)|何考えて|ふざけ|正気|本気で',
    bareImperative: 'しろ|せよ|やれ|やめろ|見ろ|読め|送れ|直せ|書け|答えろ|来い|行け|消せ|しなさい|早く',
    negative: '間違|ダメ|だめ|駄目|ひどい|酷い|最悪|無駄|意味がない|おかしい|問題|エラー|使えない|失望|残念|嫌い|面倒|分かりにくい|わかりにくい|荒らし',
    secondPerson: 'あなた|君|きみ|お前|おまえ|あんた|貴様|貴方',
    firstPerson: '私|わたし|僕|ぼく|俺|おれ|わたくし|自分',
    firstPersonPlural: '私たち|我々|われわれ|弊社|僕たち|俺たち|私ども',
    factuality: '実は|本当に|ほんとに|明らかに|もちろん|確かに|正直',
    byTheWay: 'ところで|ちなみに|そういえば|ついでに',
    directStart: 'で、|それで|でも|だから|じゃあ|では',
    swear: '馬鹿|バカ|ばか|アホ|あほ|くそ|クソ|うざ|ウザ|死ね|黙れ|ボケ|カス|きもい|キモい',
  },
  ko: {
    gratitude: '감사|고맙|고마워|고마웠',
    apology: '죄송|미안|실례|사과드|양해',
    please: '주세요|주십시오|부탁|해주세요|바랍니다|주시기 바랍',
    greeting: '안녕하세요|안녕하십니까|안녕|반갑습니다|처음 뵙겠습니다|수고하십니다|수고 많으십니다',
    hedge: '것 같|듯|아마|혹시|조금|좀|약간|싶습니다|싶어요|모르겠|생각합니다|생각해요|생각이 듭니다',
    deference: '좋은|훌륭|멋지|멋진|대단|유익|감사|좋네요|좋습니다|도움이 되|수고',
    indirectRequest: '주시겠|주실 수|주실래|수 있을까|수 있으실까|해 주시|해주시|가능할까|가능하실까|어떨까|어떠실까|괜찮으시|괜찮을까|될까요|주실 수 있|부탁드려도',
    indicativeModal: '해줘|해 줘|해줄래|할 수 있어|줄 수 있어|해줄 수',
    directQuestion: '왜|뭐|무엇|어떻게|어디|언제|누가|누구|어느',
    whyChallenge: '왜 (?:그렇게|이렇게|그랬|안|못)|도대체|대체 왜|제정신|장난해|뭐 하는|뭐하는|미쳤',
    bareImperative: '해라|하지 마|하지마|봐라|보내라|고쳐라|그만해|그만 해|꺼져|닥쳐|빨리|당장|읽어라|써라',
    negative: '틀렸|틀린|잘못|나쁜|나쁘|끔찍|쓸모없|최악|문제|오류|에러|실망|어이없|말도 안|황당|이상해|이상한|싫어|싫다|반달|스팸',
    secondPerson: '너|당신|니가|네가|너의|너희|그쪽|귀하',
    firstPerson: '나는|내가|저는|제가|나의|저의|내 |제 ',
    firstPersonPlural: '우리|저희',
    factuality: '사실|정말|진짜|분명히|당연히|확실히|솔직히',
    byTheWay: '그런데|참고로|그나저나|그건 그렇고',
    directStart: '그래서|그럼|그리고|근데|하지만|그러니까',
    swear: '씨발|시발|ㅅㅂ|병신|ㅂㅅ|바보|개새|미친|젠장|빌어먹을|좆|존나|꺼져|닥쳐',
  },
};

const CJK = new Set(['ja', 'ko']);
// Word boundaries that understand accented and Cyrillic letters.
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

interface Compiled {
  any: Partial<Record<Lexical, RegExp>>;
  start: Partial<Record<Lexical, RegExp>>;
}
const compiled = new Map<string, Compiled>();
function compile(lang: string): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = LEX[lang] ?? LEX.en;
  const cjk = CJK.has(lang);
  c = { any: {}, start: {} };
  for (const [k, alts] of Object.entries(lex) as [Lexical, string][]) {
    // Case-sensitive only where case is the signal (German and Italian courtesy pronouns).
    const cased = k === 'secondPerson' && (lang === 'de' || lang === 'it');
    const flags = cased ? 'gu' : 'giu';
    c.any[k] = cjk ? new RegExp(`(?:${alts})`, flags) : new RegExp(`${B}(?:${alts})${E}`, flags);
    c.start[k] = cjk ? new RegExp(`^[\\s"'“«(]*(?:${alts})`, cased ? 'u' : 'iu') : new RegExp(`^[\\s"'“«(¿¡]*(?:${alts})${E}`, cased ? 'u' : 'iu');
  }
  compiled.set(lang, c);
  return c;
}

function countRe(re: RegExp | undefined, text: string): number {
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) re.lastIndex++;
    n++;
    if (n >= 8) break;
  }
  return n;
}
const has = (re: RegExp | undefined, text: string) => (re ? (re.lastIndex = 0, re.test(text)) : false);

/**
 * Raw strategy counts of one sentence (not yet log-scaled), added into `acc` so a text's counts
 * are the sum over its sentences.
 */
export function addSentenceStrategies(sentence: string, lang: string, acc: Float64Array, tokens?: Token[]): void {
  const c = compile(LEX[lang] ? lang : 'en');
  const t = sentence.trim();
  if (!t) return;
  acc[S.gratitude] += countRe(c.any.gratitude, t);
  acc[S.apology] += countRe(c.any.apology, t);
  acc[S.please] += countRe(c.any.please, t);
  if (has(c.start.please, t)) acc[S.pleaseStart]++;
  if (has(c.start.greeting, t)) acc[S.greeting]++;
  acc[S.hedge] += countRe(c.any.hedge, t);
  acc[S.deference] += countRe(c.any.deference, t);
  const indirect = countRe(c.any.indirectRequest, t);
  acc[S.indirectRequest] += indirect;
  acc[S.indicativeModal] += countRe(c.any.indicativeModal, t);
  if (has(c.start.directQuestion, t)) acc[S.directQuestion]++;
  acc[S.whyChallenge] += countRe(c.any.whyChallenge, t);
  const polite = has(c.any.please, t) || indirect > 0;
  if (!polite && has(c.start.bareImperative, t) && !/[?？]\s*$/.test(t)) acc[S.bareImperative]++;
  const neg = countRe(c.any.negative, t);
  acc[S.negative] += neg;
  const you = countRe(c.any.secondPerson, t);
  acc[S.secondPerson] += you;
  if (has(c.start.secondPerson, t)) acc[S.secondPersonStart]++;
  if (you && neg) acc[S.secondPersonNegative]++;
  if (has(c.start.firstPerson, t)) acc[S.firstPersonStart]++;
  acc[S.firstPersonPlural] += countRe(c.any.firstPersonPlural, t);
  acc[S.factuality] += countRe(c.any.factuality, t);
  acc[S.byTheWay] += countRe(c.any.byTheWay, t);
  if (has(c.start.directStart, t)) acc[S.directStart]++;
  acc[S.swear] += countRe(c.any.swear, t);
  if (lang !== 'ja') {
    let caps = 0;
    const toks = tokens ?? words(t);
    for (const w of toks) if (w.text.length >= 3 && w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text)) caps++;
    if (caps >= 2 || (caps === 1 && toks.length <= 3)) acc[S.capsShout]++;
    acc[S.logWords] += toks.length;
  } else acc[S.logWords] += Math.ceil(t.length / 2); // Japanese has no spaces: about two characters a word
  if (/[!！]{2,}|[!?！？]{3,}/.test(t)) acc[S.exclaimRun]++;
  if (/[?？]["'”’)\s]*$/.test(t)) acc[S.questionEnd]++;
  for (let i = 0; i < t.length; i++) if (t[i] === '?' || t[i] === '？') acc[S.questions]++;
  if (/(?:^|\s)[:;=]-?[)D]|[\u{1F600}-\u{1F60F}\u{1F642}\u{1F917}\u{263A}]|\^\^|\^_\^/u.test(t)) acc[S.smile]++;
}

/** Turn summed raw counts into the model's feature vector (log1p of each count, in place). */
export function finishStrategies(acc: Float64Array): Float64Array {
  for (let j = 0; j < STRATEGY_COUNT; j++) acc[j] = Math.log1p(acc[j]);
  return acc;
}

/** The strategy feature vector of a short text (all its sentences summed). */
export function strategyFeatures(sentencesOfText: string[], lang: string): Float64Array {
  const acc = new Float64Array(STRATEGY_COUNT);
  for (const s of sentencesOfText) addSentenceStrategies(s, lang, acc);
  return finishStrategies(acc);
}

/** The languages with a strategy lexicon. */
export const POLITENESS_LANGS = Object.keys(LEX);
