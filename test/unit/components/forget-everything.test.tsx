/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgetEverything } from '../../../components/options/ForgetEverything';

afterEach(cleanup);

describe('Forget everything in the settings', () => {
  it('asks first: cancelling forgets nothing', () => {
    const onForget = vi.fn(async () => null);
    render(<ForgetEverything onForget={onForget} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('cannot be brought back');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onForget).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('forgets once confirmed, and says it is done', async () => {
    const onForget = vi.fn(async () => null);
    render(<ForgetEverything onForget={onForget} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Everything was forgotten'));
    expect(onForget).toHaveBeenCalledOnce();
  });

  it('says why when it could not', async () => {
    render(<ForgetEverything onForget={async () => 'storage unavailable'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('storage unavailable'));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
