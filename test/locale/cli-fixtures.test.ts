import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { parseCsv } from '../../lib/csv';
import { loadRecipientFixtures, scoreInference } from '../../bench/infer';
import { suggestedGreeting } from '../../lib/locale/index';

async function run(args: string[], stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout: out, stderr: err });
  return { code, out: chunks.join('') };
}

describe('cli detect-lang --jsonl', () => {
  it('answers each line with id, lang and confidence, and reports bad lines', async () => {
    const { code, out } = await run(['detect-lang', '--jsonl'], '{"id":1,"text":"Vielen Dank für Ihre Nachricht"}\nnot json\n{"id":"b","text":"감사합니다"}\n');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: 1, lang: 'de' });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ id: 'b', lang: 'ko' });
    expect(code).toBe(1);
  });
});

describe('cli infer', () => {
  it('--jsonl gives sorted candidates per recipient and an audience', async () => {
    const line = { id: 'x', recipients: [{ email: 'a@firma.de' }, { email: 'b@empresa.com.br' }] };
    const { code, out } = await run(['infer', '--jsonl'], JSON.stringify(line) + '\n');
    const res = JSON.parse(out);
    expect(code).toBe(0);
    expect(res.id).toBe('x');
    expect(res.recipients.map((r: { candidates: { country: string }[] }) => r.candidates[0].country)).toEqual(['DE', 'BR']);
    expect(res.audience.mixed).toBe(true);
  });
  it('--csv enriches a CRM export with country, confidence and greeting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glocal-'));
    const file = join(dir, 'contacts.csv');
    writeFileSync(file, 'First Name,Last Name,Email,Country,Phone\nHans,Müller,hans@firma.de,Deutschland,\n"Ana, Maria",Souza,ana@gmail.com,,+55 11 98765-4321\nBob,Smith,bob@gmail.com,,\n');
    const out = join(dir, 'out.csv');
    expect((await run(['infer', '--csv', file, '--out', out])).code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0].slice(-4)).toEqual(['glocal_country', 'glocal_confidence', 'glocal_greeting', 'glocal_reason']);
    expect(rows[1].slice(-4, -1)).toEqual(['DE', '1.00', 'Sehr geehrte/r Frau/Herr Müller,']);
    expect(rows[1].at(-1)).toContain('CRM country');
    expect(rows[2][0]).toBe('Ana, Maria');
    expect(rows[2][rows[0].indexOf('glocal_country')]).toBe('BR');
    expect(Number(rows[2][rows[0].indexOf('glocal_confidence')])).toBeGreaterThan(0.9);
    expect(rows[3].slice(-4, -1)).toEqual(['', '', 'Dear Ms/Mr Smith,']);
    expect(rows[3].at(-1)).toMatch(/free mail/);
  });
  it('suggests greetings per language, with an English fallback', () => {
    expect(suggestedGreeting('FR', 'Dupont')).toBe('Bonjour Madame/Monsieur Dupont,');
    expect(suggestedGreeting('PT', 'Silva')).toMatch(/^Exmo/);
    expect(suggestedGreeting('IN', 'Sharma')).toBe('Dear Ms/Mr Sharma,');
    expect(suggestedGreeting(null, '')).toBe('Dear Sir or Madam,');
  });
});

describe('labelled recipient set', () => {
  const fixtures = loadRecipientFixtures(join(__dirname, '../..'));
  it('has at least 300 contexts over at least 40 countries, with every hard-case tag', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(300);
    const countries = new Set(fixtures.flatMap((f) => [f.country, ...(f.expected ?? [])]).filter(Boolean));
    expect(countries.size).toBeGreaterThanOrEqual(40);
    for (const c of countries) expect(c).toMatch(/^[A-Z]{2}$/);
    const tags = new Set(fixtures.flatMap((f) => f.tags));
    for (const t of ['free-mail-foreign-thread', 'com-foreign-phone', 'vanity', 'ch-multilingual', 'be-multilingual', 'latam-vs-es', 'br-vs-pt', 'cjk-name-english', 'no-signal']) {
      expect(tags).toContain(t);
    }
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
  });
  it('keeps top-1 ≥ 0.95 where a signal exists and abstains where none does', () => {
    const s = scoreInference(fixtures);
    expect(s.top1).toBeGreaterThanOrEqual(0.95);
    expect(s.abstainWithoutSignal).toBeGreaterThanOrEqual(0.9);
  });
});
