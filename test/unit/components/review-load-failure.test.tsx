/** @vitest-environment happy-dom */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewLoading } from '../../../components/review/ReviewLoading';
import { ReviewPage, type ReviewActions } from '../../../components/review/ReviewPage';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { reviewHead } from '../../../lib/review/review-head';
import { app, NOW, person, snapshot } from '../rules/builders';

// Issue #19: the whole review failing to load after the first screen does not read "No scan yet":
// the error is shown, and the first screen's rows stay, marked as all that could be loaded.

const people = Array.from({ length: 80 }, (_, i) =>
  person('web', `dev${String(i).padStart(3, '0')}@gmail.com`, { tfa: false, username: `dev-${i}` }),
);
const s = snapshot([app('web')], people);
const head = reviewHead(review(s, parsePolicy({}), [], NOW), s.assignments);

vi.mock('../../../lib/ui/ask', () => ({
  ask: vi.fn(async (m: { type: string }) => {
    if (m.type === 'getReviewHead') return { ok: true, data: head };
    // The whole review, asked packed with the first screen, or plain.
    if (m.type === 'getReviewPacked' || m.type === 'getReview')
      return { ok: false, message: 'The worker stopped reading' };
    if (m.type === 'getSession') return { ok: true, data: { decisions: [], changes: [], previous: null, diff: null } };
    if (m.type === 'getStatus') return { ok: true, data: { account: null } };
    return { ok: true, data: null };
  }),
}));
vi.mock('../../../lib/ui/page-language', () => ({ applyLanguage: async () => undefined }));

const { askReview, useReview } = await import('../../../lib/ui/use-review');

/** As entrypoints/review/main.tsx picks the first screen or the whole page. */
function Page({ started }: { started: ReturnType<typeof askReview> }) {
  const [data] = useReview(started);
  if (!data) return <p>opening</p>;
  return data.review && data.more ? (
    <ReviewLoading
      review={data.review}
      more={data.more}
      usernames={data.usernames ?? []}
      decisions={[]}
      scannedAt={null}
      error={data.error}
      failed={data.failed}
    />
  ) : (
    <ReviewPage
      review={data.review}
      session={data.session}
      allowChanges={false}
      scannedAt={null}
      actions={{} as ReviewActions}
      loadError={data.error}
    />
  );
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the whole review failing after the first screen', () => {
  it('shows the error and keeps the first rows, marked as all that loaded', async () => {
    render(<Page started={askReview(true)} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The worker stopped reading'));
    expect(screen.queryByText(/No scan yet/)).toBeNull();
    const rows = screen.getByTestId('finding-table').querySelectorAll('tbody tr[data-finding]');
    expect(rows.length).toBeGreaterThan(0); // the first screen's rows (drawn a window at a time)
    expect(screen.getByTestId('loading-more').textContent).toBe(
      `Showing the first ${head.findings.length} findings; the rest could not be loaded.`,
    );
    expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
  });

  it('shows a load error on the whole page rather than "No scan yet"', () => {
    render(
      <ReviewPage
        review={null}
        session={{ decisions: [], changes: [], previous: null, diff: null }}
        allowChanges={false}
        scannedAt={null}
        actions={{} as ReviewActions}
        loadError="The worker stopped reading"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('The worker stopped reading');
    expect(screen.queryByText(/No scan yet/)).toBeNull();
  });
});
