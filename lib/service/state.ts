/**
 * The latest analysis of each open compose window, by tab. MV3 stops idle service workers, so the
 * state lives in a `KeyValue` store (browser.storage.session in the extension, a Map in tests)
 * and is read back after a restart; the in-memory copy is only a cache.
 */
import type { Analysis, ComposeSnapshot } from '../protocol';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface TabState {
  /** composeId → analysis */
  analyses: Record<string, Analysis>;
  updatedAt: number;
}

interface AllState {
  tabs: Record<string, TabState>;
  lastTab: number | null;
  /** The last snapshot of the most recent composes, so a correction made after a worker restart
   * can re-run their analysis. storage.session is in memory only: it never reaches the disk. */
  snapshots?: { key: string; tabId: number; snapshot: ComposeSnapshot }[];
  /** `tabId:composeId` → the country whose norms the user chose to write for. */
  writingFor?: Record<string, string>;
}

const KEY = 'glocal:tabs';
/** Keep the stored state small: old tabs and composes fall out first. */
const MAX_TABS = 20;
const MAX_COMPOSES_PER_TAB = 10;
const MAX_SNAPSHOTS = 8;

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
  /** Writes are chained so two quick snapshots never overwrite each other's tab. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: KeyValue) {}

  private async load(): Promise<AllState> {
    if (this.cache) return this.cache;
    const raw = (await this.store.get(KEY)) as AllState | undefined;
    this.cache = raw && typeof raw === 'object' && raw.tabs ? raw : { tabs: {}, lastTab: null };
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

  put(tabId: number, analysis: Analysis): Promise<void> {
    return this.mutate((s) => {
      const tab = (s.tabs[tabId] ??= { analyses: {}, updatedAt: 0 });
      tab.analyses[analysis.composeId] = analysis;
      tab.updatedAt = analysis.at;
      const ids = Object.keys(tab.analyses);
      if (ids.length > MAX_COMPOSES_PER_TAB) {
        ids
          .sort((a, b) => tab.analyses[a].at - tab.analyses[b].at)
          .slice(0, ids.length - MAX_COMPOSES_PER_TAB)
          .forEach((id) => delete tab.analyses[id]);
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
    return this.mutate((s) => {
      delete s.tabs[tabId]?.analyses[composeId];
      delete s.writingFor?.[`${tabId}:${composeId}`];
      s.snapshots = (s.snapshots ?? []).filter((x) => x.key !== `${tabId}:${composeId}`);
    });
  }

  removeTab(tabId: number): Promise<void> {
    return this.mutate((s) => {
      delete s.tabs[tabId];
      if (s.lastTab === tabId) s.lastTab = null;
      s.snapshots = (s.snapshots ?? []).filter((x) => x.tabId !== tabId);
    });
  }

  /** Remember the newest snapshot of a compose (the oldest fall out). */
  putSnapshot(tabId: number, snapshot: ComposeSnapshot): Promise<void> {
    const key = `${tabId}:${snapshot.composeId}`;
    return this.mutate((s) => {
      const rest = (s.snapshots ?? []).filter((x) => x.key !== key);
      s.snapshots = [...rest, { key, tabId, snapshot }].slice(-MAX_SNAPSHOTS);
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

  async snapshots(): Promise<{ tabId: number; snapshot: ComposeSnapshot }[]> {
    await this.queue;
    return ((await this.load()).snapshots ?? []).map(({ tabId, snapshot }) => ({ tabId, snapshot }));
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
