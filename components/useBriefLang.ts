import { useEffect, useState } from 'react';
import { briefLang, briefLangLoaded, loadBriefLang } from '../lib/brief/messages';

/**
 * The brief-message language for the UI language: loads its bundle on demand (a separate chunk)
 * and re-renders once it is there; English is shown meanwhile.
 */
export function useBriefLang(uiLanguage: string): string {
  const want = briefLang(uiLanguage);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (briefLangLoaded(want)) return;
    let live = true;
    loadBriefLang(want).then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [want]);
  return briefLangLoaded(want) ? want : 'en';
}
