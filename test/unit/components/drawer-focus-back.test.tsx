/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { renderTable } from './review-table';

afterEach(cleanup);

// Closing the details drawer gives focus back to the row it was opened from (keyboard users
// carry on where they were).

describe('details drawer', () => {
  it('gives focus back to its row when closed', async () => {
    const s = snapshot([app('web')], [person('web', 'guest@gmail.com', { tfa: false })]);
    const r = review(s, parsePolicy({}), [], NOW);
    renderTable(r, s);
    const row = screen.getByTestId('finding-table').querySelector<HTMLElement>('tr[data-finding]')!;
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    const drawer = await screen.findByTestId('drawer');
    fireEvent.keyDown(drawer, { key: 'Escape' });
    await expect.poll(() => screen.queryByTestId('drawer')).toBeNull();
    expect(document.activeElement).toBe(row);
  });
});
