/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT } from '../../../components/review/FindingTable';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { renderTable } from './review-table';

afterEach(cleanup);

// Issue #19's review: after a scroll far down, a search or a sort that leaves fewer rows showed an
// empty table (the window stayed where the scroll was, past the new last row) and no row in the
// Tab order. The table goes back to its top, with rows drawn and one of them tabbable.

const people = Array.from({ length: 901 }, (_, i) => person('web', `dev${i}@gmail.com`, { tfa: false }));
const s = snapshot([app('web')], people);
const r = review(s, parsePolicy({}), [], NOW);

function scrolledTo(row: number) {
  renderTable(r, s);
  const box = screen.getByTestId('finding-table');
  box.scrollTop = row * ROW_HEIGHT;
  fireEvent.scroll(box);
  expect(box.querySelector(`tr[data-index="${row}"]`)).not.toBeNull();
  return box;
}
const drawn = (box: HTMLElement) => box.querySelectorAll('tbody tr[data-finding]');
const tabbable = (box: HTMLElement) => box.querySelectorAll('tbody tr[data-finding][tabindex="0"]');

describe('table window after the rows change', () => {
  it('shows the rows a search leaves, and one of them takes Tab, after a scroll to row 250', () => {
    expect(r.findings.length).toBeGreaterThanOrEqual(901);
    const box = scrolledTo(250);
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'dev12' } });
    const rows = drawn(box);
    expect(rows.length).toBeGreaterThan(0);
    expect([...rows].every((tr) => tr.textContent.includes('dev12'))).toBe(true);
    expect(tabbable(box)).toHaveLength(1);
    expect(box.scrollTop).toBe(0);
  });

  it('goes back to the first row when the sort changes', () => {
    const box = scrolledTo(250);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Person' }));
    expect(box.scrollTop).toBe(0);
    expect(box.querySelector('tr[data-index="0"]')).not.toBeNull();
    expect(tabbable(box)).toHaveLength(1);
    expect(Number((tabbable(box)[0] as HTMLElement).dataset.index)).toBe(0);
  });
});
