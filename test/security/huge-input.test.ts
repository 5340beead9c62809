/**
 * Huge inputs do not hang: a 200,000-character draft and a 500-message thread go through the same
 * snapshot message the content script sends. The analysis is bounded (it reads only part of the
 * draft and says so with analysedChars < totalChars) and returns promptly. The time limits are
 * hang guards, far above normal, not speed targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type Analysis } from '../../lib/protocol';
import { makeService, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await makeService();
});
afterAll(() => h.db.close());

const paragraph =
  'Hi Hans, thanks for the quote. We need the housings by Friday at the latest, and frankly the price is too high. ' +
  'Could you take another look at it and get back to me ASAP? Cheers, Alex\n\n';
const draftOf = (n: number) => paragraph.repeat(Math.ceil(n / paragraph.length)).slice(0, n);

async function analyse(snapshot: Record<string, unknown>) {
  const t0 = performance.now();
  const r = await h.service.handle(
    {
      type: 'snapshot',
      snapshot: {
        site: 'gmail',
        composeId: 'huge',
        recipients: [{ email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' }],
        subject: 'Quote',
        ...snapshot,
      },
    },
    { kind: 'content', tabId: 11 },
  );
  const ms = performance.now() - t0;
  expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(true);
  return { analysis: (r as { data: Analysis }).data, ms };
}

describe('huge inputs are bounded', () => {
  it('a 200,000-character draft: part of it is analysed, and it says so', async () => {
    await analyse({ body: draftOf(2_000) }); // warm caches (profiles, models) outside the timing
    const { analysis, ms } = await analyse({ body: draftOf(200_000) });
    expect(analysis.totalChars).toBe(200_000);
    expect(analysis.analysedChars).toBeGreaterThan(0);
    expect(analysis.analysedChars).toBeLessThan(analysis.totalChars);
    for (const s of analysis.suggestions) expect(s.end).toBeLessThanOrEqual(analysis.analysedChars);
    expect(ms).toBeLessThan(2_000);
  });

  it('an ordinary draft is analysed whole', async () => {
    const { analysis } = await analyse({ body: draftOf(3_000) });
    expect(analysis.analysedChars).toBe(analysis.totalChars);
  });

  it('a draft longer than the wire limit is cut at the wire, not refused', async () => {
    const { analysis } = await analyse({ body: draftOf(LIMITS.body + 50_000) });
    expect(analysis.totalChars).toBeLessThanOrEqual(LIMITS.body + 50_000);
    expect(analysis.analysedChars).toBeLessThan(analysis.totalChars);
  });

  it('a 500-message thread of the longest messages the wire allows', async () => {
    const thread = Array.from({ length: LIMITS.threadMessages }, (_, i) => ({
      from: i % 2 ? 'hans.mueller@muellerbau-technik.de' : 'alex.morgan@example.com',
      text: `Sehr geehrter Herr Morgan, vielen Dank für Ihre Nachricht Nr. ${i}. `.repeat(400).slice(0, LIMITS.threadText),
    }));
    const { analysis, ms } = await analyse({ body: draftOf(1_000), thread });
    expect(analysis.recipients.length).toBe(1);
    // The bound keeps the signal: the recipient's own (latest) messages still say German.
    expect(analysis.recipients[0].language?.lang).toBe('de');
    expect(ms).toBeLessThan(2_000);
  });

  it('a thread longer than 500 messages and 100 recipients with long names', async () => {
    const thread = Array.from({ length: 2_000 }, (_, i) => ({ text: `message ${i} `.repeat(50) }));
    const recipients = Array.from({ length: LIMITS.recipients }, (_, i) => ({ email: `p${i}@firma${i}.de`, name: 'N'.repeat(100_000), field: 'cc' }));
    const { analysis, ms } = await analyse({ body: draftOf(5_000), thread, recipients });
    expect(analysis.recipients.length).toBe(LIMITS.recipients);
    for (const r of analysis.recipients) expect((r.name ?? '').length).toBeLessThanOrEqual(LIMITS.name);
    expect(ms).toBeLessThan(4_000);
  });
});
