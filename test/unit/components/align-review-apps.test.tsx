/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { emptySession, fakeActions } from './review-fakes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, daysAgo, NOW, person, snapshot } from '../rules/builders';

afterEach(cleanup);

// The review page's "align the review apps with their parent": one click records a removal or a
// downgrade for each review-app finding; the plan is then previewed and confirmed as usual.

const actions = () => fakeActions();
const session = emptySession;
const reviewed = review(
  snapshot(
    [app('shop'), app('shop-pr1', { parentAppName: 'shop', createdAt: daysAgo(2) })],
    [
      person('shop', 'hugo@acme.example', { role: 'limited' }),
      person('shop-pr1', 'hugo@acme.example'),
      person('shop-pr1', 'ines@acme.example'),
    ],
  ),
  parsePolicy({}),
  [],
  NOW,
);
const button = () => screen.queryByRole('button', { name: /Align the review apps with their parent/ });

describe('align the review apps', () => {
  it('records a downgrade and a removal on the review app in one click', async () => {
    const a = actions();
    render(<ReviewPage review={reviewed} session={session} allowChanges scannedAt={null} actions={a} />);
    expect(button()!.textContent).toBe('Align the review apps with their parent (2)');
    fireEvent.click(button()!);
    // One batch, saved all or none.
    await waitFor(() => expect(a.decideMany).toHaveBeenCalledTimes(1));
    const calls = vi.mocked(a.decideMany).mock.calls[0]![0].map((d) => [d.findingId.split(':')[2], d.kind]);
    expect(calls.sort()).toEqual([
      ['c-shop-pr1-hugo@acme.example', 'downgrade'],
      ['c-shop-pr1-ines@acme.example', 'revoke'],
    ]);
  });

  it('is not offered while changes are off', () => {
    render(
      <ReviewPage review={reviewed} session={session} allowChanges={false} scannedAt={null} actions={actions()} />,
    );
    expect(button()).toBeNull();
  });
});
