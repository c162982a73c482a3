/** @vitest-environment happy-dom */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A change stored while the review page opens (after its opening asks, before its first render)
// is not missed (issue #19): the page asks again once mounted and shows the change.

let decided = 0;
vi.mock('../../../lib/ui/ask', () => ({
  ask: vi.fn(async (m: { type: string }) => {
    if (m.type === 'getSession')
      return {
        ok: true,
        data: { decisions: Array.from({ length: decided }, () => ({})), changes: [], previous: null, diff: null },
      };
    if (m.type === 'getStatus') return { ok: true, data: { account: null } };
    return { ok: true, data: null };
  }),
}));
vi.mock('../../../lib/ui/page-language', () => ({ applyLanguage: async () => undefined }));

const { askReview, useReview } = await import('../../../lib/ui/use-review');

function Page({ started }: { started: ReturnType<typeof askReview> }) {
  const [data] = useReview(started);
  return <p>{data ? `${data.session.decisions.length} decided` : 'loading'}</p>;
}

beforeEach(() => (fakeBrowser.reset(), (decided = 0)));
afterEach(cleanup);

describe('a change while the review page opens', () => {
  it('is asked again once the page is mounted', async () => {
    const started = askReview();
    await started;
    decided = 1; // a decision stored from another tab, told on the live channel before the page listens
    const message = { type: 'sar:changed', topics: ['session'] };
    const heard = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });
    expect(heard.length).toBeGreaterThan(0); // the opening asks' listener heard it
    render(<Page started={started} />);
    await waitFor(() => expect(screen.getByText('1 decided')).toBeTruthy(), { timeout: 5000 });
  });
});
