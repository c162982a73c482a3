/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsActions } from '../../../components/options/OptionsPage';
import { setLanguage } from '../../../lib/i18n';
import type { Reply, Status } from '../../../lib/messages/protocol';
import { accountView } from '../../../lib/engine/digest';
import { parsePolicy } from '../../../lib/policy';
import { scanAccount } from '../../../lib/scan/scan-account';
import { IDLE } from '../../../lib/scan/scan-state';
import { parseSettings } from '../../../lib/settings';
import { app, fakeClient, region } from '../helpers';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// Once connected, the settings say who is connected with "replace token" and "sign out" beside
// it; the token form is only there to connect, or once "replace token" asked for it.

async function connectedStatus(): Promise<Reply<Status>> {
  const { snapshot } = await scanAccount(
    fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  return { ok: true, data: { connected: true, account: accountView(snapshot), scan: IDLE, summary: null, top: [] } };
}
const notConnected: Reply<Status> = {
  ok: true,
  data: { connected: false, account: null, scan: IDLE, summary: null, top: [] },
};

function actions(over: Partial<OptionsActions> = {}): OptionsActions {
  return {
    connect: vi.fn(async () => connectedStatus()),
    disconnect: vi.fn(async () => undefined),
    saveSettings: vi.fn(async () => true),
    rescanAll: vi.fn(),
    savePolicy: vi.fn(async () => true),
    forgetEverything: vi.fn(async () => null),
    policyFile: { exportPolicy: vi.fn(async () => null), importPolicy: vi.fn(async () => ({ changes: [] })) },
    ...over,
  };
}
const page = (status: Reply<Status> | null, a: OptionsActions) => (
  <OptionsPage status={status} settings={parseSettings({})} policy={parsePolicy({})} actions={a} />
);

describe('the connection in the settings', () => {
  it('offers the token form when not connected', () => {
    render(page(notConnected, actions()));
    expect(screen.getByTestId('connection').textContent).toContain('Not connected.');
    expect(screen.getByLabelText('Scalingo API token')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Replace token' })).toBeNull();
  });

  it('once connected, shows who with "replace token" and "sign out" instead of the form', async () => {
    const a = actions();
    render(page(await connectedStatus(), a));
    const line = screen.getByTestId('connection');
    expect(line.textContent).toContain('Connected as me (me@acme.example).');
    expect(screen.queryByLabelText('Scalingo API token')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out and forget the token' }));
    expect(a.disconnect).toHaveBeenCalledOnce();
  });

  it('"replace token" reopens the form, which closes again once the new token is accepted', async () => {
    const a = actions();
    render(page(await connectedStatus(), a));
    const replace = screen.getByRole('button', { name: 'Replace token' });
    expect(replace.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(replace);
    expect(replace.getAttribute('aria-expanded')).toBe('true');
    const field = screen.getByLabelText('Scalingo API token');
    expect(document.activeElement).toBe(field); // the keyboard goes where the token is pasted
    fireEvent.input(field, { target: { value: 'tk-us-new' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.queryByLabelText('Scalingo API token')).toBeNull());
    expect(a.connect).toHaveBeenCalledWith('tk-us-new', false);
  });

  it('"keep the current token" closes the form without connecting', async () => {
    const a = actions();
    render(page(await connectedStatus(), a));
    fireEvent.click(screen.getByRole('button', { name: 'Replace token' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep the current token' }));
    expect(screen.queryByLabelText('Scalingo API token')).toBeNull();
    expect(a.connect).not.toHaveBeenCalled();
  });

  it('speaks French', async () => {
    setLanguage('fr');
    render(page(await connectedStatus(), actions()));
    expect(screen.getByRole('button', { name: 'Remplacer le jeton' })).toBeTruthy();
  });
});
