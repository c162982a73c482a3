/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { PagesBanner } from '../../../components/review/PagesBanner';
import { setLanguage } from '../../../lib/i18n';
import type { Status } from '../../../lib/messages/protocol';
import { READING_ROWS } from '../../../lib/pages/left-out-text';
import { MAX_ROWS } from '../../../lib/pages/reading';
import { IDLE } from '../../../lib/scan/scan-state';

// Page-only mode: an app a page showed but could not send whole (more rows than a reading holds)
// is named to the user, in the popup and on the review page, in English and French.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const status = (leftOut: string[]): Status => ({
  connected: false,
  pageOnly: true,
  account: null,
  scan: IDLE,
  summary: null,
  top: [],
  source: 'pages',
  pages: [{ app: 'big', region: null, readAt: new Date().toISOString() }],
  leftOut,
});

const noop = () => undefined;
const popup = (leftOut: string[]) => (
  <Popup status={{ ok: true, data: status(leftOut) }} onRescan={noop} onCancel={noop} onOpenSettings={noop} />
);

describe('apps a page left unread', () => {
  it('are named in the popup, with the bound a page passed', () => {
    render(popup(['tail', 'zed']));
    expect(screen.getByTestId('pages-left-out').textContent).toBe(
      '2 apps on a page you visited were not read in full: the page shows more than 2,000 rows, or rows that could not be read. Open their own collaborators pages: tail, zed.',
    );
  });

  it('are named in the popup in French', () => {
    setLanguage('fr');
    render(popup(['tail']));
    expect(screen.getByTestId('pages-left-out').textContent).toMatch(
      /^1 app d’une page que vous avez ouverte n’a pas été lue en entier\u00a0: la page montre plus de 2\u202f000 lignes, ou des lignes illisibles\. .*\u00a0: tail\.$/,
    );
  });

  it('are not mentioned when the pages left none out', () => {
    render(popup([]));
    expect(screen.queryByTestId('pages-left-out')).toBeNull();
  });

  it('are named on the review page, beside where the findings come from', () => {
    render(<PagesBanner leftOut={['tail']} />);
    expect(screen.getByTestId('pages-banner').textContent).toMatch(/^Page-only/);
    expect(screen.getByTestId('pages-left-out').textContent).toContain(
      '1 app on a page you visited was not read in full',
    );
    expect(screen.getByTestId('pages-left-out').textContent).toContain(': tail.');
  });

  it('say the bound the reading really has', () => {
    expect(READING_ROWS).toBe(MAX_ROWS);
  });
});
