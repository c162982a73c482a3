/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { setLanguage } from '../../../lib/i18n';
import type { Status } from '../../../lib/messages/protocol';
import type { ScanProgress } from '../../../lib/scan/progress';
import { IDLE } from '../../../lib/scan/scan-state';

// Honest progress: phases while what is left is unknown, requests of a total only once it is
// known, never every request done while the scan still runs; one "Scanning…"; Stop, no Rescan.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const account: NonNullable<Status['account']> = {
  me: { id: 'u1', email: 'me@acme.example', username: 'me', tfa: true },
  scannedAt: new Date(Date.now() - 86_400_000).toISOString(),
  regions: [{ region: 'osc-fr1', displayName: 'Paris', apps: 2, collaborators: 3 }],
  errors: [],
};

function popupScanning(progress: ScanProgress | null, withAccount = true) {
  const status: Status = {
    connected: true,
    account: withAccount ? account : null,
    scan: { ...IDLE, phase: 'running', startedAt: new Date().toISOString(), progress },
    summary: null,
    top: [],
  };
  return render(
    <Popup
      status={{ ok: true, data: status }}
      onRescan={() => undefined}
      onCancel={() => undefined}
      onOpenSettings={() => undefined}
    />,
  );
}

const said = () => screen.getByTestId('scan-progress').querySelector('[role="status"]')?.textContent ?? '';
const p = (phase: ScanProgress['phase'], done: number, total: number, known?: boolean): ScanProgress => ({
  phase,
  done,
  total,
  etaSeconds: null,
  ...(known !== undefined && { known }),
});

describe('popup scan progress', () => {
  it.each([
    ['the account', p('account', 3, 3), 'Reading the account…'],
    ['apps and collaborators', p('apps', 8, 8), 'Listing apps and collaborators…'],
    ['a progress stored by an older version', p('apps', 4, 9), 'Listing apps and collaborators…'],
  ])('while reading %s, it names the phase and counts no requests', (_, progress, phase) => {
    popupScanning(progress);
    expect(said()).toBe(phase);
    expect(said()).not.toMatch(/\d+ of \d+/);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBeNull(); // no share of an unknown total
  });

  it('counts requests of the known total once every list is read', () => {
    popupScanning(p('events', 12, 30, true));
    expect(said()).toBe('Reading recent activity: 12 of 30 requests');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('12');
  });

  it('never shows every request done while the scan still runs', () => {
    popupScanning(p('events', 30, 30, true));
    expect(said()).not.toMatch(/30 of 30/);
    expect(said()).toBe('Saving what was read…');
  });

  it.each([
    ['with an earlier scan', true],
    ['on the first scan', false],
  ])('says "Scanning…" once and offers Stop, not a disabled Rescan (%s)', (_, withAccount) => {
    for (const progress of [null, p('account', 1, 3), p('events', 2, 9, true)]) {
      popupScanning(progress, withAccount);
      expect(screen.getAllByText('Scanning…')).toHaveLength(1);
      expect(screen.getByRole('button', { name: 'Stop the scan' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Rescan' })).toBeNull();
      cleanup();
    }
  });

  it('speaks French', () => {
    setLanguage('fr');
    popupScanning(p('apps', 2, 5));
    expect(said()).toBe('Liste des applications et des collaborateurs…');
    cleanup();
    popupScanning(p('events', 4, 10, true));
    expect(said()).toBe('Lecture de l’activité récente : 4 requêtes sur 10');
    expect(screen.getAllByText('Analyse en cours…')).toHaveLength(1);
    cleanup();
    popupScanning(p('events', 10, 10, true));
    expect(said()).toBe('Enregistrement de ce qui a été lu…');
  });
});
