/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BeyondRolesPolicy } from '../../../components/options/BeyondRolesPolicy';
import { OptionsPage, type OptionsActions } from '../../../components/options/OptionsPage';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy, type Policy } from '../../../lib/policy';
import { parseSettings } from '../../../lib/settings';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const saver = (answer = true) => vi.fn(async (_patch: Partial<Policy>) => answer);
const input = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the settings of the rules beyond roles', () => {
  it('show the policy’s values and save the three knobs, as numbers, through the policy’s message', async () => {
    const onSave = saver();
    render(<BeyondRolesPolicy policy={parsePolicy({ tokenUnusedDays: 120 })} onSave={onSave} />);
    expect(screen.getByLabelText<HTMLInputElement>(/Review apps older than/).value).toBe('30');
    expect(screen.getByLabelText<HTMLInputElement>(/unused for longer than/).value).toBe('120');
    input(/Review apps older than/, '14');
    input(/unused for longer than/, ' 60 ');
    input(/older than \(days\) are flagged for renewal/, '730');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({ reviewAppMaxAgeDays: 14, tokenUnusedDays: 60, tokenMaxAgeDays: 730 });
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
  });

  it.each([
    ['a token window under the policy’s minimum', /unused for longer than/, '3', /from 7 to 730/],
    ['a review-app age over the maximum', /Review apps older than/, '400', /from 1 to 365/],
    ['a token age that is no number', /flagged for renewal/, '1e3', /from 30 to 3650/],
    ['an empty field', /Review apps older than/, '', /from 1 to 365/],
  ])('refuse %s: the field is named, nothing is sent, the typed value stays', async (_, label, value, range) => {
    const onSave = saver();
    render(<BeyondRolesPolicy policy={parsePolicy({})} onSave={onSave} />);
    input(label, value);
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(range);
    expect(alert.textContent).toContain('Nothing was saved');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText<HTMLInputElement>(label).value).toBe(value);
  });

  it('say so when the background refuses the save', async () => {
    render(<BeyondRolesPolicy policy={parsePolicy({})} onSave={saver(false)} />);
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('could not be saved');
  });

  it('speak French', () => {
    setLanguage('fr');
    render(<BeyondRolesPolicy policy={parsePolicy({})} onSave={saver()} />);
    expect(screen.getByRole('heading').textContent).toBe('Review apps et jetons d’API');
    expect(screen.getByLabelText(/inutilisés depuis plus de/)).toBeTruthy();
  });

  it('are part of the settings page, beside the review policy, saved by the same action', async () => {
    const actions = { savePolicy: saver() } as unknown as OptionsActions;
    render(<OptionsPage status={null} settings={parseSettings({})} policy={parsePolicy({})} actions={actions} />);
    input(/unused for longer than/, '200');
    const form = screen.getByRole('form', { name: 'Review apps and API tokens' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(actions.savePolicy).toHaveBeenCalledWith(expect.objectContaining({ tokenUnusedDays: 200 })),
    );
  });
});
