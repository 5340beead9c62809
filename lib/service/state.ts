/**
 * The latest analysis of each open compose window, by tab. MV3 stops idle service workers, so the
 * analyses live in a `KeyValue` store (browser.storage.session in the extension, a Map in tests)
 * and are read back after a restart; the in-memory copy is only a cache.
 *
 * What is stored (SECURITY.md, "What is kept"): per tab, the last analysis of each open compose
 * and the frame it came from. The drafts themselves (snapshots) are kept in this worker's memory
 * only; after a restart the background asks the tab to send them again (`resend`). Everything of
 * a tab is dropped when the tab closes.
 */
import type { Analysis, ComposeSnapshot } from '../protocol';
import { overrideKey } from '../sites/badge-state';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface TabState {
  /** composeId → analysis */
  analyses: Record<string, Analysis>;
  /** composeId → the frame whose content script sent it (analyses and Apply go only there). */
  frames?: Record<string, number>;
  updatedAt: number;
}

interface AllState {
  tabs: Record<string, TabState>;
  lastTab: number | null;
  /** `tabId:composeId` → the country whose norms the user chose to write for. */
  writingFor?: Record<string, string>;
  /** Written by older versions (full drafts); removed on first load. */
  snapshots?: unknown;
}

export interface HeldSnapshot {
  tabId: number;
  frameId: number;
  snapshot: ComposeSnapshot;
}

const KEY = 'glocal:tabs';
/** Keep the stored state small: old tabs and composes fall out first. */
const MAX_TABS = 20;
const MAX_COMPOSES_PER_TAB = 10;
const MAX_SNAPSHOTS = 20;

/** A KeyValue over a browser storage area (`storage.session`: survives a worker restart, not a browser restart). */
export function storageKeyValue(area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }): KeyValue {
  return {
    async get(key) {
      return (await area.get(key))[key];
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
  };
}

export function memoryKeyValue(): KeyValue {
  const m = new Map<string, unknown>();
  return {
    async get(k) {
      return m.get(k);
    },
    async set(k, v) {
      m.set(k, structuredClone(v));
    },
  };
}

export class TabStates {
  private cache: AllState | null = null;
  /** The newest snapshot of each open compose: this worker's memory only, never stored. */
  private held = new Map<string, HeldSnapshot>();
  /** Writes are chained so two quick snapshots never overwrite each other's tab. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: KeyValue) {}

  private async load(): Promise<AllState> {
    if (this.cache) return this.cache;
    const raw = (await this.store.get(KEY)) as AllState | undefined;
    this.cache = raw && typeof raw === 'object' && raw.tabs ? raw : { tabs: {}, lastTab: null };
    if (this.cache.snapshots !== undefined) {
      // Drafts stored by an older version: drop them.
      delete this.cache.snapshots;
      await this.store.set(KEY, this.cache);
    }
    return this.cache;
  }

  private mutate(fn: (s: AllState) => void): Promise<void> {
    const next = this.queue.then(async () => {
      const s = await this.load();
      fn(s);
      await this.store.set(KEY, s);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  put(tabId: number, analysis: Analysis, frameId = 0): Promise<void> {
    return this.mutate((s) => {
      const tab = (s.tabs[tabId] ??= { analyses: {}, updatedAt: 0 });
      tab.analyses[analysis.composeId] = analysis;
      (tab.frames ??= {})[analysis.composeId] = frameId;
      tab.updatedAt = analysis.at;
      const ids = Object.keys(tab.analyses);
      if (ids.length > MAX_COMPOSES_PER_TAB) {
        ids
          .sort((a, b) => tab.analyses[a].at - tab.analyses[b].at)
          .slice(0, ids.length - MAX_COMPOSES_PER_TAB)
          .forEach((id) => {
            delete tab.analyses[id];
            delete tab.frames?.[id];
          });
      }
      s.lastTab = tabId;
      const tabs = Object.keys(s.tabs);
      if (tabs.length > MAX_TABS) {
        tabs
          .sort((a, b) => s.tabs[a].updatedAt - s.tabs[b].updatedAt)
          .slice(0, tabs.length - MAX_TABS)
          .forEach((t) => delete s.tabs[t]);
      }
    });
  }

  removeCompose(tabId: number, composeId: string): Promise<void> {
    this.held.delete(`${tabId}:${composeId}`);
    return this.mutate((s) => {
      delete s.tabs[tabId]?.analyses[composeId];
      delete s.tabs[tabId]?.frames?.[composeId];
      delete s.writingFor?.[`${tabId}:${composeId}`];
    });
  }

  /** Follow `country`'s norms for one compose (null: back to the strictest reader). */
  setWritingFor(tabId: number, composeId: string, country: string | null): Promise<void> {
    return this.mutate((s) => {
      const all = (s.writingFor ??= {});
      if (country) all[`${tabId}:${composeId}`] = country;
      else delete all[`${tabId}:${composeId}`];
    });
  }

  async writingFor(tabId: number, composeId: string): Promise<string | null> {
    await this.queue;
    return (await this.load()).writingFor?.[`${tabId}:${composeId}`] ?? null;
  }

  removeTab(tabId: number): Promise<void> {
    for (const [k, h] of this.held) if (h.tabId === tabId) this.held.delete(k);
    return this.mutate((s) => {
      delete s.tabs[tabId];
      if (s.lastTab === tabId) s.lastTab = null;
    });
  }

  /** Remember the newest snapshot of a compose, in memory only (the oldest fall out). */
  putSnapshot(tabId: number, snapshot: ComposeSnapshot, frameId = 0): void {
    const key = `${tabId}:${snapshot.composeId}`;
    this.held.delete(key);
    this.held.set(key, { tabId, frameId, snapshot });
    while (this.held.size > MAX_SNAPSHOTS) this.held.delete(this.held.keys().next().value as string);
  }

  /** The snapshots this worker holds (none right after a restart). */
  snapshots(): HeldSnapshot[] {
    return [...this.held.values()];
  }

  /** The held snapshot of one compose, if this worker holds it. */
  heldSnapshot(tabId: number, composeId: string): HeldSnapshot | undefined {
    return this.held.get(`${tabId}:${composeId}`);
  }

  /** Tabs with a stored analysis whose drafts this worker does not hold (after a restart). */
  async tabsWithoutSnapshots(): Promise<number[]> {
    await this.queue;
    const held = new Set([...this.held.values()].map((h) => h.tabId));
    return Object.keys((await this.load()).tabs)
      .map(Number)
      .filter((t) => !held.has(t));
  }

  /**
   * The override keys (address, or `name:<name>`) of the recipients a tab shows now: from the
   * snapshots this worker holds, else (after a restart) from the tab's stored analyses.
   */
  async recipientKeys(tabId: number): Promise<Set<string>> {
    const keys = new Set<string>();
    const add = (r: { email?: string; name?: string }) => {
      const k = overrideKey({ email: r.email ?? '', name: r.name });
      if (k) keys.add(k);
    };
    const held = [...this.held.values()].filter((h) => h.tabId === tabId);
    if (held.length) {
      for (const h of held) h.snapshot.recipients.forEach(add);
      return keys;
    }
    await this.queue;
    for (const a of Object.values((await this.load()).tabs[tabId]?.analyses ?? {})) a.recipients.forEach(add);
    return keys;
  }

  /** The frame a compose's snapshots came from (0, the top frame, when unknown). */
  async frameOf(tabId: number, composeId: string): Promise<number> {
    const h = this.held.get(`${tabId}:${composeId}`);
    if (h) return h.frameId;
    await this.queue;
    return (await this.load()).tabs[tabId]?.frames?.[composeId] ?? 0;
  }

  /** Analyses of one tab, newest first; `null` means the most recently active tab. */
  async get(tabId: number | null): Promise<{ tabId: number | null; analyses: Analysis[] }> {
    await this.queue;
    const s = await this.load();
    const id = tabId ?? s.lastTab;
    const tab = id === null ? undefined : s.tabs[id];
    const analyses = tab ? Object.values(tab.analyses).sort((a, b) => b.at - a.at) : [];
    return { tabId: id, analyses };
  }

  async find(tabId: number, composeId: string): Promise<Analysis | undefined> {
    await this.queue;
    return (await this.load()).tabs[tabId]?.analyses[composeId];
  }
}
