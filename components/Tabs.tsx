import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

/**
 * An ARIA tab list: one tab in the Tab order, arrows / Home / End move between tabs and show
 * them at once. Panels render only once visited, then stay mounted (hidden) so their state
 * survives switching back.
 */
export function Tabs<K extends string>({ tabs, current, onSelect, label, visited, render, end }: {
  tabs: TabDef<K>[];
  current: K;
  onSelect(k: K): void;
  label: string;
  visited: ReadonlySet<K>;
  render(k: K): ReactNode;
  /** Extra controls at the end of the tab row (outside the tab list). */
  end?: ReactNode;
}) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.key === current);
    const rtl = document.documentElement.dir === 'rtl';
    const step = e.key === 'ArrowRight' ? (rtl ? -1 : 1) : e.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    let next: number | null = null;
    if (step) next = (i + step + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    e.preventDefault();
    onSelect(tabs[next].key);
    refs.current.get(tabs[next].key)?.focus();
  };
  return (
    <>
      <div className="tabbar no-print">
        <div role="tablist" aria-label={label} onKeyDown={onKey}>
          {tabs.map((t) => (
            <button
              key={t.key}
              type="button"
              role="tab"
              id={`${id}-tab-${t.key}`}
              aria-selected={t.key === current}
              aria-controls={`${id}-panel-${t.key}`}
              tabIndex={t.key === current ? 0 : -1}
              data-testid={`tab-${t.key}`}
              ref={(el) => {
                if (el) refs.current.set(t.key, el);
              }}
              onClick={() => onSelect(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {end}
      </div>
      {tabs.map((t) =>
        visited.has(t.key) || t.key === current ? (
          <div key={t.key} role="tabpanel" id={`${id}-panel-${t.key}`} aria-labelledby={`${id}-tab-${t.key}`} hidden={t.key !== current} className="tabpanel" data-testid={`panel-${t.key}`}>
            {render(t.key)}
          </div>
        ) : null,
      )}
    </>
  );
}
