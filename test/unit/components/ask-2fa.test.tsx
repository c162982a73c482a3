/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskTwoFactor } from '../../../components/review/AskTwoFactor';
import { FindingCard } from '../../../components/review/FindingCard';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { askTwoFactor } from '../../../lib/review/ask-2fa';
import { app, NOW, person, policy, snapshot } from '../rules/builders';

// "Ask for 2FA": a ready message in English or French, to copy or to send as an e-mail. Names and
// addresses are the API's, so hostile: nothing in them may add a header or a recipient to the link.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

/** The mailto link read back as a mail client reads it. */
function parsed(mailto: string) {
  const url = new URL(mailto);
  return { to: decodeURIComponent(url.pathname), params: [...url.searchParams.entries()] };
}

describe('the message and its e-mail link', () => {
  it('names the person and the app, to their address, with only a subject and a body', () => {
    const m = askTwoFactor('en', { name: 'eve', email: 'eve@acme.example' }, 'shop');
    expect(m.body).toMatch(/^Hello eve,/);
    expect(m.body).toContain('the Scalingo app shop');
    const { to, params } = parsed(m.mailto!);
    expect(to).toBe('eve@acme.example');
    expect(params).toEqual([
      ['subject', 'Please turn on two-factor authentication on Scalingo'],
      ['body', m.body],
    ]);
  });

  it.each([
    ['a name with CR/LF and a header', 'Eve\r\nBcc: spy@evil.test', 'shop\r\nCc: spy@evil.test'],
    ['a name with ?cc= and &bcc=', 'Eve?cc=spy@evil.test&bcc=spy@evil.test', 'shop&cc=spy@evil.test'],
  ])('%s stays text in the body: no header, no recipient added', (_, name, appName) => {
    const m = askTwoFactor('fr', { name, email: 'eve@acme.example' }, appName);
    const { to, params } = parsed(m.mailto!);
    expect(to).toBe('eve@acme.example');
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(m.mailto).not.toMatch(/[\r\n]|[?&](cc|bcc)=/i);
    const first = params[1]![1].split('\n')[0]!;
    expect(first).toMatch(/^Bonjour Eve/);
    expect(first).toContain('spy@evil.test'); // shown as text, on the greeting's own line
  });

  it.each([
    'eve@acme.example?cc=spy@evil.test',
    'eve@acme.example\r\nBcc: spy@evil.test',
    'eve@acme.example,spy@evil.test',
    'eve@acme.example&bcc=spy@evil.test',
    'eve%40acme.example',
  ])('an address that is not one plain address (%j) gets no link, the message still shows', (email) => {
    const m = askTwoFactor('en', { name: 'eve', email }, 'shop');
    expect(m.mailto).toBeNull();
    expect(m.body).toMatch(/^Hello eve,/);
  });
});

describe('the ask-for-2FA panel', () => {
  it('copies the message in the language picked, and offers the e-mail link', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    render(<AskTwoFactor name="eve" email="eve@acme.example" app="shop" clipboard={{ writeText }} />);
    fireEvent.change(screen.getByLabelText('Language of the message'), { target: { value: 'fr' } });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Message to send').value).toMatch(/Bonjour eve,/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied.'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^Merci d’activer la double authentification/);
    expect(screen.getByTestId('ask-2fa-mail').getAttribute('href')).toMatch(/^mailto:eve@acme\.example\?subject=/);
  });

  it('says so when the clipboard refuses', async () => {
    const writeText = async () => Promise.reject(new Error('denied'));
    render(<AskTwoFactor name="eve" email="eve@acme.example" app="shop" clipboard={{ writeText }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
  });

  it('shows on a missing-2fa finding of the review page, not on others', () => {
    const web = app('web');
    const r = review(
      snapshot([web], [person('web', 'eve@acme.example', { tfa: false, username: 'eve' })]),
      policy(),
      [],
      NOW,
    );
    const tfa = r.findings.find((f) => f.rule === 'missing-2fa')!;
    const other = r.findings.find((f) => f.rule !== 'missing-2fa');
    const noop = async () => null;
    render(<FindingCard finding={tfa} decision={undefined} onDecide={noop} onClear={() => undefined} />);
    expect(screen.getByTestId('ask-2fa-mail').getAttribute('href')).toContain('Hello%20eve%2C');
    cleanup();
    expect(other).toBeDefined();
    render(<FindingCard finding={other!} decision={undefined} onDecide={noop} onClear={() => undefined} />);
    expect(screen.queryByTestId('ask-2fa')).toBeNull();
  });
});
