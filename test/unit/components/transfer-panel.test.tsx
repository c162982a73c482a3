/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TransferPanel, type TransferActions } from '../../../components/history/TransferPanel';
import type { MergeReport } from '../../../lib/transfer/merge';

// The history page's import: checked and previewed first (a dry run), done on a second click;
// the policy replaced only when its box is ticked; a refused file says why.

afterEach(cleanup);

const report = (over: Partial<MergeReport> = {}): MergeReport => ({
  reviewsAdded: 2,
  reviewsKnown: 1,
  reviewsConflicting: [],
  decisionsTaken: 3,
  acceptancesTaken: 1,
  policyDiffers: true,
  policyReplaced: false,
  ...over,
});

function choose(text: string) {
  const input = screen.getByLabelText('File to import');
  fireEvent.change(input, { target: { files: [new File([text], 'export.json', { type: 'application/json' })] } });
}

describe('importing a file on the history page', () => {
  it('previews with a dry run, then imports with the policy only when confirmed', async () => {
    const importFile = vi.fn<TransferActions['importFile']>(async (_t, o) =>
      report(o.dryRun ? {} : { policyReplaced: o.replacePolicy }),
    );
    render(<TransferPanel actions={{ exportFile: async () => null, importFile }} />);
    choose('{"the":"file"}');
    await screen.findByText(/Completed reviews to add: 2; already here: 1. Newer in the file: decisions: 3;/);
    expect(importFile).toHaveBeenLastCalledWith('{"the":"file"}', { dryRun: true, replacePolicy: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Replace my policy with the file’s' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Your policy was replaced/));
    expect(importFile).toHaveBeenLastCalledWith('{"the":"file"}', { dryRun: false, replacePolicy: true });
  });

  it('shows why a file is refused, and offers no import', async () => {
    const importFile = vi.fn(async () => 'This file is not an export of Scalingo Access Review.');
    render(<TransferPanel actions={{ exportFile: async () => null, importFile }} />);
    choose('{}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not an export of Scalingo Access Review.',
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(importFile).toHaveBeenCalledOnce();
  });

  it('exports the whole file or the policy alone', () => {
    const exportFile = vi.fn(async (_: 'all' | 'policy') => null);
    render(<TransferPanel actions={{ exportFile, importFile: async () => report() }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export history, policy and decisions' }));
    fireEvent.click(screen.getByRole('button', { name: /Export the policy/ }));
    expect(exportFile.mock.calls.map((c) => c[0])).toEqual(['all', 'policy']);
  });
});
