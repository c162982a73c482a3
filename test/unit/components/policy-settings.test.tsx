/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
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

describe('app name patterns in the policy settings', () => {
  it('refuses a pattern that is not a valid regular expression inline, and saves nothing', async () => {
    const onSave = vi.fn(async (_patch: Partial<Policy>) => true);
    render(<PolicySettings policy={parsePolicy({})} onSave={onSave} />);
    const field = screen.getByLabelText<HTMLTextAreaElement>(/Production app names \(regular expressions/);
    fireEvent.input(field, { target: { value: '(^|-)prod($|-)\n(live' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('Not a valid regular expression: “(live”');
    expect(field.closest('details')?.open).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByText('Saved.')).toBeNull();

    fireEvent.input(field, { target: { value: '(^|-)prod($|-)\nlive' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(onSave.mock.calls[0]![0].productionPatterns).toEqual(['(^|-)prod($|-)', 'live']);
  });

  it('offers production names as simple words, saved as one anchored, escaped pattern', async () => {
    const onSave = vi.fn(async (_patch: Partial<Policy>) => true);
    render(<PolicySettings policy={parsePolicy({ productionPatterns: ['^(shop)$'] })} onSave={onSave} />);
    const names = screen.getByLabelText<HTMLInputElement>(/Production apps by name/);
    expect(names.value).toBe('shop');
    fireEvent.input(names, { target: { value: 'shop, billing.eu  api' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0].productionPatterns).toEqual(['^(shop|billing\\.eu|api)$']);
  });

  it('keeps the default regular expression in the advanced form', () => {
    render(<PolicySettings policy={parsePolicy({})} onSave={async () => true} />);
    expect(screen.getByLabelText<HTMLInputElement>(/Production apps by name/).value).toBe('');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/Production app names \(regular expressions/).value).toBe(
      parsePolicy({}).productionPatterns[0],
    );
  });
});

describe('windows and the review period in the policy settings', () => {
  it('offer 30, 90 and 365 days in one click each', async () => {
    const onSave = vi.fn(async (_patch: Partial<Policy>) => true);
    render(<PolicySettings policy={parsePolicy({})} onSave={onSave} />);
    const period = within(screen.getByRole('group', { name: /Review period/ }));
    fireEvent.click(period.getByRole('button', { name: '365 days' }));
    expect(period.getByRole<HTMLInputElement>('spinbutton').value).toBe('365');
    expect(period.getByRole('button', { name: '365 days' }).getAttribute('aria-pressed')).toBe('true');
    const lookBack = within(screen.getByRole('group', { name: /Activity counts over the last/ }));
    fireEvent.click(lookBack.getByRole('button', { name: '30 days' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ reviewPeriodDays: 365, lookBackDays: 30 });
  });
});
