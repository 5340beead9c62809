/** Rendering React trees into happy-dom without a testing library: createRoot plus act. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createI18n } from '../../lib/i18n/index';
import { AppRoot, type Platform } from '../../components/platform';
import type { Settings } from '../../lib/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

/** Render inside the app's providers and let pending promises (the mock API) settle. */
export async function render(node: ReactNode, platform: Platform, settings: Settings | null = null): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const i18n = createI18n('en');
  await act(async () => {
    root.render(
      <AppRoot platform={platform} i18n={i18n} settings={settings}>
        {node}
      </AppRoot>,
    );
  });
  await settle();
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Let several rounds of promises and effects run. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

/** Set a <select>'s or <input>'s value the way React notices, and fire change. */
export async function change(el: Element | null | undefined, value: string): Promise<void> {
  if (!el) throw new Error('nothing to change');
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
  await settle();
}

export const byTestId = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
