/**
 * Salutations that are right: one table of cases, each citing the grammar or style guide it
 * follows. The name goes through the same path as in the product: safeName → parseName (with the
 * country's naming system) → salute.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis/index';
import { parseName } from '../../lib/analysis/names';
import { czechVocative, salute } from '../../lib/analysis/salutation';
import { safeName } from '../../lib/analysis/untrusted';
import { greetingLanguage, suggestedGreeting } from '../../lib/locale/greeting';
import type { CommunicationTarget } from '../../lib/protocol';

const G = {
  DPD: 'RAE/ASALE, Diccionario panhispánico de dudas (2005), s.v. "apellido" and "dos puntos"',
  CIBER: 'Ciberdúvidas da Língua Portuguesa, formas de tratamento; Manual de Redação da Presidência da República (2018), "Vocativo"',
  PWN: 'Poradnia językowa PWN, "Szanowny Panie" (no surname in the vocative address)',
  IJP: 'Internetová jazyková příručka (ÚJČ AV ČR), "Oslovení v dopisech", "Vokativ příjmení"',
  SAV: 'Jazyková poradňa JÚĽŠ SAV, "Oslovenie v liste"',
  UKR: 'Український правопис (2019), "Кличний відмінок"',
  GREEK: 'Holton, Mackridge & Philippaki-Warburton, Greek: A Comprehensive Grammar (2012), vocative',
  PUEBI: 'Pedoman Umum Ejaan Bahasa Indonesia (2016), "Yth.", Bapak/Ibu + given name',
  THAI: 'Royal Institute of Thailand usage: คุณ + given name',
  DBP: 'Dewan Bahasa dan Pustaka, surat rasmi; "bin/binti" is a patronymic',
  ICE: 'Lög um mannanöfn nr. 45/1996: patronymics, no family names',
  MM: 'Myanmar names: no family name, U/Daw + full name',
  GULF: 'Gesteland, Cross-Cultural Business Behavior (5th ed., 2012), "The Arab world": Mr./Dr. + given name',
  ARAB: 'Badawi, Carter & Gully, Modern Written Arabic (2004), letter formulae',
  RU: 'Формановская, Речевой этикет (2002): имя + отчество; "Уважаемый господин" + фамилия',
  CMOS: 'Chicago Manual of Style (17th ed.), 8.14–8.17: Chinese, Japanese and Korean names',
  HU: 'A magyar helyesírás szabályai (12th ed., 2015), §§ 156–157: family name first',
  KEIGO: '文化審議会「敬語の指針」(2007): 姓 + 様',
  KOR: '국립국어원, 표준 언어 예절 (2011): 성명 + 님',
  ZH: 'Ross & Ma, Modern Mandarin Chinese Grammar (2006), forms of address',
  HART: "New Hart's Rules (2nd ed., 2014), 'Forms of address'",
  DIN: 'DIN 5008:2020; Duden, Briefe und E-Mails gut und richtig schreiben (2019)',
  OQLF: 'OQLF, Banque de dépannage linguistique, "Appel dans la lettre"',
  CRUSCA: 'Accademia della Crusca, "Gentile" nelle lettere; Serianni, Italiano (2000)',
  TAALUNIE: 'Taalunie, Taaladvies.net, "Aanhef in een brief"; "Hoofdletter tussenvoegsel"',
  SPRAK: 'Språkrådet, Svenska skrivregler (2017), "Brev och e-post"',
  DSN: 'Dansk Sprognævn, indledning i breve og e-mails',
  NO: 'Språkrådet (Norway), e-posthilsen',
  KOTUS: 'Kotus, Kielitoimiston ohjepankki, kirjeen aloitustervehdys',
  RO: 'Academia Română, Gramatica limbii române (2005), vocativ',
  TDK: 'Türk Dil Kurumu, Yazım Kılavuzu, "Sayın"',
  VI: 'Vietnamese naming: family first, addressed by given name (ông/bà + given)',
  HE: 'Academy of the Hebrew Language, letter openings',
  BIZEN: 'Business mail in English where it is the norm (KE, NG, GH, PK, IN, BD, PH, SG, ZA)',
};

type Case = [lang: string, country: string, name: string, expected: string, cite: string, email?: string];

const CASES: Case[] = [
  // Spanish and Latin American double surnames: the first (paternal) surname.
  ['es', 'ES', 'Carlos García López', 'Estimado Sr. García:', G.DPD],
  ['es', 'MX', 'Lic. Carlos García López', 'Estimado Lic. García:', G.DPD],
  ['es', 'CO', 'María Fernanda Gómez Ruiz', 'Estimada Sra. Gómez:', G.DPD],
  ['es', 'AR', 'Dra. Lucía Pérez Sánchez', 'Estimada Dra. Pérez:', G.DPD],
  ['es', 'CL', 'Juan Pablo Rodríguez Soto', 'Estimado Sr. Rodríguez:', G.DPD],
  ['es', 'PE', 'Ing. Javier Torres Vega', 'Estimado Ing. Torres:', G.DPD],
  ['es', 'ES', 'Alex Martín Castro', 'Buenos días, Alex Martín Castro:', G.DPD],
  ['en', 'ES', 'Carlos García López', 'Dear Mr. García,', G.DPD],
  ['es', 'ES', 'Pilar de la Fuente Ortiz', 'Estimada Sra. de la Fuente:', G.DPD],
  // Portuguese and Brazilian: the last surname.
  ['pt', 'BR', 'Ana Paula Souza Lima', 'Prezada Sra. Lima,', G.CIBER],
  ['pt', 'BR', 'João Carlos Silva Filho', 'Prezado Sr. Silva,', G.CIBER],
  ['pt', 'PT', 'Pedro Miguel Costa Santos', 'Exmo. Sr. Santos,', G.CIBER],
  ['pt', 'PT', 'Dra. Marta Alves Pereira', 'Exma. Sra. Dra. Pereira,', G.CIBER],
  ['pt', 'BR', 'Dr. Rafael Oliveira Costa', 'Prezado Dr. Costa,', G.CIBER],
  ['en', 'BR', 'Fernanda Alves Ribeiro', 'Dear Ms. Ribeiro,', G.CIBER],
  // Polish vocatives: never "Panie Kowalski".
  ['pl', 'PL', 'Marek Kowalski', 'Szanowny Panie,', G.PWN],
  ['pl', 'PL', 'Katarzyna Nowak', 'Szanowna Pani,', G.PWN],
  ['pl', 'PL', 'Anna Wiśniewska', 'Szanowna Pani,', G.PWN],
  ['pl', 'PL', 'Dr. Piotr Zieliński', 'Szanowny Panie Doktorze,', G.PWN],
  ['pl', 'PL', 'Prof. Ewa Lewandowska', 'Szanowna Pani Profesor,', G.PWN],
  ['pl', 'PL', 'Alex Nowak', 'Dzień dobry,', G.PWN],
  // Czech vocatives where certain, a nameless form otherwise.
  ['cs', 'CZ', 'Jan Novák', 'Vážený pane Nováku,', G.IJP],
  ['cs', 'CZ', 'Jana Nováková', 'Vážená paní Nováková,', G.IJP],
  ['cs', 'CZ', 'Tomáš Svoboda', 'Vážený pane Svobodo,', G.IJP],
  ['cs', 'CZ', 'Petr Černý', 'Vážený pane Černý,', G.IJP],
  ['cs', 'CZ', 'Pavel Hájek', 'Vážený pane Hájku,', G.IJP],
  ['cs', 'CZ', 'Ing. Jiří Dvořák', 'Vážený pane inženýre,', G.IJP],
  ['cs', 'CZ', 'MUDr. Petra Veselá', 'Vážená paní doktorko,', G.IJP],
  ['cs', 'CZ', 'Josef Havel', 'Vážený pane,', G.IJP],
  ['cs', 'CZ', 'Alex Havel', 'Dobrý den,', G.IJP],
  // Slovak keeps the nominative.
  ['sk', 'SK', 'Ján Kováč', 'Vážený pán Kováč,', G.SAV],
  ['sk', 'SK', 'Alex Kováč', 'Dobrý deň,', G.SAV],
  ['sk', 'SK', 'Mária Kováčová', 'Vážená pani Kováčová,', G.SAV],
  ['sk', 'SK', 'Ing. Mária Horváthová', 'Vážená pani inžinierka,', G.SAV],
  // Ukrainian and Greek: no name where the vocative is not known.
  ['uk', 'UA', 'Олена Коваленко', 'Доброго дня,', G.UKR],
  ['uk', 'UA', 'Іван Петрович Шевченко', 'Шановний пане,', G.UKR],
  ['el', 'GR', 'Γιώργος Παπαδόπουλος', 'Καλημέρα σας,', G.GREEK],
  ['el', 'GR', 'κ. Παπαδόπουλος', 'Καλημέρα σας,', G.GREEK],
  // Given-name systems.
  ['id', 'ID', 'Budi Santoso', 'Yth. Bapak Budi,', G.PUEBI],
  ['id', 'ID', 'Siti Rahmawati', 'Yth. Ibu Siti,', G.PUEBI],
  ['id', 'ID', 'Andika Pratama', 'Yth. Bapak/Ibu Andika,', G.PUEBI],
  ['en', 'ID', 'Budi Santoso', 'Dear Bapak Budi,', G.PUEBI],
  ['en', 'ID', 'Ayu Lestari', 'Dear Bapak/Ibu Ayu,', G.PUEBI],
  ['en', 'ID', 'Sukarno', 'Dear Bapak/Ibu Sukarno,', G.PUEBI],
  ['th', 'TH', 'สมชาย ใจดี', 'เรียน คุณสมชาย', G.THAI],
  ['en', 'TH', 'Somchai Jaidee', 'Dear Khun Somchai,', G.THAI],
  ['en', 'TH', 'Malee Srisuk', 'Dear Khun Malee,', G.THAI],
  ['en', 'MY', 'Ahmad bin Ismail', 'Dear Encik Ahmad,', G.DBP],
  ['en', 'MY', 'Nurul Aina binti Hassan', 'Dear Nurul Aina binti Hassan,', G.DBP],
  ['ms', 'MY', 'Ahmad bin Ismail', 'Tuan Ahmad,', G.DBP],
  ['en', 'IS', 'Guðrún Jónsdóttir', 'Dear Guðrún Jónsdóttir,', G.ICE],
  ['is', 'IS', 'Jón Gunnarsson', 'Sæll Jón,', G.ICE],
  ['is', 'IS', 'Guðrún Jónsdóttir', 'Sæl Guðrún,', G.ICE],
  ['en', 'MM', 'U Aung Kyaw', 'Dear U Aung Kyaw,', G.MM],
  ['en', 'MM', 'Daw Khin Mya', 'Dear Daw Khin Mya,', G.MM],
  // Gulf and other Arabic patterns.
  ['en', 'AE', 'Mohammed Al Mansouri', 'Dear Mr. Mohammed,', G.GULF],
  ['en', 'SA', 'Dr. Khalid Al-Otaibi', 'Dear Dr. Khalid,', G.GULF],
  ['en', 'QA', 'Fatima Al Thani', 'Dear Ms. Fatima,', G.GULF],
  ['en', 'KW', 'Dana Al-Sabah', 'Dear Dana Al-Sabah,', G.GULF],
  ['ar', 'SA', 'محمد العتيبي', 'تحية طيبة وبعد،', G.ARAB],
  ['ar', 'AE', 'Mohammed Al Mansouri', 'تحية طيبة وبعد،', G.ARAB],
  ['en', 'EG', 'Ahmed El-Sayed', 'Dear Mr. El-Sayed,', G.HART],
  ['en', 'JO', 'Omar Al Khatib', 'Dear Mr. Al Khatib,', G.HART],
  // Russian: name + patronymic when known.
  ['ru', 'RU', 'Иван Петрович Смирнов', 'Уважаемый Иван Петрович!', G.RU],
  ['ru', 'RU', 'Смирнова Елена Викторовна', 'Уважаемая Елена Викторовна!', G.RU],
  ['ru', 'RU', 'Дмитрий Смирнов', 'Уважаемый господин Смирнов!', G.RU],
  ['ru', 'RU', 'Саша Ким', 'Здравствуйте, Саша Ким!', G.RU],
  ['ru', 'RU', 'Ivan Smirnov', 'Здравствуйте!', G.RU],
  ['en', 'RU', 'Ivan Petrovich Smirnov', 'Dear Mr. Smirnov,', G.RU],
  // Family name first, also when written Western style.
  ['ja', 'JP', '田中 健二', '田中様', G.KEIGO],
  ['ja', 'JP', '田中健二', '田中様', G.KEIGO],
  ['en', 'JP', 'Kenji Tanaka', 'Dear Mr. Tanaka,', G.CMOS],
  ['en', 'JP', 'Tanaka Kenji', 'Dear Mr. Tanaka,', G.CMOS],
  ['en', 'JP', 'TANAKA Kenji', 'Dear Mr. Tanaka,', G.CMOS],
  ['en', 'JP', 'Yuki Sato', 'Dear Yuki Sato,', G.CMOS],
  ['en', 'JP', 'Ren Takahashi', 'Dear Ren Takahashi,', G.CMOS, 'takahashi.r@example.jp'],
  ['en', 'CN', 'Wang Wei', 'Dear Wang Wei,', G.CMOS],
  ['en', 'CN', 'Ms. Li Na', 'Dear Ms. Li,', G.CMOS],
  ['en', 'CN', 'Mr. Wei Zhang', 'Dear Mr. Zhang,', G.CMOS],
  ['zh', 'CN', '王伟', '王伟，您好：', G.ZH],
  ['zh', 'CN', '王 先生', '尊敬的王先生：', G.ZH],
  ['ko', 'KR', '김민준', '안녕하세요, 김민준님.', G.KOR],
  ['en', 'KR', 'Minjun Kim', 'Dear Mr. Kim,', G.CMOS],
  ['en', 'KR', 'Park Jiwoo', 'Dear Ms. Park,', G.CMOS],
  ['hu', 'HU', 'Nagy Zoltán', 'Tisztelt Nagy Zoltán!', G.HU],
  ['hu', 'HU', 'Zoltán Nagy', 'Tisztelt Nagy Zoltán!', G.HU],
  ['hu', 'HU', 'Kovács Anna', 'Tisztelt Kovács Anna!', G.HU],
  ['en', 'HU', 'Nagy Zoltán', 'Dear Zoltán Nagy,', G.HU],
  // Business mail in English where that is the norm.
  ['en', 'KE', 'Wanjiru Kamau', 'Dear Wanjiru Kamau,', G.BIZEN],
  ['en', 'NG', 'Chinedu Okafor', 'Dear Chinedu Okafor,', G.BIZEN],
  ['en', 'IN', 'Dr. Priya Sharma', 'Dear Dr. Sharma,', G.BIZEN],
  ['en', 'PK', 'Mr. Imran Qureshi', 'Dear Mr. Qureshi,', G.BIZEN],
  // Titles kept.
  ['de', 'DE', 'Dr. Hans Müller', 'Sehr geehrter Herr Dr. Müller,', G.DIN],
  ['de', 'DE', 'Prof. Dr. Anna Schmidt', 'Sehr geehrte Frau Prof. Dr. Schmidt,', G.DIN],
  ['de', 'AT', 'Dipl.-Ing. Thomas Huber', 'Sehr geehrter Herr Dipl.-Ing. Huber,', G.DIN],
  ['de', 'AT', 'Mag. Claudia Berger', 'Sehr geehrte Frau Mag. Berger,', G.DIN],
  ['de', 'AT', 'Ing. Alex Gruber', 'Guten Tag Ing. Alex Gruber,', G.DIN],
  ['it', 'IT', 'Ing. Marco Rossi', 'Gentile Ing. Rossi,', G.CRUSCA],
  ['it', 'IT', 'Dott.ssa Giulia Bianchi', 'Gentile Dott.ssa Bianchi,', G.CRUSCA],
  ['en', 'DE', 'Prof. Dr. Anna Schmidt', 'Dear Prof. Dr. Schmidt,', G.HART],
  // Gender only when known.
  ['de', 'DE', 'Alex Meier', 'Guten Tag Alex Meier,', G.DIN],
  ['de', 'DE', 'Hans Müller', 'Sehr geehrter Herr Müller,', G.DIN],
  ['de', 'DE', 'Frau Kim Weber', 'Sehr geehrte Frau Weber,', G.DIN],
  ['en', 'US', 'Alex Meier', 'Dear Alex Meier,', G.HART],
  ['en', 'GB', 'Sarah Jones', 'Dear Ms. Jones,', G.HART],
  ['fr', 'FR', 'Camille Durand', 'Bonjour Camille Durand,', G.OQLF],
  ['fr', 'FR', 'Pierre Martin', 'Bonjour Monsieur Martin,', G.OQLF],
  ['it', 'IT', 'Andrea Russo', 'Gentile Andrea Russo,', G.CRUSCA],
  ['it', 'IT', 'Chiara Ricci', 'Gentile Sig.ra Ricci,', G.CRUSCA],
  // Modern Dutch, Swedish, Danish, Norwegian and Finnish.
  ['nl', 'NL', 'Sanne de Vries', 'Geachte mevrouw De Vries,', G.TAALUNIE],
  ['nl', 'NL', 'Robin van der Berg', 'Geachte Robin van der Berg,', G.TAALUNIE],
  ['sv', 'SE', 'Anna Lindqvist', 'Hej Anna,', G.SPRAK],
  ['sv', 'SE', 'Johan Berg', 'Hej Johan,', G.SPRAK],
  ['da', 'DK', 'Mette Nielsen', 'Kære Mette Nielsen,', G.DSN],
  ['no', 'NO', 'Kari Nordmann', 'Hei Kari,', G.NO],
  ['fi', 'FI', 'Mikko Virtanen', 'Hyvä Mikko Virtanen,', G.KOTUS],
  // Other languages.
  ['ro', 'RO', 'Mihai Popescu', 'Bună ziua, Mihai Popescu,', G.RO],
  ['ro', 'RO', 'Dna Elena Popescu', 'Bună ziua, Dna Elena Popescu,', G.RO],
  ['tr', 'TR', 'Ayşe Yılmaz', 'Sayın Ayşe Yılmaz,', G.TDK],
  ['vi', 'VN', 'Nguyễn Văn An', 'Kính gửi Nguyễn Văn An,', G.VI],
  ['he', 'IL', 'נועה כהן', 'שלום נועה כהן,', G.HE],
];

describe(`salutations (${CASES.length} cases, each citing its guide)`, () => {
  it('has at least 80 cases, each with a citation', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    for (const c of CASES) expect(c[4].length).toBeGreaterThan(10);
  });
  it.each(CASES)('%s/%s %j → %j', (lang, country, name, expected, _cite, email) => {
    const safe = safeName(name);
    expect(safe).not.toBeNull();
    const parsed = parseName(safe!, { country, email });
    expect(salute({ lang, country, name: parsed })?.text).toBe(expected);
  });
});

describe('czech vocative', () => {
  it.each([
    ['Novák', 'Nováku'], ['Svoboda', 'Svobodo'], ['Hájek', 'Hájku'], ['Beneš', 'Beneši'], ['Kubát', 'Kubáte'],
    ['Černý', 'Černý'], ['Krejčí', 'Krejčí'], ['Havel', null], ['Němec', null], ['Král', null],
  ])('%s → %s', (n, v) => expect(czechVocative(n)).toBe(v));
});

describe('the CSV salutation uses the same tables', () => {
  it('writes business mail in English where that is the norm (no Swahili, Urdu or Bengali default)', () => {
    for (const cc of ['KE', 'NG', 'GH', 'PK', 'IN', 'BD', 'PH', 'SG', 'ZA', 'MY', 'AE']) expect(greetingLanguage(cc)).toBe('en');
  });
  it('uses the name system and gender when a full name is known', () => {
    expect(suggestedGreeting('ES', 'Carlos García López')).toBe('Estimado Sr. García:');
    expect(suggestedGreeting('DE', 'Hans Müller')).toBe('Sehr geehrter Herr Müller,');
    expect(suggestedGreeting('PL', 'Marek Kowalski')).toBe('Szanowny Panie,');
    expect(suggestedGreeting('JP', '田中 健二')).toBe('田中様\nはじめてご連絡いたします。');
  });
  it('offers no name for an unsafe one', () => {
    expect(suggestedGreeting('US', 'Kenji evil.example/login')).toBe('Dear Sir or Madam,');
  });
});

function target(country: string, o: Partial<CommunicationTarget> = {}): CommunicationTarget {
  return {
    country, from: 'US', formality: 0.8, directness: 0.4, firstNames: false,
    greeting: { en: 'Dear Mr./Ms. <Surname>,', local: null, lang: null },
    signOff: { en: 'Best regards,', local: null }, addressForm: '<Surname>', relationship: 0.5, deadlineSensitivity: 0.7,
    explanations: [{ text: `Address: titles and surnames in ${country}.`, sources: ['curated (test)'] }],
    ...o,
  };
}
const NOW = new Date('2026-03-11T10:00:00Z');
const greetingOf = (r: ReturnType<typeof analyzeDraft>) => r.suggestions.find((s) => s.category === 'greeting');

describe('informal greetings are recognised in every supported language', () => {
  it.each([
    ['pl', 'PL', 'Cześć Marek,\n\nczy możesz przesłać raport do piątku?', 'Marek Kowalski', 'Cześć Marek,', 'Szanowny Panie,'],
    ['cs', 'CZ', 'Ahoj Petře,\n\nmůžeš mi poslat zprávu do pátku?', 'Petr Novák', 'Ahoj Petře,', 'Vážený pane Nováku,'],
    ['pt', 'BR', 'Oi Ana,\n\nvocê pode me enviar o relatório até sexta?', 'Ana Souza Lima', 'Oi Ana,', 'Prezada Sra. Lima,'],
    ['pl', 'PL', 'Hej Anna,\n\nczy możesz przesłać raport do piątku?', 'Anna Nowak', 'Hej Anna,', 'Szanowna Pani,'],
    ['fi', 'FI', 'Moi Mikko,\n\nvoisitko lähettää raportin perjantaihin mennessä?', 'Mikko Virtanen', 'Moi Mikko,', 'Hyvä Mikko Virtanen,'],
    ['ru', 'RU', 'Привет, Иван!\n\nМожешь прислать отчёт до пятницы?', 'Иван Петрович Смирнов', 'Привет, Иван!', 'Уважаемый Иван Петрович!'],
    ['nl', 'NL', 'Hoi Sanne,\n\nkun je het rapport vrijdag sturen?', 'Sanne de Vries', 'Hoi Sanne,', 'Geachte mevrouw De Vries,'],
    ['de', 'AT', 'Servus Thomas,\n\nkannst du mir den Bericht bis Freitag schicken?', 'Dipl.-Ing. Thomas Huber', 'Servus Thomas,', 'Sehr geehrter Herr Dipl.-Ing. Huber,'],
    ['de', 'DE', 'Moin Hans,\n\nkannst du mir den Bericht bis Freitag schicken?', 'Hans Müller', 'Moin Hans,', 'Sehr geehrter Herr Müller,'],
    ['fr', 'FR', 'Salut Pierre,\n\npeux-tu m’envoyer le rapport avant vendredi ?', 'Pierre Martin', 'Salut Pierre,', 'Bonjour Monsieur Martin,'],
    ['it', 'IT', 'Ciao Marco,\n\npuoi mandarmi il rapporto entro venerdì?', 'Ing. Marco Rossi', 'Ciao Marco,', 'Gentile Ing. Rossi,'],
    ['es', 'MX', 'Hola Carlos,\n\n¿puedes enviarme el informe antes del viernes?', 'Carlos García López', 'Hola Carlos,', 'Estimado Sr. García:'],
    ['hu', 'HU', 'Szia Zoltán,\n\nküldd el a jelentést péntekig.', 'Nagy Zoltán', 'Szia Zoltán,', 'Tisztelt Nagy Zoltán!'],
    ['sk', 'SK', 'Ahoj Mária,\n\nmôžeš mi poslať správu do piatku?', 'Mária Kováčová', 'Ahoj Mária,', 'Vážená pani Kováčová,'],
  ])('%s: %j', (lang, cc, draft, name, span, replacement) => {
    const r = analyzeDraft({ draft, lang, target: target(cc), recipient: { name, country: cc }, now: NOW });
    const g = greetingOf(r);
    expect(g).toBeDefined();
    expect(draft.slice(g!.start, g!.end)).toBe(span);
    expect(g!.replacement).toBe(replacement);
  });
  it('a modern Swedish, Danish or Dutch opener is not flagged as casual', () => {
    for (const [lang, cc, draft, name] of [
      ['sv', 'SE', 'Hej Anna,\n\nkan du skicka rapporten före fredag?', 'Anna Lindqvist'],
      ['da', 'DK', 'Kære Mette,\n\nkan du sende rapporten inden fredag?', 'Mette Nielsen'],
      ['nl', 'NL', 'Beste Sanne,\n\nkunt u het rapport vrijdag sturen?', 'Sanne de Vries'],
    ]) {
      const r = analyzeDraft({ draft, lang, target: target(cc, { formality: 0.65, firstNames: true }), recipient: { name, country: cc }, now: NOW });
      expect(greetingOf(r)).toBeUndefined();
    }
  });
});

describe('mixed threads: the fix greets the person the draft greets', () => {
  const JP = target('JP', { formality: 0.85 });
  const readers = [
    { name: 'Hans Müller', email: 'hans.mueller@example.de', country: 'DE', field: 'to' },
    { name: 'Kenji Tanaka', email: 'kenji.tanaka@example.jp', country: 'JP', field: 'cc' },
  ];
  it('"Hi Hans," to Hans (To, DE) with Kenji (Cc, JP) greets Hans, formally', () => {
    const draft = 'Hi Hans,\n\nCould you send me the figures by Friday?\n\nBest regards,\nBob';
    // The pipeline passes the strictest reader (Kenji) as `recipient`; the greeting still greets Hans.
    const r = analyzeDraft({ draft, lang: 'en', target: JP, recipient: readers[1], readers, now: NOW });
    const g = greetingOf(r)!;
    expect(draft.slice(g.start, g.end)).toBe('Hi Hans,');
    expect(g.replacement).toBe('Dear Mr. Müller,');
    expect(g.replacement).not.toMatch(/Tanaka/);
  });
  it('in a German draft the greeting to Hans is German', () => {
    const draft = 'Hallo Hans,\n\nkönnen Sie mir die Zahlen bis Freitag schicken?\n\nViele Grüße\nBob';
    const r = analyzeDraft({ draft, lang: 'de', target: JP, recipient: readers[1], readers, now: NOW });
    expect(greetingOf(r)!.replacement).toBe('Sehr geehrter Herr Müller,');
  });
  it('a greeted name that matches no reader gets no named replacement', () => {
    const draft = 'Hi Maria,\n\nCould you send me the figures by Friday?\n\nBest regards,\nBob';
    const r = analyzeDraft({ draft, lang: 'en', target: JP, recipient: readers[1], readers, now: NOW });
    expect(greetingOf(r)!.replacement).toBeUndefined();
  });
  it('"Hi Kenji," greets Kenji', () => {
    const draft = 'Hi Kenji,\n\nCould you send me the figures by Friday?\n\nBest regards,\nBob';
    const r = analyzeDraft({ draft, lang: 'en', target: JP, recipient: readers[1], readers, now: NOW });
    expect(greetingOf(r)!.replacement).toBe('Dear Mr. Tanaka,');
  });
});

describe('Japanese openers: first contact and existing relations', () => {
  const JP = target('JP', { formality: 0.9, relationship: 0.8 });
  it('a first contact that opens with いつもお世話になっております gets はじめてご連絡いたします', () => {
    const draft = '田中様\n\nいつもお世話になっております。\n資料をお送りいたします。\nよろしくお願いいたします。';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: '田中 健二', country: 'JP' }, firstContact: true, now: NOW });
    const s = r.suggestions.find((x) => x.id.startsWith('greeting:ja-opener'))!;
    expect(draft.slice(s.start, s.end)).toBe('いつもお世話になっております。');
    expect(s.replacement).toBe('はじめてご連絡いたします。');
  });
  it('an existing relation keeps いつもお世話になっております', () => {
    const draft = '田中様\n\nいつもお世話になっております。\n資料をお送りいたします。\nよろしくお願いいたします。';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: '田中 健二', country: 'JP' }, firstContact: false, now: NOW });
    expect(r.suggestions.find((x) => x.id.startsWith('greeting:ja-opener'))).toBeUndefined();
  });
});
