/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingTable } from '../../../components/review/FindingTable';
import { ReviewLoading } from '../../../components/review/ReviewLoading';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { headNames, reviewHead } from '../../../lib/review/review-head';
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

  it('marks its rows as not openable yet', () => {
    screenOf();
    const rows = screen.getByTestId('finding-table').querySelectorAll<HTMLElement>('tbody tr[data-finding]');
    expect(rows.length).toBeGreaterThan(0);
    expect([...rows].every((r) => r.getAttribute('aria-disabled') === 'true')).toBe(true);
    expect(screen.getByTestId('finding-table').classList).toContain('loading');
  });
});

// The first screen's table with real handlers: the same gestures that open, select and move on
// the whole page's table (partial: false, the check that these can act) do nothing on it.
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe.each([
  { partial: false, acts: true },
  { partial: true, acts: false },
])('the table, partial: $partial', ({ partial, acts }) => {
  function table() {
    const h = head();
    const onOpen = vi.fn();
    const onSelect = vi.fn();
    render(
      <FindingTable
        findings={h.review.findings}
        decisions={new Map()}
        names={headNames(h.usernames)}
        selected={new Set()}
        onSelect={onSelect}
        onOpen={onOpen}
        partial={partial}
      />,
    );
    const rows = screen.getByTestId('finding-table').querySelectorAll<HTMLElement>('tbody tr[data-finding]');
    return { rows, onOpen, onSelect };
  }

  it(acts ? 'opens a row on a click or Enter' : 'opens nothing on a click or Enter', () => {
    const { rows, onOpen } = table();
    fireEvent.click(rows[0]!.querySelector('td:nth-child(3)')!);
    fireEvent.keyDown(rows[1]!, { key: 'Enter' });
    expect(onOpen.mock.calls.length).toBe(acts ? 2 : 0);
  });

  it(acts ? 'selects a row on Space' : 'selects nothing on Space', () => {
    const { rows, onSelect } = table();
    fireEvent.keyDown(rows[0]!, { key: ' ' });
    expect(onSelect.mock.calls.length).toBe(acts ? 1 : 0);
  });

  it(acts ? 'moves to the next row on the arrow keys' : 'moves nowhere on the arrow keys', async () => {
    const { rows } = table();
    rows[1]!.focus();
    fireEvent.keyDown(rows[1]!, { key: 'ArrowDown' });
    await frame(); // the table focuses the row it moves to on the next frame
    expect(document.activeElement).toBe(acts ? rows[2] : rows[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await frame();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await frame();
    expect(document.activeElement).toBe(acts ? rows[0] : rows[1]);
  });
});
