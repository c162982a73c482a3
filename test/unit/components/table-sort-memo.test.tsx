/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import * as sort from '../../../lib/review/sort';
import { app, NOW, person, snapshot } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';

// With 5,000 findings a sort costs a frame: the table sorts again when its findings or its order
// change, never because the page around it re-rendered (an export, busy then idle).

vi.mock('../../../lib/review/sort', async (actual) => {
  const real = await actual<typeof sort>();
  return { ...real, sortFindings: vi.fn(real.sortFindings) };
});

afterEach(cleanup);

describe('the review table while the page re-renders', () => {
  it('does not sort its rows again when only the busy state toggles', async () => {
    const people = Array.from({ length: 12 }, (_, i) => person('web', `dev${i}@gmail.com`, { tfa: false }));
    const r = review(snapshot([app('web')], people), parsePolicy({}), [], NOW);
    let finish = (_: null) => {};
    const actions = fakeActions({ exportAs: vi.fn(() => new Promise<null>((ok) => (finish = ok))) });
    render(
      <ReviewPage
        review={r}
        session={emptySession}
        allowChanges={false}
        scannedAt={null}
        actions={actions}
        view="table"
      />,
    );
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1);
    const sorted = vi.mocked(sort.sortFindings).mock.calls.length;
    expect(sorted).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: /CSV/ })); // busy…
    await waitFor(() => expect(actions.exportAs).toHaveBeenCalled());
    finish(null); // …then idle again
    await waitFor(() => expect(screen.getByRole('button', { name: /CSV/ })).toBeTruthy());
    await new Promise((ok) => setTimeout(ok, 0));
    expect(vi.mocked(sort.sortFindings).mock.calls.length).toBe(sorted);
  });
});
