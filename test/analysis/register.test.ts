import { describe, expect, it } from 'vitest';
import pairs from './fixtures/register-pairs.json';
import { guessLang, scoreText } from '../../lib/analysis/index';

type Pair = { formal: string; informal: string; dropped?: boolean };
const langs = Object.keys(pairs).filter((k) => !k.startsWith('_')) as Array<keyof typeof pairs>;

describe('contrastive T–V and honorific pairs', () => {
  it('covers every T–V and honorific language with at least 8 pairs', () => {
    expect(langs.sort()).toEqual(['de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru']);
    for (const l of langs) expect((pairs[l] as Pair[]).length).toBeGreaterThanOrEqual(8);
  });
  it('includes pro-drop pairs for es, it and pt', () => {
    for (const l of ['es', 'it', 'pt'] as const) expect((pairs[l] as Pair[]).filter((p) => p.dropped).length).toBeGreaterThanOrEqual(4);
  });
  for (const l of langs) {
    it.each((pairs[l] as Pair[]).map((p) => [p.formal, p.informal]))(`${l}: "%s" scores more formal than "%s"`, (formal, informal) => {
      const f = scoreText(formal, l).scores.formality;
      const i = scoreText(informal, l).scores.formality;
      expect(f).toBeGreaterThan(i);
    });
  }
  it('orders Portuguese o senhor > você > tu', () => {
    const s = (t: string) => scoreText(t, 'pt').scores.formality;
    expect(s('O senhor pode enviar o contrato?')).toBeGreaterThan(s('Você pode enviar o contrato?'));
    expect(s('Você pode enviar o contrato?')).toBeGreaterThan(s('Tu podes enviar o contrato?'));
  });
  it('does not read German "sie" (she/they) as the polite Sie', () => {
    const s = (t: string) => scoreText(t, 'de').scores.formality;
    expect(s('Ich glaube, sie kommt morgen.')).toBeLessThan(s('Ich glaube, Sie kommen morgen.'));
  });
});

describe('English register markers', () => {
  const f = (t: string) => scoreText(t, 'en').scores.formality;
  it.each([
    ['I do not think that this is correct.', "i dont think thats right lol"],
    ['Could you please review the attached document?', 'plz check this out!!!'],
    ['The meeting has been moved to Thursday.', 'meeting moved to thurs :)'],
    ['We would appreciate your feedback on the proposal.', 'gimme ur feedback asap'],
    ['I am writing to ask about the invoice.', "WHERE IS THE INVOICE?!?!"],
  ])('"%s" > "%s"', (a, b) => expect(f(a)).toBeGreaterThan(f(b)));

  it('keeps every score in [-1, 1] and spans inside the text', () => {
    const t = 'OMG!!!!! 😂😂😂 lol\nDear Sir, I hereby notify you of the termination of the agreement pursuant to clause 4.';
    const r = scoreText(t, 'en');
    for (const s of [r.scores, ...r.sentences.map((x) => x.scores)])
      for (const v of Object.values(s)) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    for (const s of r.sentences) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
    expect(r.sentences.length).toBe(3);
  });

  it('scores politeness, directness and warmth in the expected directions', () => {
    const polite = scoreText('Could you perhaps send me the file when you have a moment? Thank you!', 'en').scores;
    const rude = scoreText('Send me the file NOW. This is unacceptable.', 'en').scores;
    expect(polite.politeness).toBeGreaterThan(rude.politeness);
    expect(rude.directness).toBeGreaterThan(polite.directness);
    expect(polite.warmth).toBeGreaterThan(rude.warmth);
  });

  it('reads sarcasm as less polite than plain thanks', () => {
    const p = (t: string) => scoreText(t, 'en').scores.politeness;
    expect(p('Oh great, another delay. Thanks a lot.')).toBeLessThan(p('Thank you for letting us know about the delay.'));
  });
});

describe('language guess', () => {
  it.each([
    ['Können Sie mir bitte den Bericht schicken? Vielen Dank.', 'de'],
    ['Pouvez-vous m’envoyer le contrat ? Merci pour votre aide.', 'fr'],
    ['¿Puede enviarme el informe? Muchas gracias por su ayuda.', 'es'],
    ['Può mandarmi il preventivo? Grazie per la sua pazienza.', 'it'],
    ['Você pode enviar o relatório? Muito obrigado pela ajuda.', 'pt'],
    ['Kunt u mij het rapport sturen? Bedankt voor de hulp.', 'nl'],
    ['Вы можете прислать отчёт до пятницы?', 'ru'],
    ['報告書を送っていただけますか。', 'ja'],
    ['보고서를 보내 주시겠습니까?', 'ko'],
    ['Could you send me the report? Thanks for your help.', 'en'],
  ])('%s → %s', (t, l) => {
    expect(guessLang(t)).toBe(l);
    expect(scoreText(t).lang).toBe(l);
  });
});
