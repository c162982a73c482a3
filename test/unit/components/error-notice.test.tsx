/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { setLanguage } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// An error is said once: the sentence for its kind, then only what Scalingo's words add. The
// client's message for a refused token restates the kind ("Token invalid or revoked (…)").

describe('ErrorNotice', () => {
  it('says a refused token once, keeping Scalingo’s own words', () => {
    render(<ErrorNotice kind="unauthorized" message="Token invalid or revoked (invalid token)" />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text.match(/invalid or revoked/gi)).toHaveLength(1);
    expect(text).toBe('Token invalid or revoked: paste a valid API token in the settings. Details: invalid token');
  });

  it('says it once in French too', () => {
    setLanguage('fr');
    render(<ErrorNotice kind="unauthorized" message="Token invalid or revoked (invalid token)" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Jeton invalide ou révoqué : collez un jeton d’API valide dans les réglages. Détails : invalid token',
    );
  });

  it('drops details that only restate the sentence', () => {
    render(<ErrorNotice kind="unauthorized" message="Token invalid or revoked" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Token invalid or revoked: paste a valid API token in the settings.',
    );
  });

  it('keeps details that say something else', () => {
    render(<ErrorNotice kind="network" message="Failed to fetch" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Scalingo could not be reached: check your connection. Details: Failed to fetch',
    );
  });
});
