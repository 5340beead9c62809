/**
 * The background asks the browser's own detector (browser.i18n.detectLanguage) about the thread
 * and hands its answer to inference as a hint; a failing or missing detector changes nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../lib/db/schema';
import { seedProfiles } from '../../lib/db/repo';
import { GlocalService, type ServiceEnv } from '../../lib/service/handlers';
import { TabStates, memoryKeyValue } from '../../lib/service/state';

const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [{ email: 'yuki@example.com', name: 'Yuki', field: 'to' }],
  subject: 'Re: 見積もり',
  body: 'Dear Yuki,\n\nThank you for the quick reply.',
  thread: [{ from: 'yuki@example.com', text: 'いつもお世話になっております。見積書を添付いたします。' }],
};

async function service(detect: ServiceEnv['detectLanguage'], name: string) {
  const db = openDb(name);
  await seedProfiles(db);
  const env: ServiceEnv = {
    now: () => new Date('2026-03-02T10:00:00Z'),
    sendToTab: async () => ({ ok: true, data: {} }),
    broadcast: () => undefined,
    openPanel: async () => undefined,
    detectLanguage: detect,
  };
  return new GlocalService(db, env, new TabStates(memoryKeyValue()));
}

describe('browser language-detection hint', () => {
  it('is asked about the thread text, and the analysis still succeeds', async () => {
    const detect = vi.fn(async () => ({ lang: 'ja', reliable: true }));
    const s = await service(detect, 'hint-a');
    const r = await s.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: 1 });
    expect(r.ok).toBe(true);
    expect(detect).toHaveBeenCalledTimes(1);
    expect((detect.mock.calls[0] as unknown as [string])[0]).toContain('見積書');
    const data = (r as { data: { recipients: { candidates: { country: string }[] }[] } }).data;
    expect(data.recipients[0].candidates[0].country).toBe('JP');
  });

  it('a detector that throws is ignored', async () => {
    const s = await service(async () => {
      throw new Error('not available');
    }, 'hint-b');
    const r = await s.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: 1 });
    expect(r.ok).toBe(true);
  });
});
