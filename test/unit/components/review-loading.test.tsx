/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewLoading } from '../../../components/review/ReviewLoading';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { reviewHead } from '../../../lib/review/review-head';
import { app, NOW, person, snapshot } from '../rules/builders';

// Issue #19: the first screen of a long review (ReviewLoading.tsx) says what the whole page says
// above its table (page-only banner and the apps a page left unread, an error reading the review's
// parts) and its rows, which cannot be opened yet, say so instead of looking clickable.

afterEach(cleanup);

function head() {
  const people = Array.from({ length: 80 }, (_, i) =>
    person('web', `dev${String(i).padStart(3, '0')}@gmail.com`, { tfa: false, username: `dev-${i}` }),
  );
  const s = snapshot([app('web')], people);
  const h = reviewHead(review(s, parsePolicy({}), [], NOW), s.assignments);
  return { review: h, more: h.total - h.findings.length, usernames: h.usernames };
}

const screenOf = (over: { fromPages?: boolean; leftOut?: string[]; error?: string | null } = {}) =>
  render(<ReviewLoading {...head()} decisions={[]} scannedAt={null} {...over} />);

describe('the first screen of a long review', () => {
  it('carries the page-only banner and the apps a page left unread, as the whole page does', () => {
    screenOf({ fromPages: true, leftOut: ['big-app'] });
    expect(screen.getByTestId('pages-banner').textContent).toContain('from the pages you visited');
    expect(screen.getByTestId('pages-left-out').textContent).toContain('big-app');
  });

  it('has no page-only banner for a scanned account', () => {
    screenOf();
    expect(screen.queryByTestId('pages-banner')).toBeNull();
  });

  it('shows an error reading the review as an alert', () => {
    screenOf({ error: 'Scalingo said no' });
    expect(screen.getByRole('alert').textContent).toContain('Scalingo said no');
  });

  it('marks its rows as not openable yet, and a click on one opens nothing', () => {
    screenOf();
    const rows = screen.getByTestId('finding-table').querySelectorAll<HTMLElement>('tbody tr[data-finding]');
    expect(rows.length).toBeGreaterThan(0);
    expect([...rows].every((r) => r.getAttribute('aria-disabled') === 'true')).toBe(true);
    expect(screen.getByTestId('finding-table').classList).toContain('loading');
    fireEvent.click(rows[0]!.querySelector('td:nth-child(3)')!);
    expect(screen.queryByTestId('drawer')).toBeNull();
  });
});
