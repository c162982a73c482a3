/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangesSettings } from '../../../components/options/ChangesSettings';

afterEach(cleanup);

// The page re-renders while the save is on its way (a status update from the live channel):
// the box must stay as the person set it, not flick back to the stored value and then again.

describe('ChangesSettings', () => {
  it('stays checked while the save is on its way, through a re-render with the stored value', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const onSave = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const { rerender } = render(<ChangesSettings allowChanges={false} onSave={onSave} />);
    const box = screen.getByLabelText<HTMLInputElement>(/Allow role changes/);
    fireEvent.click(box);
    expect(onSave).toHaveBeenCalledWith(true);
    rerender(<ChangesSettings allowChanges={false} onSave={onSave} />);
    expect(box.checked).toBe(true);
    expect(screen.getByText(/^On:/)).toBeTruthy();
    finish(true);
    rerender(<ChangesSettings allowChanges={true} onSave={onSave} />);
    await Promise.resolve();
    expect(box.checked).toBe(true);
  });

  it('goes back to the stored value when the save fails', async () => {
    const onSave = vi.fn(async () => false);
    render(<ChangesSettings allowChanges={false} onSave={onSave} />);
    const box = screen.getByLabelText<HTMLInputElement>(/Allow role changes/);
    fireEvent.click(box);
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(screen.getByText(/^Off:/)).toBeTruthy();
  });
});
