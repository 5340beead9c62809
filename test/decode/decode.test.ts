import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { allEntries, decode, DECODE_LANGUAGES, senderStyle } from '../../lib/decode/index';
import { senderCountry } from '../../lib/decode/sender';
import { main } from '../../lib/cli/main';
import { LITERATURE, countryCodes, getProfile } from '../../lib/profiles';

const kinds = (r: ReturnType<typeof decode>) => r.readings.map((x) => x.kind);

describe('reading lens: the issue\'s examples', () => {
  it('Japanese "difficult" from Japan reads as a likely no', () => {
    const text = 'ご提案ありがとうございます。それは少し難しいかもしれません。';
    const r = decode({ text, country: 'JP' });
    expect(r.lang).toBe('ja');
    expect(kinds(r)).toContain('soft-no');
    const soft = r.readings.find((x) => x.kind === 'soft-no')!;
    expect(text.slice(soft.start, soft.end)).toBe(soft.phrase);
    expect(soft.phrase).toContain('難しい');
    expect(soft.confidence).toBeLessThan(1);
    expect(soft.basis).toMatch(/JP/);
    expect(soft.basis).toMatch(/Meyer/);
  });
  it('"We will consider it" from Japan is non-commitment; the same from the Netherlands is not decoded', () => {
    expect(kinds(decode({ text: 'Thank you. We will consider it.', lang: 'en', country: 'JP' }))).toContain('non-commitment');
    expect(decode({ text: 'Thank you. We will consider it.', lang: 'en', country: 'NL' }).readings).toEqual([]);
  });
  it('British "with the greatest respect" and "quite good" are read as British', () => {
    const gb = decode({ text: 'With the greatest respect, the draft is quite good.', lang: 'en', country: 'GB' });
    expect(kinds(gb)).toEqual(['strong-disagreement', 'understatement']);
    // An American sender: the British readings do not apply.
    expect(decode({ text: 'With the greatest respect, the draft is quite good.', lang: 'en', country: 'US' }).readings).toEqual([]);
    // Unknown sender: shown, with less confidence than for a known British sender.
    const unk = decode({ text: 'With the greatest respect, I disagree.', lang: 'en' });
    expect(unk.readings[0].confidence).toBeLessThan(gb.readings[0].confidence);
    expect(unk.readings[0].basis).toMatch(/unknown/);
  });
  it('a blunt German objection is about the matter; not applied to an indirect sender', () => {
    const de = decode({ text: 'Das geht so nicht. Bitte überarbeiten.', country: 'DE' });
    expect(de.lang).toBe('de');
    expect(kinds(de)).toContain('matter-not-person');
    expect(kinds(decode({ text: 'Das geht so nicht.', lang: 'de', country: 'JP' }))).not.toContain('matter-not-person');
  });
  it('Inshallah attached to a date is a conditional commitment, in Arabic and in English', () => {
    expect(kinds(decode({ text: 'سنرسل العقد يوم الخميس إن شاء الله', country: 'SA' }))).toContain('conditional-commitment');
    expect(kinds(decode({ text: 'We will send the contract on Thursday, inshallah.', lang: 'en', country: 'AE' }))).toContain('conditional-commitment');
  });
  it('covers Korean, Chinese, Spanish, Portuguese, French, Italian and Dutch', () => {
    expect(kinds(decode({ text: '말씀하신 일정은 어려울 것 같습니다.', country: 'KR' }))).toContain('soft-no');
    expect(kinds(decode({ text: '这个价格我们再研究一下。', country: 'CN' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'Ese plazo va a ser un poco difícil para nosotros.', lang: 'es', country: 'MX' }))).toContain('soft-no');
    expect(kinds(decode({ text: 'Esse prazo está meio complicado.', lang: 'pt', country: 'BR' }))).toContain('soft-no');
    expect(kinds(decode({ text: 'Je me permets de vous relancer concernant la facture.', lang: 'fr', country: 'FR' }))).toContain('reminder');
    expect(kinds(decode({ text: 'Vediamo la settimana prossima.', lang: 'it', country: 'IT' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'Daar ben ik het niet mee eens.', lang: 'nl', country: 'NL' }))).toContain('matter-not-person');
  });
  it('contractions and typographic apostrophes match like the straight ones', () => {
    expect(kinds(decode({ text: "We'll try to ship by Friday.", lang: 'en', country: 'IN' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'We’ll consider it.', lang: 'en', country: 'JP' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'Ce n’est pas évident pour nous.', lang: 'fr', country: 'FR' }))).toContain('soft-no');
    expect(kinds(decode({ text: 'Sarebbe un po’ complicato.', lang: 'it', country: 'IT' }))).toContain('soft-no');
  });
  it('"see you" is not "we\'ll see": nos vemos, ci vediamo', () => {
    expect(decode({ text: 'Nos vemos en la feria de Guadalajara.', lang: 'es', country: 'MX' }).readings).toEqual([]);
    expect(decode({ text: 'Nos veremos en Madrid.', lang: 'es', country: 'ES' }).readings).toEqual([]);
    expect(decode({ text: 'Ci vediamo al Cersaie a settembre.', lang: 'it', country: 'IT' }).readings).toEqual([]);
    expect(kinds(decode({ text: 'Ya veremos en septiembre.', lang: 'es', country: 'MX' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'Lo revisamos y le aviso.', lang: 'es', country: 'CO' }))).toContain('non-commitment');
    expect(kinds(decode({ text: 'Sul prezzo, vediamo dopo la riunione.', lang: 'it', country: 'IT' }))).toContain('non-commitment');
  });
  it('Arabic: "we will study the matter", "we will try" and "as soon as possible"', () => {
    const r = decode({ text: 'سندرس الموضوع مع شركة الشحن ونعود إليكم في أقرب وقت ممكن.', country: 'SA' });
    expect(r.lang).toBe('ar');
    expect(r.readings.map((x) => x.id)).toEqual(['ar.sanadrus', 'ar.aqrab-waqt']);
    expect(decode({ text: 'وسنحاول تسليم الشحنة يوم الخميس.', lang: 'ar', country: 'AE' }).readings.map((x) => x.id)).toEqual(['ar.sanuhawil']);
    expect(decode({ text: 'سنرسل العقد باسرع وقت.', lang: 'ar', country: 'EG' }).readings.map((x) => x.id)).toEqual(['ar.aqrab-waqt']);
  });
  it('matches whole words only in spaced languages', () => {
    expect(decode({ text: 'Dat is primair ons probleem.', lang: 'nl' }).readings).toEqual([]);
    expect(decode({ text: 'Nothing to read here at all.', lang: 'en', country: 'GB' }).readings).toEqual([]);
  });
  it('a language without a table gives no readings rather than a guess', () => {
    expect(decode({ text: 'Tämä voi olla vaikeaa.', lang: 'fi', country: 'FI' }).readings).toEqual([]);
  });
  it('overlapping matches keep one reading per span', () => {
    const r = decode({ text: 'We will try our best.', lang: 'en', country: 'IN' });
    expect(r.readings).toHaveLength(1);
  });
  it('never claims certainty, and reads huge text without throwing', () => {
    const r = decode({ text: 'That may be difficult. '.repeat(5000), lang: 'en', country: 'JP' });
    expect(r.readings.length).toBeGreaterThan(100);
    expect(Math.max(...r.readings.map((x) => x.confidence))).toBeLessThan(1);
  });
});

describe('phrase tables are data that agrees with the curated norms', () => {
  const entries = allEntries();
  it('covers at least the eleven languages of the issue', () => {
    for (const l of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ko', 'zh', 'ar']) expect(DECODE_LANGUAGES).toContain(l);
  });
  it('ids are unique, prefixed by their language, and every citation names a listed work', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id.startsWith(`${e.lang}.`)).toBe(true);
      expect(LITERATURE[e.cite.ref], `${e.id} cites ${e.cite.ref}`).toBeTruthy();
      for (const p of e.patterns) {
        expect(() => new RegExp(p, 'iu')).not.toThrow();
        // decode() widens every straight apostrophe to a class, which must not land inside one.
        expect(p, e.id).not.toMatch(/\[[^\]]*'[^\]]*\]/);
      }
    }
  });
  it('a country-specific entry never names a country whose curated style contradicts its style', () => {
    for (const e of entries) {
      if (!e.countries || e.style === 'any') continue;
      for (const cc of e.countries) {
        const s = senderStyle(cc);
        if (s && s.style !== 'between') expect(s.style, `${e.id} names ${cc}`).toBe(e.style);
      }
    }
  });
  it('no indirect reading is ever given for a curated direct sender, nor a direct one for an indirect sender', () => {
    const curated = countryCodes().filter((c) => getProfile(c)?.norms).map((code) => ({ code }));
    expect(curated.length).toBeGreaterThan(20);
    for (const e of entries) {
      if (e.style === 'any') continue;
      for (const { code } of curated) {
        const s = senderStyle(code)!;
        const wrong = s.style !== 'between' && s.style !== e.style;
        if (!wrong) continue;
        const sample = samplePhrase(e.lang, e.id);
        if (!sample) continue;
        const r = decode({ text: sample, lang: e.lang, country: code });
        expect(r.readings.map((x) => x.id), `${e.id} for ${code}`).not.toContain(e.id);
      }
    }
  });
});

// A literal instance of an entry's first pattern, for the agreement test: the shortest string
// the table's own examples contain. Kept tiny and explicit per entry we exercise.
function samplePhrase(lang: string, id: string): string | null {
  const samples: Record<string, string> = {
    'en.consider': 'We will consider it.',
    'en.may-be-difficult': 'That may be difficult.',
    'en.will-try': 'We will try.',
    'de.geht-so-nicht': 'Das geht so nicht.',
    'de.nicht-akzeptabel': 'Das ist nicht akzeptabel.',
    'nl.niet-mee-eens': 'Daar ben ik het niet mee eens.',
    'ja.muzukashii': '難しいかもしれません',
    'ko.eoryeop': '어렵습니다',
    'zh.bu-fangbian': '不方便',
    'es.dificil': 'es difícil',
    'pt.complicado': 'está complicado',
    'pt.vou-tentar': 'vou tentar',
    'es.intentare': 'lo intentaremos',
    'ar.sab': 'هذا صعب',
    'ar.sanadrus': 'سندرس الموضوع',
    'ar.sanuhawil': 'سنحاول',
  };
  return lang && samples[id] ? samples[id] : null;
}

describe('sender country', () => {
  it('takes a code, a ccTLD address, and refuses free mail and vanity TLDs', () => {
    expect(senderCountry('jp')).toBe('JP');
    expect(senderCountry('Kenji <kenji@example.co.jp>')).toBe('JP');
    expect(senderCountry('a@b.co.uk')).toBe('GB');
    expect(senderCountry('someone@gmail.com')).toBeNull();
    expect(senderCountry('x@startup.io')).toBeNull();
    expect(senderCountry('')).toBeNull();
  });
});

describe('cli decode --jsonl', () => {
  async function run(args: string[], input: string) {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    stdin.end(input);
    const code = await main(['decode', ...args], { stdin, stdout, stderr });
    return { code, out };
  }
  it('answers {id, readings:[{start,end,meaning,confidence,basis}]} per line, and an error line for bad input', async () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'それは少し難しいかもしれません', from: 'tanaka@example.co.jp' }),
      JSON.stringify({ id: 'b', text: 'With the greatest respect, no.', lang: 'en', from: 'GB' }),
      '{not json',
    ].join('\n');
    const { code, out } = await run(['--jsonl'], lines);
    const answers = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(answers[0].id).toBe(1);
    expect(Object.keys(answers[0].readings[0]).sort()).toEqual(['basis', 'confidence', 'end', 'meaning', 'start']);
    expect(answers[1].readings[0].start).toBe(0);
    expect(answers[2].error).toMatch(/invalid JSON/);
  });
});

describe('readThread', () => {
  it('reads each received message with its own sender\'s country and skips the user\'s own', async () => {
    const { readThread } = await import('../../lib/decode/thread');
    const thread = [
      { from: 'me@mycorp.com', text: 'Could we sign by Friday? That may be difficult for you, I know.' },
      { from: 'tanaka@client.co.jp', text: 'ご提案ありがとうございます。納期は少し難しいかもしれません。' },
      { from: 'hans@kunde.de', text: 'Das geht so nicht.' },
      { from: 'pat@partner.com', text: 'Thanks, see you Monday.' },
    ];
    const lens = readThread(thread, { isSelf: (f) => f === 'me@mycorp.com' });
    expect(lens.map((m) => [m.index, m.country, m.readings[0].kind])).toEqual([
      [1, 'JP', 'soft-no'],
      [2, 'DE', 'matter-not-person'],
    ]);
    // A caller that knows better (the recipient inference) wins over the domain.
    const placed = readThread(thread.slice(2), { countryOf: () => 'JP' });
    expect(placed.flatMap((m) => m.readings.map((r) => r.kind))).not.toContain('matter-not-person');
  });
});
