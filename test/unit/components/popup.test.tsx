/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { setLanguage } from '../../../lib/i18n';
import type { Status } from '../../../lib/messages/protocol';
import { scanAccount } from '../../../lib/scan/scan-account';
import { IDLE } from '../../../lib/scan/scan-state';
import { accountView } from '../../../lib/engine/digest';
import { app, collaborator, fakeClient, region } from '../helpers';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const hostile = '<img src=x onerror="window.pwned=1">';

async function statusFor(): Promise<Status> {
  const { snapshot } = await scanAccount(
    fakeClient({
      regions: [region('osc-fr1'), region('osc-secnum-fr1')],
      apps: { 'osc-fr1': [app('shop'), app('blog')], 'osc-secnum-fr1': [app('vault', undefined, 'osc-secnum-fr1')] },
      collaborators: [
        collaborator('shop', 'bob@acme.example'),
        collaborator('blog', 'bob@acme.example'),
        collaborator('blog', 'eve@acme.example'),
      ],
    }).client,
  );
  return { connected: true, account: accountView(snapshot), scan: IDLE, summary: null, top: [] };
}

describe('Popup', () => {
  it('shows who is connected, their 2FA and the counts per region', async () => {
    render(
      <Popup
        status={{ ok: true, data: await statusFor() }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByText('me')).toBeTruthy();
    expect(screen.getByText('2FA on')).toBeTruthy();
    const row = (name: string) =>
      [...screen.getByRole('row', { name: new RegExp(name) }).querySelectorAll('td')].map((td) => td.textContent);
    expect(row('osc-fr1')).toEqual(['2', '2']); // 2 apps; bob and eve
    expect(row('osc-secnum-fr1')).toEqual(['1', '0']);
  });

  it('shows a revoked token as a sentence a person can act on', () => {
    const status: Status = {
      connected: false,
      scan: { ...IDLE, phase: 'failed', error: { kind: 'unauthorized', message: 'invalid token' } },
      summary: null,
      top: [],
      account: null,
    };
    render(
      <Popup
        status={{ ok: true, data: status }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Token invalid or revoked: paste a valid API token in the settings.',
    );
  });

  it('names the apps closed to the user’s role apart from the parts that failed, never as a revoked token', async () => {
    const status = await statusFor();
    status.account!.errors = [
      {
        scope: 'app',
        region: 'osc-fr1',
        app: 'partner-portal',
        kind: 'forbidden',
        message: 'Not readable with your role on this app',
        closedToRole: true,
      },
      { scope: 'region', region: 'osc-secnum-fr1', kind: 'unexpected', message: 'HTTP 503' },
    ];
    render(
      <Popup
        status={{ ok: true, data: status }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    const notes = screen.getAllByRole('status').map((n) => n.textContent);
    expect(notes).toContain('1 app you cannot read with your role there, left out of this review: partner-portal');
    expect(
      notes.some((n) => n?.startsWith('1 part of the account could not be read (shown as last read): osc-secnum-fr1')),
    ).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks French when asked', async () => {
    setLanguage('fr');
    render(
      <Popup
        status={{ ok: true, data: await statusFor() }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByText('2FA activée')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Relancer l’analyse' })).toBeTruthy();
  });

  it('shows names holding markup as text', async () => {
    const status = await statusFor();
    status.account!.me.username = hostile;
    const { container } = render(
      <Popup
        status={{ ok: true, data: status }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('rescans on request', async () => {
    const onRescan = vi.fn();
    render(
      <Popup
        status={{ ok: true, data: await statusFor() }}
        onRescan={onRescan}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Rescan' }));
    expect(onRescan).toHaveBeenCalledOnce();
  });

  it('shows an unreachable background as an error, not a blank popup', () => {
    render(
      <Popup
        status={{ ok: false, kind: 'internal', message: 'no answer' }}
        onRescan={() => undefined}
        onCancel={() => undefined}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('no answer');
    expect(screen.getByRole('button', { name: 'Open the settings' })).toBeTruthy();
  });
});
