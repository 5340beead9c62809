/** `cli extract`: one page on stdin, or JSON Lines where a bad line does not stop the others. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { FIXTURES } from './helpers';

async function run(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(['extract', ...args], { stdin: Readable.from([input]), stdout, stderr });
  return { code, out, err };
}

describe('cli extract', () => {
  it('prints the site, compose windows and record of a page on stdin', async () => {
    const html = readFileSync(join(FIXTURES, 'salesforce', 'composer-en.html'), 'utf8');
    const { code, out } = await run(['--url', 'https://acme-demo.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view'], html);
    expect(code).toBe(0);
    const res = JSON.parse(out);
    expect(res.site).toBe('salesforce');
    expect(res.composes[0].recipients[0]).toEqual({ email: 'c.okafor@lagos-steel.ng', name: 'Chidi Okafor', field: 'to' });
    expect(res.record.country).toBe('Nigeria');
  });

  it('needs a URL', async () => {
    expect((await run([], '<p>x</p>')).code).toBe(2);
    expect((await run(['--url', 'not a url'], '<p>x</p>')).code).toBe(2);
  });

  it('--jsonl answers every line with its id; bad lines get an error', async () => {
    const gmail = readFileSync(join(FIXTURES, 'gmail', 'classic-ui-ja.html'), 'utf8');
    const lines = [
      JSON.stringify({ id: 1, url: 'https://mail.google.com/mail/u/1/', html: gmail }),
      '{not json',
      JSON.stringify({ id: 3, url: 'https://example.com/', html: '<textarea>Hi a@b.de</textarea>', site: 'nope' }),
      JSON.stringify({ id: 4, url: 'https://example.com/', html: '<form><input name="to" value="x@y.fr"><textarea>Hi</textarea></form>' }),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], lines);
    const answers = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(answers).toHaveLength(4);
    expect(answers[0]).toMatchObject({ id: 1, site: 'gmail', composes: [{ subject: '出荷スケジュールについて' }] });
    expect(answers[1].error).toMatch(/invalid JSON/);
    expect(answers[2]).toMatchObject({ id: 3, error: expect.stringMatching(/unknown site/) });
    expect(answers[3]).toMatchObject({ id: 4, site: 'generic', composes: [{ recipients: [{ email: 'x@y.fr', field: 'to' }], body: 'Hi' }] });
  });
});
