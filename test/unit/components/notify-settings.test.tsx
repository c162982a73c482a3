/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotifySettings } from '../../../components/options/NotifySettings';
import { setLanguage } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// The settings page's switch for the new-urgent notification: it shows the stored value and saves a change.

describe('the notification setting on the settings page', () => {
  it('shows the stored value and saves the change', () => {
    const onSave = vi.fn(async (_on: boolean) => true);
    render(<NotifySettings notifyNewUrgent={true} onSave={onSave} />);
    const box = screen.getByRole('checkbox', { name: /scheduled scan finds a new P1 or P2/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(onSave).toHaveBeenCalledWith(false);
  });

  it('speaks French', () => {
    setLanguage('fr');
    render(<NotifySettings notifyNewUrgent={false} onSave={async () => true} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /nouveau P1 ou P2/ }).checked).toBe(false);
  });
});
