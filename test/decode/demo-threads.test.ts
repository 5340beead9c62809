/**
 * The reading lens on the demo Gmail threads (demo/gmail/threads.html), through the same Gmail
 * adapter and pipeline the extension runs: each received message read through its sender's
 * culture, the user's own messages skipped. The e2e test (test/e2e/lens.e2e.mjs) checks the same
 * expectations in the built extension's side panel.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/cli/commands/extract';
import { gmail } from '../../lib/sites/gmail/index';
import { composeSnapshot } from '../../lib/sites/snapshot';
import { analyseSnapshot } from '../../lib/pipeline';
import { getProfile } from '../../lib/profiles/index';
import { ComposeSnapshot, Settings } from '../../lib/protocol';

interface Expected {
  lang: string;
  messages: Record<string, { country: string; readings: string[] }>;
  silent?: string[];
  notRead: Array<{ phrase: string; id?: string; why: string }>;
}
const EXPECTED = JSON.parse(readFileSync('test/fixtures/lens/demo-threads.json', 'utf8')).threads as Record<string, Expected>;

const window = parsePage(readFileSync('demo/gmail/threads.html', 'utf8'), 'https://mail.google.com/threads.html');
const doc = window.document as unknown as Document;
afterAll(() => window.happyDOM.close());

/** What demo/gmail/threads.js does in the browser (scripts do not run here). */
function open(key: string) {
  const tpl = doc.querySelector(`template[data-thread="${key}"]`) as HTMLTemplateElement;
  doc.querySelector('[data-thread-host]')!.replaceChildren(tpl.content.cloneNode(true));
  doc.title = `${tpl.dataset.subject} - alex.morgan@example.com - Gmail (Glocal demo)`;
  const [compose] = gmail.findComposes(doc);
  return ComposeSnapshot.parse(composeSnapshot(gmail, compose, doc, `demo-${key}`));
}

const ctx = {
  profile: (cc: string) => getProfile(cc),
  overrides: [],
  learnedDomains: {},
  settings: Settings.parse({ homeCountry: 'US' }),
  dismissed: new Set<string>(),
  now: new Date('2026-12-02T10:00:00Z'),
};

describe('the demo threads', () => {
  it('cover at least eight languages, every thread of the page has expectations', () => {
    const keys = Array.from(doc.querySelectorAll('template[data-thread]')).map((t) => t.getAttribute('data-thread'));
    expect(keys.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(new Set(Object.values(EXPECTED).map((e) => e.lang)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.keys(EXPECTED))('%s: each received message is read through its sender\'s culture', async (key) => {
    const want = EXPECTED[key];
    const snapshot = open(key);
    expect(snapshot.self).toEqual(['alex.morgan@example.com']);
    const a = await analyseSnapshot(snapshot, ctx);
    const lens = a.lens ?? [];
    const got = Object.fromEntries(
      lens.map((m) => [m.from!.match(/<(.+)>/)![1], { country: m.country, readings: m.readings.map((r) => r.id) }]),
    );
    expect(got).toEqual(want.messages);
    for (const m of lens) {
      expect(m.lang).toBe(want.lang);
      for (const r of m.readings) {
        expect(r.confidence).toBeGreaterThan(0);
        expect(r.confidence).toBeLessThan(1);
        expect(r.basis).toContain(`sender in ${m.country}`);
        // The phrase is the received text at its span.
        const text = snapshot.thread[m.index].text;
        expect(text.slice(r.start, r.end)).toBe(r.phrase);
      }
    }
    for (const s of want.silent ?? []) expect(Object.keys(got)).not.toContain(s);
    for (const n of want.notRead) {
      // The phrase is on the page, and no reading covers any of it.
      const at = snapshot.thread.map((m) => m.text.indexOf(n.phrase));
      expect(at.some((i) => i >= 0), n.phrase).toBe(true);
      const covering = lens.flatMap((m) =>
        at[m.index] < 0 ? [] : m.readings.filter((r) => r.start < at[m.index] + n.phrase.length && at[m.index] < r.end),
      );
      expect(covering.map((r) => `${r.id}: ${r.phrase}`), n.why).toEqual([]);
    }
  });

  it('without the page\'s own address, the user\'s own message would be read as received (the bug the `self` field fixes)', async () => {
    const snapshot = open('en-GB');
    const { self: _self, ...withoutSelf } = snapshot;
    const a = await analyseSnapshot(withoutSelf, ctx);
    expect((a.lens ?? []).map((m) => m.from)).toContain('Alex Morgan <alex.morgan@example.com>');
    const b = await analyseSnapshot(snapshot, ctx);
    expect((b.lens ?? []).map((m) => m.from)).not.toContain('Alex Morgan <alex.morgan@example.com>');
  });
});

describe('Gmail: the user\'s own address', () => {
  const page = (title: string, composeExtra = '') =>
    parsePage(
      `<html><head><title>${title}</title></head><body><div class="M9" role="region"><input type="hidden" name="composeid" value="c1">${composeExtra}<div class="Ap"><div g_editable="true" contenteditable="true" role="textbox"></div></div></div></body></html>`,
      'https://mail.google.com/mail/u/0/',
    );
  const selfOf = async (title: string, extra?: string) => {
    const w = page(title, extra);
    try {
      const d = w.document as unknown as Document;
      return gmail.readCompose(gmail.findComposes(d)[0], d).self;
    } finally {
      await w.happyDOM.close();
    }
  };
  it('is the account in the title, never an address in the subject', async () => {
    expect(await selfOf('Re: access for Bob@Partner.example - alex.morgan@example.com - Gmail')).toEqual(['alex.morgan@example.com']);
    expect(await selfOf('Inbox (3) - a.b@corp.example – Corp Mail')).toEqual(['a.b@corp.example']);
    expect(await selfOf('Gmail')).toBeUndefined();
    expect(await selfOf('Re: bob@partner.example')).toBeUndefined();
  });
  it('includes the compose\'s From (a send-as address)', async () => {
    expect(await selfOf('Inbox - alex.morgan@example.com - Gmail', '<input type="hidden" name="from" value="sales@example.com">')).toEqual(['sales@example.com', 'alex.morgan@example.com']);
  });
});
