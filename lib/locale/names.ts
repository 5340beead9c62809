/**
 * Name signal: the script a name is written in (Hangul, Kana and Kanji, Cyrillic, Arabic, Thai …)
 * and, weakly, letters typical of one country's Latin-script names. A name says where someone's
 * family is from more than where they work, so these weights stay below the domain and phone.
 */
import { W, spread, type Evidence } from './evidence';

type Shares = Array<[string, number]>;

const SCRIPTS: Array<[RegExp, string, Shares]> = [
  [/\p{Script=Hangul}/u, 'Hangul', [['KR', 1]]],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese kana', [['JP', 1]]],
  [/\p{Script=Thai}/u, 'Thai', [['TH', 1]]],
  [/\p{Script=Hebrew}/u, 'Hebrew', [['IL', 1]]],
  [/\p{Script=Greek}/u, 'Greek', [['GR', 0.9], ['CY', 0.1]]],
  [/\p{Script=Georgian}/u, 'Georgian', [['GE', 1]]],
  [/\p{Script=Armenian}/u, 'Armenian', [['AM', 1]]],
  [/\p{Script=Khmer}/u, 'Khmer', [['KH', 1]]],
  [/\p{Script=Lao}/u, 'Lao', [['LA', 1]]],
  [/\p{Script=Myanmar}/u, 'Burmese', [['MM', 1]]],
  [/\p{Script=Sinhala}/u, 'Sinhala', [['LK', 1]]],
  [/\p{Script=Bengali}/u, 'Bengali', [['BD', 0.6], ['IN', 0.4]]],
  [/[\p{Script=Devanagari}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}]/u, 'Indic', [['IN', 0.9], ['NP', 0.05], ['LK', 0.05]]],
];

/** Cyrillic letters that belong to one language; plain Cyrillic is spread by population. */
const CYRILLIC: Array<[RegExp, Shares]> = [
  [/[іїєґ]/iu, [['UA', 1]]],
  [/[ў]/iu, [['BY', 1]]],
  [/[әқңөұүһі]/iu, [['KZ', 1]]],
  [/[ѓќѕ]/iu, [['MK', 1]]],
  [/[ђћџљњј]/iu, [['RS', 0.8], ['BA', 0.1], ['ME', 0.1]]],
  [/\p{Script=Cyrillic}/u, [['RU', 0.75], ['UA', 0.1], ['BG', 0.05], ['BY', 0.04], ['KZ', 0.06]]],
];

const ARABIC: Array<[RegExp, Shares]> = [
  [/[ٹڈڑںےھ]/u, [['PK', 1]]],
  // Persian letters, including the Persian forms of yeh and kaf (ی ک) that Arabic writes ي ك.
  [/[پچژگیک]/u, [['IR', 0.85], ['AF', 0.15]]],
  [/\p{Script=Arabic}/u, [['SA', 0.25], ['EG', 0.2], ['AE', 0.15], ['MA', 0.07], ['DZ', 0.07], ['IQ', 0.06], ['JO', 0.05], ['KW', 0.05], ['QA', 0.05], ['LB', 0.05]]],
];

/** Most common Chinese surnames (simplified and traditional forms). */
const CN_SURNAMES = new Set('王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯'.split(''));
/** Most common Japanese surnames (two kanji, which Chinese surnames almost never are). */
const JP_SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '斎藤', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '斉藤', '福田', '太田', '西村', '藤井', '金子', '岡本', '藤原', '三浦', '中野', '中川', '原田', '松田', '竹内', '小野', '田村', '中山', '和田', '石田', '森田', '上田', '原', '内田', '柴田', '酒井', '宮崎', '横山', '高木', '安藤', '宮本', '大野', '小島', '工藤', '谷口', '今井', '高田', '丸山', '増田', '杉山', '村田', '大塚', '新井', '小山', '平野', '藤本', '河野', '上野', '野口', '武田', '松井', '千葉', '岩崎', '菅原', '木下', '久保', '佐野', '野村', '松尾', '菊地', '杉本', '市川', '古川', '大西', '島田', '水野', '桜井', '高野', '渡部', '吉川', '山内', '西田', '飯田', '菊池', '西川', '小松', '北村', '安田', '五十嵐', '川口', '平田', '関', '中田', '久保田', '服部', '東', '岩田', '土屋', '川崎', '福島', '本田', '辻', '樋口', '秋山', '田口', '永井', '山中', '中西', '吉村', '川上', '石原', '大橋', '松岡', '馬場', '浅野', '荒木', '大久保', '野田', '小沢', '田辺', '川村', '星野', '黒田', '堀', '尾崎', '望月', '永田', '熊谷', '内藤', '松村', '西山', '大谷', '平井', '大島', '岩本', '片山', '本間', '早川', '横田', '岡崎', '荒井', '大石', '鎌田', '成田', '宮田', '小田', '石橋', '篠原', '須藤', '河合', '大山', '桑原', '宮下'];
/** Characters that exist only in traditional Chinese (Taiwan, Hong Kong). */
const TRADITIONAL = /[張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯誌偉華傑國維誠豐輝鳳嬌麗龍興銘]/u;

/** Evidence from a display name. */
export function nameEvidence(name: string | undefined): Evidence[] {
  if (!name) return [];
  const n = name.replace(/["'“”]/g, '').trim();
  if (!n) return [];
  for (const [re, label, shares] of SCRIPTS) if (re.test(n)) return spread('name', W.nameScript, shares, `${label} name`);
  if (/\p{Script=Cyrillic}/u.test(n)) {
    for (const [re, shares] of CYRILLIC) if (re.test(n)) return spread('name', W.nameScript * 0.8, shares, 'Cyrillic name');
  }
  if (/\p{Script=Arabic}/u.test(n)) {
    for (const [re, shares] of ARABIC) if (re.test(n)) return spread('name', W.nameScript * 0.7, shares, 'Arabic-script name');
  }
  if (/\p{Script=Han}/u.test(n)) return hanName(n.replace(/\s+/g, ''));
  return latinLetters(n);
}

function hanName(n: string): Evidence[] {
  if (JP_SURNAMES.some((s) => n.startsWith(s)) && n.length >= 3) return spread('name', W.nameScript * 0.8, [['JP', 1]], 'Japanese name in kanji');
  if (CN_SURNAMES.has(n[0]) && n.length <= 3) {
    if (TRADITIONAL.test(n)) return spread('name', W.nameScript * 0.6, [['TW', 0.6], ['HK', 0.3], ['CN', 0.1]], 'Chinese name in traditional characters');
    return spread('name', W.nameScript * 0.8, [['CN', 0.9], ['SG', 0.05], ['TW', 0.05]], 'Chinese name');
  }
  return spread('name', W.nameScript * 0.5, [['CN', 0.6], ['JP', 0.3], ['TW', 0.1]], 'name in Chinese characters');
}

const LETTERS: Array<[RegExp, Shares, string]> = [
  [/[łśźżćńąę]/iu, [['PL', 1]], 'Polish'],
  [/[řůě]/iu, [['CZ', 1]], 'Czech'],
  [/[ľĺŕô]/iu, [['SK', 1]], 'Slovak'],
  [/[őű]/iu, [['HU', 1]], 'Hungarian'],
  [/[șțăî]/iu, [['RO', 0.9], ['MD', 0.1]], 'Romanian'],
  [/[ğışİ]/u, [['TR', 1]], 'Turkish'],
  [/[ðþ]/iu, [['IS', 1]], 'Icelandic'],
  [/[ø]/iu, [['NO', 0.55], ['DK', 0.45]], 'Scandinavian'],
  [/[æ]/iu, [['DK', 0.55], ['NO', 0.45]], 'Scandinavian'],
  [/[āēīūļņģķ]/iu, [['LV', 1]], 'Latvian'],
  [/[ėįų]/iu, [['LT', 1]], 'Lithuanian'],
  [/[đ]/iu, [['HR', 0.4], ['RS', 0.3], ['VN', 0.3]], 'South Slavic'],
  [/[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, [['VN', 1]], 'Vietnamese'],
  [/[ãõ]/iu, [['BR', 0.8], ['PT', 0.2]], 'Portuguese'],
  [/[ñ]/iu, [['ES', 0.3], ['MX', 0.25], ['AR', 0.15], ['CO', 0.15], ['CL', 0.15]], 'Spanish'],
  [/[ß]/u, [['DE', 0.8], ['AT', 0.2]], 'German'],
  [/[å]/iu, [['SE', 0.5], ['NO', 0.3], ['DK', 0.2]], 'Scandinavian'],
];

function latinLetters(n: string): Evidence[] {
  for (const [re, shares, label] of LETTERS) if (re.test(n)) return spread('name', W.nameLetters, shares, `${label} spelling of the name`);
  return [];
}
