/**
 * Notes and the organisation's dimension data set through the background's protocol: the same
 * messages the options page and the recipient card send.
 */
import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/schema';
import { seedProfiles } from '../../lib/db/repo';
import { GlocalService } from '../../lib/service/handlers';
import { TabStates, memoryKeyValue } from '../../lib/service/state';

const ui = { kind: 'ui' as const, tabId: null };
let n = 0;
async function service() {
  const db = openDb(`user-data-${process.pid}-${++n}`);
  await seedProfiles(db);
  const s = new GlocalService(
    db,
    { now: () => new Date('2026-03-02T10:00:00Z'), sendToTab: async () => ({ ok: true, data: {} }), broadcast: () => undefined, openPanel: async () => undefined },
    new TabStates(memoryKeyValue()),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (m: Record<string, unknown>) => s.handle(m, ui) as Promise<{ ok: boolean; data?: any; error?: string }>;
}

describe('notes through the protocol', () => {
  it('adds, lists by contact, edits and deletes a note', async () => {
    const send = await service();
    const added = await send({ type: 'addNote', scope: 'contact', key: 'Hans.Mueller@Firma.de', text: '  Prefers calls before 10.  ' });
    expect(added.ok, added.error).toBe(true);
    expect(added.data).toMatchObject({ scope: 'contact', key: 'hans.mueller@firma.de', text: 'Prefers calls before 10.' });
    await send({ type: 'addNote', scope: 'contact', key: 'someone@else.example', text: 'other' });
    const mine = await send({ type: 'listNotes', scope: 'contact', key: 'hans.mueller@firma.de' });
    expect(mine.data.map((x: { text: string }) => x.text)).toEqual(['Prefers calls before 10.']);
    expect((await send({ type: 'listNotes' })).data).toHaveLength(2);
    const edited = await send({ type: 'updateNote', id: added.data.id, text: 'Prefers calls after 10.' });
    expect(edited.data.text).toBe('Prefers calls after 10.');
    expect((await send({ type: 'deleteNote', id: added.data.id })).ok).toBe(true);
    expect((await send({ type: 'listNotes', scope: 'contact', key: 'hans.mueller@firma.de' })).data).toEqual([]);
  });
  it('refuses an empty note and a note from a content script', async () => {
    const send = await service();
    expect((await send({ type: 'addNote', scope: 'contact', key: 'a@b.example', text: '   ' })).ok).toBe(false);
    const db = openDb(`user-data-${process.pid}-content`);
    const s = new GlocalService(db, { now: () => new Date(), sendToTab: async () => ({ ok: true, data: {} }), broadcast: () => undefined, openPanel: async () => undefined }, new TabStates(memoryKeyValue()));
    const res = await s.handle({ type: 'listNotes' }, { kind: 'content', tabId: 3 });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted from a content context/) });
  });
});

describe('dimension CSV import through the protocol', () => {
  it('puts the organisation’s scores, with its source, over the shipped ones', async () => {
    const send = await service();
    const res = await send({ type: 'importDimensionCsv', csv: 'country;pdi;idv\nDE;41;70\nJP;55;\n', source: 'Acme licensed Hofstede Insights export', version: '2026-01' });
    expect(res.ok, res.error).toBe(true);
    expect(res.data).toEqual({ countries: ['DE', 'JP'], values: 3 });
    const de = (await send({ type: 'getProfile', country: 'DE' })).data;
    expect(de.dimensions.hofstede.pdi).toEqual({ value: 41, source: 'Acme licensed Hofstede Insights export', version: '2026-01', kind: 'measured' });
  });
  it('reports the first bad cell and changes nothing', async () => {
    const send = await service();
    const before = (await send({ type: 'getProfile', country: 'DE' })).data.dimensions.hofstede.pdi;
    const res = await send({ type: 'importDimensionCsv', csv: 'country,pdi\nDE,41\nFR,140\n', source: 'Acme data', version: '1' });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/row 3, column pdi: '140'/) });
    expect((await send({ type: 'getProfile', country: 'DE' })).data.dimensions.hofstede.pdi).toEqual(before);
  });
});
