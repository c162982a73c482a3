/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { sortFindings } from '../../../lib/review/sort';
import { app, NOW, person, snapshot } from '../rules/builders';
import { renderTable } from './review-table';

// The real sort, watched: ticking a row must not sort every finding again (5,000 rows would
// be sorted on each click); only a change of findings, sort or decisions does.
vi.mock('../../../lib/review/sort', async (original) => {
  const real = await original<typeof import('../../../lib/review/sort')>();
  return { ...real, sortFindings: vi.fn(real.sortFindings) };
});

afterEach(cleanup);

describe('table selection', () => {
  it('selecting a row does not sort the rows again', () => {
    const people = Array.from({ length: 30 }, (_, i) => person('web', `dev${i}@gmail.com`, { tfa: false }));
    const s = snapshot([app('web')], people);
    renderTable(review(s, parsePolicy({}), [], NOW), s);
    const sorted = vi.mocked(sortFindings);
    expect(sorted).toHaveBeenCalled();
    sorted.mockClear();
    const boxes = screen.getAllByRole('checkbox', { name: /^Select / });
    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[2]!);
    expect(boxes[2]!.closest('tr')!.getAttribute('aria-selected')).toBe('true');
    expect(sorted).not.toHaveBeenCalled();
  });
});
