/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT } from '../../../components/review/FindingTable';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { renderTable } from './review-table';

afterEach(cleanup);

// Only one row is in the Tab order. After scrolling with the mouse far from it, that row is no
// longer in the DOM: a row in view must take its place, or Tab skips the whole table.

describe('table keyboard reach after a scroll', () => {
  it('a row in view stays reachable with Tab after scrolling far down', () => {
    const people = Array.from({ length: 300 }, (_, i) => person('web', `dev${i}@gmail.com`, { tfa: false }));
    const s = snapshot([app('web')], people);
    renderTable(review(s, parsePolicy({}), [], NOW), s);
    const box = screen.getByTestId('finding-table');
    const tabbable = () => box.querySelectorAll<HTMLElement>('tbody tr[tabindex="0"]');
    expect(tabbable()).toHaveLength(1);
    box.scrollTop = 200 * ROW_HEIGHT;
    fireEvent.scroll(box);
    const rows = tabbable();
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.dataset.index)).toBe(200);
  });
});
