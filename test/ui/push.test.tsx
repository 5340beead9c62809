// @vitest-environment happy-dom
/**
 * Push, don't ping: the background's `analysisUpdated` carries the analysis, and the views use it
 * without asking for the state again (one message per update instead of three).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useTabState } from '../../components/useTabState';
import { usePlatform } from '../../components/platform';
import { analysis, mockPlatform } from './fixtures';
import { render, type Rendered } from './render';

function Probe() {
  const s = useTabState(usePlatform());
  return <p data-testid="ids">{s.state?.analyses.map((a) => `${a.composeId}:${a.suggestions.length}`).join(',') ?? 'loading'}</p>;
}

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});
const flush = () => new Promise((done) => setTimeout(done, 20));

describe('pushed analyses', () => {
  it('update the view without a getState round trip', async () => {
    const first = analysis({ composeId: 'c1', at: 1 });
    const m = mockPlatform({ analyses: [first], tabId: 7 });
    r = await render(<Probe />, m.platform);
    await flush();
    const asked = () => m.transport.calls.filter((c) => c.type === 'getState').length;
    expect(asked()).toBe(1);
    const next = analysis({ composeId: 'c1', at: 2, suggestions: [] });
    m.emit(7, { type: 'analysisUpdated', tabId: 7, composeId: 'c1', analysis: next });
    await flush();
    expect(r.container.querySelector('[data-testid="ids"]')?.textContent).toBe('c1:0');
    // A second compose, then the first one closing.
    m.emit(7, { type: 'analysisUpdated', tabId: 7, composeId: 'c2', analysis: analysis({ composeId: 'c2', at: 3 }) });
    m.emit(7, { type: 'analysisUpdated', tabId: 7, composeId: 'c1', analysis: null });
    await flush();
    expect(r.container.querySelector('[data-testid="ids"]')?.textContent).toMatch(/^c2:/);
    expect(asked()).toBe(1);
    // Another tab's push is not shown; a bare announcement still refetches.
    m.emit(8, { type: 'analysisUpdated', tabId: 8, composeId: 'x', analysis: analysis({ composeId: 'x', at: 4 }) });
    m.emit(7);
    await flush();
    expect(asked()).toBe(2);
  });
});
