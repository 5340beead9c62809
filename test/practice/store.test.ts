/** The focus list and review state in Dexie, the practice requests, and export/import of progress. */
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import { exportUserData, importUserData } from '../../lib/db/transfer';
import { focusCountries, listFocus, loadStates, recordSeen, setFocus } from '../../lib/db/practice';
import { handlePractice, practiceAnswer, practiceProgress, practiceToday } from '../../lib/practice/service';
import { questionById } from '../../lib/practice/questions';
import { putProfilePatch } from '../../lib/db/repo';

let n = 0;
const opened: GlocalDb[] = [];
function fresh(): GlocalDb {
  const db = openDb(`glocal-practice-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const NOW = new Date(2026, 2, 2, 10, 0);

describe('focus list', () => {
  it('counts countries written to, once per draft, and stores nothing but counts', async () => {
    const db = fresh();
    await recordSeen(db, ['JP', 'JP', 'DE'], 'tab1:c1');
    await recordSeen(db, ['JP', 'DE'], 'tab1:c1'); // the same draft re-analysed
    await recordSeen(db, ['JP', 'not-a-code', ''], 'tab1:c2');
    await recordSeen(db, ['BR']);
    const rows = await listFocus(db);
    expect(rows).toEqual([
      { country: 'JP', count: 2, pinned: false, hidden: false },
      { country: 'BR', count: 1, pinned: false, hidden: false },
      { country: 'DE', count: 1, pinned: false, hidden: false },
    ]);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['count', 'country', 'hidden', 'pinned']);
  });

  it('can be edited: pin (adding a country never written to), hide, remove', async () => {
    const db = fresh();
    await recordSeen(db, ['JP', 'DE']);
    await recordSeen(db, ['JP']);
    await setFocus(db, { country: 'SA', pinned: true });
    expect(await focusCountries(db)).toEqual(['SA', 'JP', 'DE']);
    await setFocus(db, { country: 'JP', hidden: true });
    expect(await focusCountries(db)).toEqual(['SA', 'DE']);
    await setFocus(db, { country: 'DE', remove: true });
    expect(await focusCountries(db)).toEqual(['SA']);
    // Hidden stays hidden when it is written to again.
    await recordSeen(db, ['JP']);
    expect(await focusCountries(db)).toEqual(['SA']);
    await expect(setFocus(db, { country: 'japan' })).rejects.toThrow(/country code/);
  });
});

describe('practice requests', () => {
  it('today → answer → the question’s next due date moves, progress updates', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: { homeCountry: 'DE' } as never });
    expect((await practiceToday(db, NOW)).session).toEqual([]); // no focus country yet
    await setFocus(db, { country: 'JP', pinned: true });
    const today = await practiceToday(db, NOW);
    expect(today.home).toBe('DE');
    expect(today.card?.country).toBe('JP');
    expect(today.session.length).toBe(5);
    expect(today.progress).toMatchObject({ nextDue: null, streak: 0, retention: null });
    // The UI never gets the keyed answer.
    expect(JSON.stringify(today.session)).not.toMatch(/"answer"|"key"/);

    const first = today.session[0];
    const q = questionById(first.id, NOW.getFullYear())!;
    const right = await practiceAnswer(db, first.id, q.answer, NOW);
    expect(right.correct).toBe(true);
    expect(right.nextDue).toBeGreaterThan(NOW.getTime());
    expect(right.explanation).toBe(q.explanation);
    expect(right.progress).toMatchObject({ nextDue: right.nextDue, streak: 1, retention: 1, practisedToday: true });

    const second = today.session[1];
    const q2 = questionById(second.id, NOW.getFullYear())!;
    const wrong = await practiceAnswer(db, second.id, (q2.answer + 1) % q2.choices.length, NOW);
    expect(wrong.correct).toBe(false);
    expect(wrong.answer).toBe(q2.answer);
    expect(wrong.nextDue).toBeLessThanOrEqual(right.nextDue);
    expect(wrong.progress.retention).toBeCloseTo(0.5);

    // Two of today's five new questions are answered: the rest of today's session remains.
    const later = await practiceToday(db, new Date(NOW.getTime() + 60_000));
    expect(later.session.map((s) => s.id)).toEqual(today.session.slice(2).map((s) => s.id));
    expect((await practiceToday(db, NOW, true)).session.length).toBe(10);
    const cov = (await practiceProgress(db, NOW)).coverage[0];
    expect(cov).toMatchObject({ country: 'JP', seen: 2, known: 1 });
  });

  it('asks from the user’s edited profile, not only the shipped one', async () => {
    const db = fresh();
    await setFocus(db, { country: 'JP', pinned: true });
    const shipped = questionById('JP:decisions', 2026)!;
    expect(shipped.choices[shipped.answer].key).toBe('consensual');
    // The user's own Tokyo experience says decisions come from the top.
    await putProfilePatch(db, 'JP', { norms: { decisions: { value: { style: 'top-down', text: 'Our partner decides at the top.' }, source: 'our Tokyo office', version: '2026', kind: 'curated' } } });
    const all = await practiceToday(db, NOW, true);
    expect(all.session.length).toBeGreaterThan(0);
    const edited = questionById('JP:decisions', 2026, () => null);
    expect(edited).toBeNull(); // a resolver without JP has nothing to ask
    const res = await practiceAnswer(db, 'JP:decisions', shipped.answer, NOW);
    expect(res.correct).toBe(false);
    expect(shipped.choices[res.answer].key).toBe('top-down');
    expect(res.explanation).toContain('Our partner decides at the top.');
  });

  it('rejects unknown questions and options', async () => {
    const db = fresh();
    await expect(practiceAnswer(db, 'JP:nonsense', 0, NOW)).rejects.toThrow(/no longer/);
    await expect(practiceAnswer(db, 'JP:trust', 9, NOW)).rejects.toThrow(/option/);
    expect(await db.learning.count()).toBe(0);
  });

  it('dispatches by request type', async () => {
    const db = fresh();
    expect(await handlePractice(db, 'setFocus', { country: 'NL', pinned: true }, NOW)).toEqual([{ country: 'NL', count: 0, pinned: true, hidden: false }]);
    expect(await handlePractice(db, 'practiceProgress', {}, NOW)).toMatchObject({ coverage: [{ country: 'NL', seen: 0 }] });
  });
});

describe('export and import of progress', () => {
  it('round-trips the focus list and every review state through the user-data export', async () => {
    const db = fresh();
    await recordSeen(db, ['JP', 'SA']);
    await setFocus(db, { country: 'NL', pinned: true });
    await setFocus(db, { country: 'SA', hidden: true });
    const today = await practiceToday(db, NOW);
    for (const [i, s] of today.session.entries()) await practiceAnswer(db, s.id, i % 2, NOW);
    const before = { focus: await listFocus(db), states: await loadStates(db), progress: await practiceProgress(db, NOW) };
    expect(before.states.size).toBe(today.session.length);

    const json = await exportUserData(db);
    const other = fresh();
    const res = await importUserData(other, json);
    expect(res.ok).toBe(true);
    expect(await listFocus(other)).toEqual(before.focus);
    expect(await loadStates(other)).toEqual(before.states);
    expect(await practiceProgress(other, NOW)).toEqual(before.progress);
    // And the imported states keep scheduling: answering again moves the due date.
    const id = today.session[0].id;
    const again = await practiceAnswer(other, id, questionById(id, 2026)!.answer, new Date(before.states.get(id)!.fsrs.due));
    expect(again.nextDue).toBeGreaterThan(before.states.get(id)!.fsrs.due);
  });
});
