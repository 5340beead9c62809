/**
 * Mounting a page: the frame renders immediately in the browser's language (English is bundled,
 * other languages load in the same tick from the extension), and switches to the user's chosen
 * language and theme as soon as settings arrive.
 */
import { StrictMode, useCallback, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Settings } from '../lib/protocol';
import { createI18n, resolveLanguage } from '../lib/i18n/index';
import { AppRoot, applyDocument, type Platform } from './platform';

export function mount(el: HTMLElement, platform: Platform, App: ComponentType<{ onSettings?: (s: Settings) => void }>) {
  const i18n = createI18n('en');
  applyDocument(document, resolveLanguage(null, platform.languages), 'system');
  function Root() {
    const [settings, setSettings] = useState<Settings | null>(null);
    const onSettings = useCallback((s: Settings) => setSettings((old) => (old && old.uiLanguage === s.uiLanguage && old.theme === s.theme ? old : s)), []);
    return (
      <AppRoot platform={platform} i18n={i18n} settings={settings}>
        <App onSettings={onSettings} />
      </AppRoot>
    );
  }
  createRoot(el).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
