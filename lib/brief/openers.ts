/**
 * Meeting openers in the counterpart's language: a polite greeting, "pleased to meet you" and
 * "thank you for your time". Curated by the Glocal editors from standard phrasebook usage; each
 * phrase is the neutral-formal business form, with a romanisation where the script is not Latin.
 */
export interface Opener {
  /** Which of the three openers (key of the translated meaning, `brief.openerMeaning.<id>`). */
  id: 'hello' | 'meet' | 'thanks';
  /** What it means, in English. */
  meaning: string;
  text: string;
  romanised?: string;
}

export const OPENERS_SOURCE = 'Glocal editors, standard business phrasebook forms';

const M = { hello: 'Good day / hello (formal)', meet: 'Pleased to meet you', thanks: 'Thank you for your time' };

const o = (hello: string, meet: string, thanks: string, rom?: [string, string, string]): Opener[] => [
  { id: 'hello', meaning: M.hello, text: hello, romanised: rom?.[0] },
  { id: 'meet', meaning: M.meet, text: meet, romanised: rom?.[1] },
  { id: 'thanks', meaning: M.thanks, text: thanks, romanised: rom?.[2] },
];

/** Openers by ISO 639-1 language code. */
export const OPENERS: Record<string, Opener[]> = {
  en: o('Good morning / Good afternoon', 'Pleased to meet you.', 'Thank you for your time.'),
  de: o('Guten Tag', 'Freut mich, Sie kennenzulernen.', 'Vielen Dank für Ihre Zeit.'),
  fr: o('Bonjour', 'Enchanté(e) de faire votre connaissance.', 'Merci de votre temps.'),
  es: o('Buenos días', 'Encantado/a de conocerle.', 'Gracias por su tiempo.'),
  pt: o('Bom dia', 'Muito prazer em conhecê-lo/la.', 'Obrigado/a pelo seu tempo.'),
  it: o('Buongiorno', 'Piacere di conoscerLa.', 'Grazie per il Suo tempo.'),
  nl: o('Goedendag', 'Aangenaam kennis te maken.', 'Dank u wel voor uw tijd.'),
  sv: o('God dag', 'Trevligt att träffas.', 'Tack för er tid.'),
  // Modern Danish business usage is 'du'; the formal De/Dem is obsolete and reads as distant.
  da: o('Goddag', 'Godt at møde dig.', 'Tak for din tid.'),
  nb: o('God dag', 'Hyggelig å treffe deg.', 'Takk for tiden din.'),
  fi: o('Hyvää päivää', 'Hauska tutustua.', 'Kiitos ajastanne.'),
  pl: o('Dzień dobry', 'Miło mi Pana/Panią poznać.', 'Dziękuję za poświęcony czas.'),
  cs: o('Dobrý den', 'Těší mě.', 'Děkuji za Váš čas.'),
  ru: o('Здравствуйте', 'Очень приятно познакомиться.', 'Спасибо за ваше время.', ['Zdravstvuyte', 'Ochen priyatno poznakomitsya.', 'Spasibo za vashe vremya.']),
  tr: o('İyi günler', 'Tanıştığımıza memnun oldum.', 'Zaman ayırdığınız için teşekkür ederim.'),
  ar: o('السلام عليكم', 'تشرفنا بلقائكم.', 'شكراً على وقتكم.', ['As-salamu alaykum', 'Tasharrafna bi-liqa’ikum.', 'Shukran ala waqtikum.']),
  he: o('שלום', 'נעים מאוד להכיר.', 'תודה על הזמן שלכם.', ['Shalom', 'Na’im me’od lehakir.', 'Toda al ha-zman shelakhem.']),
  hi: o('नमस्ते', 'आपसे मिलकर खुशी हुई।', 'आपके समय के लिए धन्यवाद।', ['Namaste', 'Aapse milkar khushi hui.', 'Aapke samay ke liye dhanyavaad.']),
  ja: o('はじめまして', 'どうぞよろしくお願いいたします。', 'お時間をいただき、ありがとうございます。', ['Hajimemashite', 'Dōzo yoroshiku onegai itashimasu.', 'Ojikan o itadaki, arigatō gozaimasu.']),
  zh: o('您好', '很高兴认识您。', '感谢您抽出宝贵时间。', ['Nín hǎo', 'Hěn gāoxìng rènshi nín.', 'Gǎnxiè nín chōuchū bǎoguì shíjiān.']),
  ko: o('안녕하십니까', '만나서 반갑습니다.', '시간 내주셔서 감사합니다.', ['Annyeonghasimnikka', 'Mannaseo bangapseumnida.', 'Sigan naejusyeoseo gamsahamnida.']),
  th: o('สวัสดีครับ/ค่ะ', 'ยินดีที่ได้รู้จักครับ/ค่ะ', 'ขอบคุณที่สละเวลาครับ/ค่ะ', ['Sawasdee khrap/kha', 'Yindee tee dai roo jak khrap/kha', 'Khob khun tee sala wela khrap/kha']),
  vi: o('Xin chào', 'Rất vui được gặp anh/chị.', 'Cảm ơn anh/chị đã dành thời gian.'),
  id: o('Selamat pagi / Selamat siang', 'Senang bertemu dengan Anda.', 'Terima kasih atas waktu Anda.'),
  ms: o('Selamat pagi', 'Gembira bertemu dengan anda.', 'Terima kasih atas masa anda.'),
  el: o('Καλημέρα σας', 'Χάρηκα για τη γνωριμία.', 'Σας ευχαριστώ για τον χρόνο σας.', ['Kaliméra sas', 'Chárika gia ti gnorimía.', 'Sas efcharistó gia ton chróno sas.']),
  hu: o('Jó napot kívánok', 'Örülök, hogy megismerhetem.', 'Köszönöm, hogy időt szánt rám.'),
  ro: o('Bună ziua', 'Încântat/ă de cunoștință.', 'Vă mulțumesc pentru timpul acordat.'),
  uk: o('Добрий день', 'Приємно познайомитися.', 'Дякую за ваш час.', ['Dobryi den', 'Pryiemno poznaiomytysia.', 'Diakuiu za vash chas.']),
};
