/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { emptySession, fakeActions } from './review-fakes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

afterEach(cleanup);

const hostile = '<img src=x onerror="window.pwned=1">';
const actions = () =>
  fakeActions({ complete: vi.fn(async () => ({ id: 'review-1', completedAt: NOW.toISOString() })) });
const session = emptySession;

function reviewOf(n: number, name = 'web') {
  const apps = [app(name)];
  const people = Array.from({ length: n }, (_, i) => person(name, `dev${i}@gmail.com`, { tfa: false }));
  return review(snapshot(apps, people), parsePolicy({}), [], NOW);
}

describe('review page', () => {
  it('shows hostile app names and e-mails as text', () => {
    const { container } = render(
      <ReviewPage
        review={reviewOf(1, hostile)}
        session={session}
        allowChanges={false}
        scannedAt={NOW.toISOString()}
        actions={actions()}
      />,
    );
    expect(
      screen.getAllByText(new RegExp(hostile.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).length,
    ).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks for a justification before keeping access', async () => {
    const a = actions();
    render(<ReviewPage review={reviewOf(1)} session={session} allowChanges={false} scannedAt={null} actions={a} />);
    const card = screen.getAllByRole('article')[0]!;
    fireEvent.click(card.querySelector('input[value="keep"]')!);
    expect(card.querySelector('textarea[required]')).not.toBeNull();
  });

  it('renders a long review a page at a time in the cards view', () => {
    render(
      <ReviewPage
        review={reviewOf(150)}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        view="cards"
      />,
    );
    expect(screen.getAllByRole('article')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }));
    expect(screen.getAllByRole('article').length).toBeGreaterThan(100);
  });

  it('says changes are off and keeps the apply button disabled while read-only', () => {
    render(
      <ReviewPage review={reviewOf(1)} session={session} allowChanges={false} scannedAt={null} actions={actions()} />,
    );
    expect(screen.getByTestId('plan').textContent).toContain('Read-only');
  });

  it('keeps the focused finding on screen when a new grouping moves it past the first page', () => {
    const r = reviewOf(150);
    const focus = r.findings.find((f) => f.person?.email === 'dev99@gmail.com')!.id;
    render(
      <ReviewPage
        review={r}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        focus={focus}
      />,
    );
    const focused = () => document.querySelector(`[data-finding="${CSS.escape(focus)}"]`);
    expect(focused()).not.toBeNull();
    // By person, sorted by address, dev99 comes last: beyond the first 100.
    fireEvent.change(screen.getByLabelText(/Group by/), { target: { value: 'person' } });
    expect(focused()).not.toBeNull();
  });
});
