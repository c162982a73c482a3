/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdvancedSettings } from '../../../components/options/AdvancedSettings';
import { parseSettings, type Settings } from '../../../lib/settings';

afterEach(cleanup);

// Where the token goes, as the settings page shows it: fixed to Scalingo in builds for users;
// the loopback test build alone offers the field, and refuses any other host at once.

describe('auth service URL in the settings', () => {
  it('builds for users show the fixed host and no field to change it', async () => {
    const onSave = vi.fn(async (_patch: Partial<Settings>) => true);
    render(<AdvancedSettings settings={parseSettings({})} onSave={onSave} authUrlEditable={false} />);
    expect(screen.queryByLabelText(/Auth service URL/)).toBeNull();
    expect(screen.getByTestId('auth-url-fixed').textContent).toBe(
      'The API token is only ever sent to https://auth.scalingo.com.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({ language: 'auto' });
  });

  it('the loopback build refuses another host with a clear error, and saves a local server', async () => {
    const onSave = vi.fn(async (_patch: Partial<Settings>) => true);
    render(<AdvancedSettings settings={parseSettings({})} onSave={onSave} authUrlEditable />);
    expect(screen.getByText(/Changing it signs you out/)).toBeTruthy();
    const field = screen.getByLabelText(/Auth service URL/);
    fireEvent.input(field, { target: { value: 'https://auth.scalingo.com.attacker.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/auth\.scalingo\.com\.attacker\.test is refused/);
    // The extension refuses it, said once: not "Scalingo refused the request. Details: … is refused".
    expect(alert.textContent).not.toMatch(/Scalingo refused/);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'http://127.0.0.1:4010' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ authUrl: 'http://127.0.0.1:4010' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
