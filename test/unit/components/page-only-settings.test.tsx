/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageOnlySettings } from '../../../components/options/PageOnlySettings';
import { setLanguage } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// A fresh install opens the settings (lib/background/onboarding.ts): there too, choosing page-only
// mode says what it cannot do, and once on it invites the visit that covers every app at once,
// the account-wide collaborators page, as the popup does (issue #21's "Done when").

describe('PageOnlySettings', () => {
  it('says what page-only mode cannot do, on or off', () => {
    render(<PageOnlySettings pageOnly={false} onSave={vi.fn(async () => true)} />);
    expect(screen.getByText(/cannot tell who used their access, change anything/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it.each([
    ['en', 'Open dashboard.scalingo.com/collaborators'],
    ['fr', 'Ouvrir dashboard.scalingo.com/collaborators'],
  ] as const)('once on, invites a visit to the account-wide collaborators page (%s)', (lang, name) => {
    setLanguage(lang);
    render(<PageOnlySettings pageOnly={true} onSave={vi.fn(async () => true)} />);
    expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(
      'https://dashboard.scalingo.com/collaborators',
    );
  });
});
