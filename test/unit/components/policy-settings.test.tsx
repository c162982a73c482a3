/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicySettings } from '../../../components/options/PolicySettings';
import { parsePolicy, type Policy } from '../../../lib/policy';

afterEach(cleanup);

describe('policy settings', () => {
  it('saves the team’s domains and service accounts as lists, and empty thresholds as the profile’s', async () => {
    const onSave = vi.fn(async (_patch: Partial<Policy>) => true);
    render(<PolicySettings policy={parsePolicy({ maxFullPerApp: 3 })} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText(/Team e-mail domains/), {
      target: { value: 'acme.example\n @agency.example, ' },
    });
    fireEvent.input(screen.getByLabelText(/Service accounts/), { target: { value: 'ops-bot@acme.example' } });
    fireEvent.input(screen.getByLabelText(/Full collaborators allowed per app/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/Team profile/), { target: { value: 'large' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      profile: 'large',
      trustedDomains: ['acme.example', '@agency.example'],
      serviceAccounts: ['ops-bot@acme.example'],
      maxFullPerApp: null,
    });
    expect(await screen.findByRole('status')).toBeTruthy();
  });
});
