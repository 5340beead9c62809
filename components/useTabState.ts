import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, Override, Suggestion } from '../lib/protocol';
import type { StateAnswer } from './api';
import type { Platform } from './platform';
import { dismissContact, ruleOf } from './logic';

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
    /** Apply edits one after the other, in the given order (a group is sent last first). */
    edit: async (a: Analysis, edits: Array<{ start: number; end: number; original: string; replacement: string }>) => {
      if (effectiveTab === null) throw new Error('no tab to apply to');
      for (const e of edits) await platform.api.apply({ tabId: effectiveTab, composeId: a.composeId, ...e });
    },
    /** "Not for this contact" stores a dismissal per fix; "Turn off this rule" a setting. */
    dismiss: async (a: Analysis, items: Suggestion[], how: 'contact' | 'rule') => {
      if (how === 'contact') {
        for (const s of items) await platform.api.dismiss(dismissContact(a), s.id);
        return;
      }
      const current = state?.settings.disabledRules ?? [];
      await platform.api.setSettings({ disabledRules: [...new Set([...current, ...items.map(ruleOf)])] });
    },
    writingFor: async (a: Analysis, country: string | null) => {
      if (effectiveTab === null) throw new Error('no tab');
      await platform.api.setWritingFor(effectiveTab, a.composeId, country);
      await refresh(tabId ?? null);
    },
    /** The draft's text (worker memory, never stored), for the sentence list; null when not held. */
    draftText: async (a: Analysis): Promise<string | null> => {
      if (effectiveTab === null) return null;
      const got = await platform.api.draftText(effectiveTab, a.composeId);
      return got ? got.body : null;
    },
    retry: () => refresh(tabId ?? null),
  };
  return { tabId: effectiveTab, loading: state === null && error === null, state, error, actions };
}
