import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, Override, Suggestion } from '../lib/protocol';
import type { StateAnswer } from './api';
import type { Platform } from './platform';
import { dismissContact } from './logic';

export { dismissContact } from './logic';

/**
 * The analyses of the shown tab, refetched whenever the background announces a new one. Returns
 * the actions the views need, already bound to the tab.
 */
export function useTabState(platform: Platform) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<StateAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The state last rendered, for the push handler (which must not wait for a render). */
  const shownRef = useRef<StateAnswer | null>(null);
  shownRef.current = state;

  // Only the latest request may set the state: after a tab switch, a slow answer for the previous
  // tab must not overwrite the new one.
  const latest = useRef(0);
  const refresh = useCallback(
    async (id: number | null) => {
      const seq = ++latest.current;
      try {
        const s = await platform.api.getState(id);
        if (seq !== latest.current) return;
        setState(s);
        setError(null);
      } catch (e) {
        if (seq === latest.current) setError((e as Error).message);
      }
    },
    [platform],
  );

  useEffect(() => {
    let live = true;
    void platform.tabId().then((id) => {
      if (!live) return;
      setTabId(id);
      void refresh(id);
    });
    return () => {
      live = false;
    };
  }, [platform, refresh]);

  useEffect(() => {
    if (!platform.onActiveTabChanged) return;
    return platform.onActiveTabChanged((id) => {
      setTabId(id);
      void refresh(id);
    });
  }, [platform, refresh]);

  useEffect(() => {
    if (tabId === undefined) return;
    return platform.onAnalysisUpdated((updated, push) => {
      if (!(tabId === null || updated === null || updated === tabId)) return;
      // The push carries the analysis: use it, without asking the background again.
      const shown = shownRef.current;
      if (push && updated !== null && shown && (shown.tabId === null || shown.tabId === updated)) {
        setState((s) => {
          if (!s) return s;
          const rest = s.analyses.filter((a) => a.composeId !== push.composeId);
          const analyses = push.analysis ? [push.analysis, ...rest].sort((a, b) => b.at - a.at) : rest;
          return { ...s, tabId: updated, analyses };
        });
        return;
      }
      void refresh(tabId);
    });
  }, [platform, tabId, refresh]);

  const effectiveTab = state?.tabId ?? tabId ?? null;
  const actions = {
    correct: async (o: Override) => {
      await platform.api.setOverride(o);
      await refresh(tabId ?? null);
    },
    apply: async (a: Analysis, s: Suggestion) => {
      if (effectiveTab === null || s.replacement === undefined) throw new Error('no tab to apply to');
      await platform.api.apply({ tabId: effectiveTab, composeId: a.composeId, start: s.start, end: s.end, original: s.original ?? '', replacement: s.replacement });
    },
    dismiss: async (a: Analysis, s: Suggestion) => {
      await platform.api.dismiss(dismissContact(a), s.id);
    },
    retry: () => refresh(tabId ?? null),
  };
  return { tabId: effectiveTab, loading: state === null && error === null, state, error, actions };
}
