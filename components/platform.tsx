/**
 * What the views need from their surroundings, injected through context: the API to the
 * background plus a few browser capabilities. The entrypoints pass the real ones
 * (browser-platform.ts); tests pass plain functions, so no component touches `browser.*`.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Api } from './api';
import type { Push, Settings } from '../lib/protocol';
import { dirOf, resolveLanguage, switchLanguage } from '../lib/i18n/index';

export interface Platform {
  api: Api;
  /** The tab whose drafts are shown: `?tabId=` in the URL, else the active tab, else null. */
  tabId(): Promise<number | null>;
  /** Subscribe to the background's `analysisUpdated` pushes, which carry the analysis itself
   * (`push`); returns the unsubscribe function. */
  onAnalysisUpdated(cb: (tabId: number | null, push?: Push) => void): () => void;
  /** Follow the active tab (the side panel stays open while the user switches tabs); absent when
   * the page was opened for a fixed tab (`?tabId=`). Returns the unsubscribe function. */
  onActiveTabChanged?(cb: (tabId: number) => void): () => void;
  openSidePanel?(tabId: number | null): Promise<void>;
  openOptions?(): void;
  /** Ask for host permissions (optional permissions); resolves to whether they were granted. */
  requestOrigins?(origins: string[]): Promise<boolean>;
  /** Ask for the optional `notifications` permission (only from a user's click). */
  requestNotifications?(): Promise<boolean>;
  removeOrigins?(origins: string[]): Promise<boolean>;
  /** Save a text file for the user (Markdown, JSON export). */
  download?(filename: string, text: string, type: string): void;
  print?(): void;
  /** The extension's session storage (in memory, never on disk): the popup's last state, and
   * the side panel tab the popup asks for. `take` reads and removes a key. */
  session?: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
    take(key: string): Promise<unknown>;
    /** Call `cb` whenever `key` is set; returns the unsubscribe function. */
    onSet?(key: string, cb: () => void): () => void;
  };
  /** Open the first-run welcome page (options page links to it). */
  openWelcome?(): void;
  now(): Date;
  /** The browser's preferred languages, most preferred first. */
  languages: readonly string[];
}

const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const p = useContext(PlatformContext);
  if (!p) throw new Error('usePlatform outside <AppRoot>');
  return p;
}

/** Apply the text direction, language and theme to the document root. */
export function applyDocument(doc: Document, lang: string, theme: Settings['theme'] | undefined): void {
  const root = doc.documentElement;
  root.lang = lang === 'zh' ? 'zh-CN' : lang;
  root.dir = dirOf(lang);
  if (theme && theme !== 'system') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * The providers every page shares. It follows `settings.uiLanguage` (else the browser's
 * languages) and `settings.theme` as soon as settings are known; until then the page renders in
 * the browser's language, so nothing waits on the background.
 */
export function AppRoot({ platform, i18n, settings, children }: { platform: Platform; i18n: I18n; settings: Settings | null; children: ReactNode }) {
  const lang = resolveLanguage(settings?.uiLanguage, platform.languages);
  const [, force] = useState(0);
  useEffect(() => {
    let live = true;
    void switchLanguage(i18n, lang).then(() => {
      if (!live) return;
      applyDocument(document, lang, settings?.theme);
      force((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [i18n, lang, settings?.theme]);
  return (
    <PlatformContext.Provider value={platform}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </PlatformContext.Provider>
  );
}
