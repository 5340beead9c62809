// @vitest-environment happy-dom
// Per-contact notes on the recipient card and in the options page, and the dimension CSV import,
// against a mock transport that keeps notes like the background does.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactNotes } from '../../components/ContactNotes';
import { RecipientCard } from '../../components/RecipientCard';
import { NotesSection } from '../../components/options/NotesSection';
import { DimensionImport } from '../../components/options/DimensionImport';
import { createApi, mockTransport } from '../../components/api';
import type { Note } from '../../components/user-data-api';
import { analysis, mockPlatform } from './fixtures';
import { byTestId, change, click, render, settle, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function withNotes(initial: Note[] = [], importAnswer?: (m: Record<string, unknown>) => unknown) {
  const notes = [...initial];
  let next = 1;
  const base = mockPlatform();
  const transport = mockTransport({
    listNotes: (m) => notes.filter((x) => (!m.scope || x.scope === m.scope) && (!m.key || x.key === m.key)),
    addNote: (m) => {
      const n: Note = { id: `n${next++}`, scope: m.scope as Note['scope'], key: String(m.key).toLowerCase(), text: String(m.text).trim(), createdAt: 1, updatedAt: Date.UTC(2026, 2, 3) };
      notes.push(n);
      return n;
    },
    updateNote: (m) => {
      const n = notes.find((x) => x.id === m.id)!;
      n.text = String(m.text);
      return n;
    },
    deleteNote: (m) => {
      notes.splice(notes.findIndex((x) => x.id === m.id), 1);
      return {};
    },
    importDimensionCsv: (m) => {
      if (!importAnswer) throw new Error('unexpected');
      return importAnswer(m);
    },
  });
  return { platform: { ...base.platform, api: createApi(transport) }, notes, transport };
}

async function open(details: Element | null) {
  await act(async () => {
    (details as HTMLDetailsElement).open = true;
    details!.dispatchEvent(new Event('toggle'));
  });
  await settle();
}

describe('notes on the recipient card', () => {
  it('loads only when opened, then adds, edits and deletes a contact note', async () => {
    const m = withNotes([{ id: 'x', scope: 'contact', key: 'someone@else.example', text: 'not mine', createdAt: 1, updatedAt: 1 }]);
    r = await render(<ContactNotes email="Hans.Mueller@Firma.de" />, m.platform);
    expect(m.transport.calls).toEqual([]);
    await open(r.container.querySelector('[data-testid="contact-notes"]'));
    expect(m.transport.calls[0]).toEqual({ type: 'listNotes', scope: 'contact', key: 'hans.mueller@firma.de' });
    expect(byTestId(r.container, 'note')).toHaveLength(0);

    await change(r.container.querySelector('[data-testid="note-new"]'), 'Prefers calls before 10.');
    await click(r.container.querySelector('[data-testid="note-add"]'));
    expect(m.notes.filter((n) => n.key === 'hans.mueller@firma.de').map((n) => n.text)).toEqual(['Prefers calls before 10.']);
    expect(byTestId(r.container, 'note-text').map((e) => e.textContent)).toEqual(['Prefers calls before 10.']);

    await click(r.container.querySelector('[data-testid="note-edit"]'));
    await change(r.container.querySelector('[data-testid="note-edit-text"]'), 'Prefers calls after 10.');
    await click(r.container.querySelector('[data-testid="note-save"]'));
    expect(byTestId(r.container, 'note-text').map((e) => e.textContent)).toEqual(['Prefers calls after 10.']);

    await click(r.container.querySelector('[data-testid="note-delete"]'));
    expect(byTestId(r.container, 'note')).toHaveLength(0);
    expect(m.notes.map((n) => n.id)).toEqual(['x']);
  });

  it('sits on every recipient card that has an address', async () => {
    const m = withNotes([{ id: 'x', scope: 'contact', key: analysis().recipients[0].email.toLowerCase(), text: 'Met in Osaka', createdAt: 1, updatedAt: 1 }]);
    const recipient = analysis().recipients[0];
    r = await render(<RecipientCard recipient={recipient} countries={[]} onCorrect={async () => undefined} now={() => new Date('2026-03-03T01:00:00Z')} />, m.platform);
    await open(r.container.querySelector('[data-testid="recipient-card"] [data-testid="contact-notes"]'));
    expect(byTestId(r.container, 'note-text').map((e) => e.textContent)).toEqual(['Met in Osaka']);
  });

  it('says so when a note cannot be saved, and keeps the draft', async () => {
    const base = mockPlatform();
    const transport = mockTransport({
      listNotes: () => [],
      addNote: () => {
        throw new Error('The browser has no storage space left for Glocal.');
      },
    });
    r = await render(<ContactNotes email="a@b.example" />, { ...base.platform, api: createApi(transport) });
    await open(r.container.querySelector('[data-testid="contact-notes"]'));
    await change(r.container.querySelector('[data-testid="note-new"]'), 'keep me');
    await click(r.container.querySelector('[data-testid="note-add"]'));
    expect(r.container.querySelector('[role="alert"]')?.textContent).toMatch(/no storage space/);
    expect((r.container.querySelector('[data-testid="note-new"]') as HTMLTextAreaElement).value).toBe('keep me');
  });
});

describe('notes in the options page', () => {
  it('lists every note with what it is about, and adds a domain note', async () => {
    const m = withNotes([{ id: 'x', scope: 'contact', key: 'sato@example.co.jp', text: 'Met in Osaka', createdAt: 1, updatedAt: 1 }]);
    r = await render(<NotesSection />, m.platform);
    const rows = byTestId(r.container, 'note-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('sato@example.co.jp');
    expect(rows[0].textContent).toContain('Met in Osaka');
    await change(r.container.querySelector('[data-testid="note-scope"]'), 'domain');
    await change(r.container.querySelector('[data-testid="note-key"]'), 'firma.de');
    await change(r.container.querySelector('[data-testid="note-text-input"]'), 'Invoices go to Frankfurt.');
    await click(r.container.querySelector('[data-testid="note-add"]'));
    expect(m.notes[1]).toMatchObject({ scope: 'domain', key: 'firma.de', text: 'Invoices go to Frankfurt.' });
    expect(byTestId(r.container, 'note-row')).toHaveLength(2);
  });
});

describe('dimension CSV import', () => {
  async function pick(container: HTMLElement, text: string, name = 'scores.csv') {
    const input = container.querySelector('[data-testid="dimension-file"]') as HTMLInputElement;
    const file = new File([text], name, { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
  }

  it('sends the file with the organisation’s source and shows what was imported', async () => {
    const m = withNotes([], () => ({ countries: ['DE', 'JP'], values: 3 }));
    r = await render(<DimensionImport />, m.platform);
    const run = r.container.querySelector('[data-testid="dimension-import-run"]') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    await pick(r.container, 'country;pdi;idv\nDE;41;70\nJP;55;\n');
    await change(r.container.querySelector('[data-testid="dimension-source"]'), 'Acme licensed Hofstede Insights export');
    await change(r.container.querySelector('[data-testid="dimension-version"]'), '2026-01');
    await click(run);
    expect(m.transport.calls.at(-1)).toEqual({
      type: 'importDimensionCsv',
      csv: 'country;pdi;idv\nDE;41;70\nJP;55;\n',
      source: 'Acme licensed Hofstede Insights export',
      version: '2026-01',
      kind: 'measured',
    });
    expect(r.container.querySelector('[data-testid="dimension-result"]')?.textContent).toBe('Imported 3 values for DE, JP.');
  });

  it('shows the background’s error naming the bad cell', async () => {
    const m = withNotes([], () => {
      throw new Error("row 3, column pdi: '140' is not a score from 0 to 100");
    });
    r = await render(<DimensionImport />, m.platform);
    await pick(r.container, 'country,pdi\nDE,41\nFR,140\n');
    await change(r.container.querySelector('[data-testid="dimension-source"]'), 'Acme data');
    await change(r.container.querySelector('[data-testid="dimension-version"]'), '1');
    await click(r.container.querySelector('[data-testid="dimension-import-run"]'));
    expect(r.container.querySelector('[data-testid="dimension-result"]')?.textContent).toMatch(/^Nothing was imported: row 3, column pdi: '140'/);
  });
});
