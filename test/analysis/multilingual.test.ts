import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, scoreText } from '../../lib/analysis/index';
import deModel from '../../lib/analysis/models/formality-de.json';
import polModel from '../../lib/analysis/models/politeness.json';
import lexModel from '../../lib/analysis/models/register-lex.json';
import { DE_FEATURES } from '../../lib/analysis/style-de';
import { STRATEGIES } from '../../lib/analysis/politeness/strategies';
import { sentenceLang } from '../../lib/analysis/languages';
import { heldApart } from '../../bench/multilingual-data';

const f = (t: string, l: string) => scoreText(t, l).scores.formality;
const p = (t: string, l: string) => scoreText(t, l).scores.politeness;

describe('fitted multilingual models', () => {
  it('were fitted on exactly the current feature sets, by their scripts', () => {
    expect(deModel.features).toEqual([...DE_FEATURES]);
    expect(deModel.generatedBy).toBe('scripts/fit-register.ts');
    expect(polModel.features).toEqual([...STRATEGIES]);
    expect(polModel.generatedBy).toBe('scripts/fit-politeness.ts');
    expect(Object.keys(lexModel.langs).sort()).toEqual(['de', 'es', 'fr', 'it', 'nl', 'pt']);
    for (const w of [...deModel.weights, ...polModel.weights]) expect(Number.isFinite(w)).toBe(true);
  });
  it('split ids deterministically, about 40% held apart', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `x:${i}`);
    const held = ids.filter((i) => heldApart(i) === 'held-apart').length;
    expect(held).toBeGreaterThan(1450);
    expect(held).toBeLessThan(1750);
    expect(ids.map((i) => heldApart(i))).toEqual(ids.map((i) => heldApart(i)));
  });
});

describe('register in pro-drop languages (verbs and clitics, no pronoun)', () => {
  const pairs: [string, string, string][] = [
    ['es', '¿Ya revisó el presupuesto que le mandé ayer?', '¿Ya revisaste el presupuesto que te mandé ayer?'],
    ['es', 'Si quiere, puede llamarme mañana.', 'Si quieres, puedes llamarme mañana.'],
    ['es', '¿Trabaja en la oficina de Madrid?', '¿Trabajas en la oficina de Madrid?'],
    ['pt', 'Já viu o relatório que lhe enviei?', 'Já viste o relatório que te enviei?'],
    ['pt', 'Quando chega a Lisboa?', 'Quando chegas a Lisboa?'],
    ['it', 'Ha già letto il contratto che Le ho mandato?', 'Hai già letto il contratto che ti ho mandato?'],
    ['it', 'Quando arriva a Milano?', 'Quando arrivi a Milano?'],
  ];
  for (const [l, formal, informal] of pairs) {
    it(`${l}: "${formal}" > "${informal}"`, () => expect(f(formal, l)).toBeGreaterThan(f(informal, l)));
  }
});

describe('German formality as style', () => {
  it('reads particles, clitics and anglicisms as casual, nominal style as formal', () => {
    const casual = 'Hab grad echt mega Bock auf Pizza, kommst halt mal mit? 😂';
    const plain = 'Ich gehe heute Abend essen und komme später nach Hause.';
    const formal = 'Die Prüfung der Unterlagen erfolgt gemäß den geltenden Bestimmungen durch die zuständige Behörde.';
    expect(f(casual, 'de')).toBeLessThan(f(plain, 'de'));
    expect(f(plain, 'de')).toBeLessThan(f(formal, 'de'));
    expect(f(casual, 'de')).toBeLessThan(0);
    expect(f(formal, 'de')).toBeGreaterThan(0);
  });
});

describe('whole-mail calibration', () => {
  const mails = (JSON.parse(readFileSync(join(__dirname, 'fixtures', 'emails.json'), 'utf8')) as {
    mails: { split: string; lang: string; label: string; text: string }[];
  }).mails;
  for (const m of mails.filter((x) => x.split === 'held-apart')) {
    it(`${m.label} ${m.lang} mail scores ${m.label === 'formal' ? 'above' : 'below'} 0: ${m.text.slice(0, 30).replace(/\n/g, ' ')}`, () => {
      const s = f(m.text, m.lang);
      if (m.label === 'formal') expect(s).toBeGreaterThan(0);
      else expect(s).toBeLessThan(0);
    });
  }
  const mail = 'Dear Ms. Novak,\n\nThank you for the quick reply. I have attached the signed order.\n\nBest regards,\nTom Baker';
  it('leaves quoted thread text and the signature block out of the score', () => {
    const quoted = `${mail}\n\nOn Mon, 3 Mar 2025 at 10:12, Jana Novak <jana@example.com> wrote:\n> lol ok whatever dude!!! gonna send it l8r haha\n> thx`;
    const signed = `${mail}\n-- \nyo this is my sig lol!!! follow me @tombaker haha`;
    expect(f(quoted, 'en')).toBeCloseTo(f(mail, 'en'), 5);
    expect(f(signed, 'en')).toBeCloseTo(f(mail, 'en'), 5);
    const gt = `${mail}\n\n> hey whats up lol`;
    expect(f(gt, 'en')).toBeCloseTo(f(mail, 'en'), 5);
    const roles = analyzeDraft({ draft: quoted, lang: 'en', target: null }).sentenceBreakdown.map((s) => s.role);
    expect(roles).toContain('quote');
  });
  it('scores each part of a mixed-language draft in its own language', () => {
    const d = 'Sehr geehrter Herr Schneider,\n\nthank you for your message. I will send the documents tomorrow.\n\nMit freundlichen Grüßen\nAnna';
    const b = analyzeDraft({ draft: d, lang: 'en', target: null }).sentenceBreakdown;
    expect(b[0].lang).toBe('de');
    expect(b[0].role).toBe('greeting');
    expect(b[1].lang).toBe('en');
    expect(sentenceLang('Vielen Dank für Ihre schnelle Antwort und die Unterlagen.', 'en')).toBe('de');
    expect(sentenceLang('Thanks, see you on Monday at the office.', 'en')).toBe('en');
  });
  it('exposes per-sentence weights and pulls; the chatty line pulls the draft down most', () => {
    const d = 'Dear Mr. Lee,\n\nPlease find attached the revised quotation for the spare parts.\nlol sorry it took ages, was super busy haha!!\nWe look forward to your confirmation.\n\nKind regards,\nMaria';
    const a = analyzeDraft({ draft: d, lang: 'en', target: null });
    const b = a.sentenceBreakdown;
    expect(b).toHaveLength(a.sentences.length);
    const sum = b.reduce((s, x) => s + x.weight, 0);
    expect(sum).toBeGreaterThan(0.99);
    expect(sum).toBeLessThan(1.01);
    const worst = b.reduce((x, y) => (y.pull < x.pull ? y : x));
    expect(d.slice(worst.start, worst.end)).toMatch(/^lol/);
    expect(worst.pull).toBeLessThan(0);
    expect(b.find((x) => x.role === 'signature')?.weight).toBe(0);
  });
});

describe('politeness strategies in ten languages', () => {
  const cases: [string, string, string][] = [
    ['en', 'Could you please take a look at the report when you have a moment? Thanks!', 'Why did you break the build again? Fix it now.'],
    ['de', 'Könnten Sie bitte einen Blick auf den Bericht werfen? Vielen Dank!', 'Warum hast du das schon wieder kaputt gemacht? Mach das sofort, Idiot.'],
    ['es', '¿Podría revisar el informe, por favor? Muchas gracias.', '¿Por qué hiciste esto otra vez? Arréglalo ya, idiota.'],
    ['fr', 'Pourriez-vous jeter un œil au rapport, s’il vous plaît ? Merci beaucoup.', 'Pourquoi tu as encore cassé ça ? Corrige ça tout de suite, crétin.'],
    ['it', 'Potrebbe gentilmente dare un’occhiata al rapporto? Grazie mille.', 'Perché hai rotto di nuovo tutto? Correggi subito, idiota.'],
    ['pt', 'Poderia, por favor, rever o relatório? Muito obrigado.', 'Por que você estragou tudo de novo? Corrige isso já, idiota.'],
    ['nl', 'Zou u alstublieft naar het rapport willen kijken? Hartelijk dank.', 'Waarom heb je het weer kapot gemaakt? Verbeter het nu, idioot.'],
    ['ru', 'Не могли бы вы, пожалуйста, посмотреть отчёт? Большое спасибо.', 'Почему ты опять всё сломал? Исправь немедленно, идиот.'],
    ['ja', '報告書をご確認いただけますでしょうか。よろしくお願いいたします。', 'なんでまた壊したんだ。早く直せ、バカ。'],
    ['ko', '보고서를 확인해 주시겠어요? 감사합니다.', '왜 또 망가뜨렸어? 당장 고쳐라, 바보야.'],
  ];
  for (const [l, polite, rude] of cases) {
    it(`${l}: a softened request is politer than a challenge with a bare imperative`, () => {
      expect(p(polite, l)).toBeGreaterThan(0);
      expect(p(rude, l)).toBeLessThan(0);
    });
  }
});

describe('quoted thread text in other mail clients and languages', () => {
  const body = 'Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Nachricht. Anbei sende ich Ihnen das Angebot.\n\nMit freundlichen Grüßen\nMarkus Braun';
  it.each([
    ['Am 03.03.2025 um 10:12 schrieb Jana Novak <jana@example.com>:\nhey was geht, schick halt mal die Zahlen lol'],
    ['-----Original Message-----\nFrom: Jana\nhey was geht, schick halt mal die Zahlen lol'],
    ['Von: Jana Novak\nGesendet: Montag, 3. März 2025 10:12\nAn: Markus\nBetreff: Zahlen\nhey was geht, schick halt mal die Zahlen lol'],
  ])('leaves out %#', (quote) => {
    expect(f(`${body}\n\n${quote}`, 'de')).toBeCloseTo(f(body, 'de'), 5);
  });
  it('keeps a line that only mentions "wrote" in the body', () => {
    const d = 'Hi Sam,\n\nOn Monday she wrote: we need more time.\nlol whatever, fine by me haha\n\nCheers';
    const roles = analyzeDraft({ draft: d, lang: 'en', target: null }).sentenceBreakdown.map((s) => s.role);
    expect(roles).not.toContain('quote');
  });
});

describe('single-language text stays in its language', () => {
  it.each([
    ['es', 'Hola, ¿podría revisar la sección de historia? Creo que faltan algunas fuentes para la fecha.'],
    ['pt', 'Olá, poderia rever a secção de história? Acho que faltam algumas fontes para a data.'],
    ['it', 'Ciao, potresti controllare la sezione di storia? Credo che manchino alcune fonti per la data.'],
  ])('%s', (l, t) => {
    for (const s of analyzeDraft({ draft: t, lang: l, target: null }).sentenceBreakdown) expect(s.lang).toBe(l);
  });
});

describe('hostile input', () => {
  const inputs = ['', ' ', '!!!!!!', '😂'.repeat(500), 'a'.repeat(10_000), '\u0000\uffff', '。。。', '> > >\n-- \n', 'Am schrieb:\n', 'Ü'.repeat(3000)];
  for (const l of ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'ru', 'ja', 'ko', 'zh', 'xx']) {
    it(`scores stay finite and in [−1, 1] (${l})`, () => {
      for (const t of inputs) {
        const a = analyzeDraft({ draft: t, lang: l, target: null });
        for (const v of Object.values(a.scores)) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        for (const s of a.sentenceBreakdown) {
          expect(Number.isFinite(s.pull)).toBe(true);
          expect(Number.isFinite(s.weight)).toBe(true);
        }
      }
    });
  }
});
