// @vitest-environment happy-dom
// The practice view against the real practice service on a fake IndexedDB: the messages go
// through the protocol's validation, as in the extension.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { PracticeView } from '../../components/practice/PracticeView';
import { createPracticeApi } from '../../components/practice/api';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import { parseRequest, type Result } from '../../lib/protocol';
import { handlePractice, type PracticeRequest } from '../../lib/practice/service';
import { listFocus } from '../../lib/db/practice';
import { mockPlatform } from '../ui/fixtures';
import { change, click, render, settle, type Rendered } from '../ui/render';

let r: Rendered | null = null;
let db: GlocalDb | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
  db?.close();
  db = null;
});

const NOW = new Date(2026, 2, 2, 10, 0);

function backend(d: GlocalDb) {
  const calls: string[] = [];
  const send = async (message: unknown): Promise<Result<unknown>> => {
    const p = parseRequest(message, 'ui');
    if (!p.ok) return p;
    calls.push(p.type);
    try {
      return { ok: true, data: await handlePractice(d, p.type as PracticeRequest, p.payload, NOW) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  return { api: createPracticeApi(send), calls };
}

const $ = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

describe('practice view', () => {
  it('adds a focus country, answers a question and shows the next due date change', async () => {
    db = openDb(`glocal-practice-view-${process.pid}`);
    const b = backend(db);
    const m = mockPlatform();
    r = await render(<PracticeView countries={[{ country: 'JP', name: 'Japan' }, { country: 'SA', name: 'Saudi Arabia' }]} api={b.api} />, m.platform);
    const root = $(r.container, 'practice')[0];
    expect(root.textContent).toContain('Add the countries you work with');
    expect($(root, 'question')).toHaveLength(0);

    await change($(root, 'focus-add-country')[0], 'SA');
    await click($(root, 'focus-add')[0]);
    await settle(10);
    expect(await listFocus(db)).toEqual([{ country: 'SA', count: 0, pinned: true, hidden: false }]);
    expect($(root, 'daily-card')[0].textContent).toContain('Saudi Arabia');
    const question = $(root, 'question')[0];
    expect(question.textContent).toContain('Question 1 of 5');
    const choices = $(question, 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(3);
    // Nothing in the page gives the answer away before it is chosen.
    expect(choices.every((c) => !c.dataset.state)).toBe(true);
    const before = $(root, 'next-due')[0].textContent;
    expect(before).toBe('none yet');

    await click(choices[0]);
    await settle(10);
    expect(b.calls).toContain('practiceAnswer');
    const feedback = $(root, 'feedback')[0];
    expect(feedback.textContent).toMatch(/Right\.|Not quite/);
    expect(feedback.textContent).toContain('This question comes back on');
    expect($(question, 'choice').filter((c) => c.dataset.state === 'correct')).toHaveLength(1);
    expect($(root, 'next-due')[0].textContent).not.toBe(before);
    expect($(root, 'coverage-row')[0].textContent).toContain('1 of');

    await click($(root, 'next-question')[0]);
    expect($(root, 'question')[0].textContent).toContain('Question 2 of 5');
  });

  it('turns the daily-card notification on at a chosen time (off by default)', async () => {
    db = openDb(`glocal-practice-view-n-${process.pid}`);
    const m = mockPlatform();
    r = await render(<PracticeView countries={[]} api={backend(db).api} />, m.platform);
    const box = $(r.container, 'daily-notification')[0];
    const [toggle, time] = [...box.querySelectorAll('input')];
    expect(toggle.checked).toBe(false);
    expect(time.disabled).toBe(true);
    await click(toggle);
    expect(m.getSettings().dailyCard).toBe(true);
    await change(time, '07:45');
    expect(m.getSettings().dailyCardTime).toBe('07:45');
  });
});
