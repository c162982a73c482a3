/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenForm } from '../../../components/options/TokenForm';

afterEach(cleanup);

describe('TokenForm', () => {
  it('masks the token and never lets the browser autocomplete it', () => {
    render(<TokenForm remember={false} onConnect={async () => ({ ok: true })} />);
    const input = screen.getByLabelText<HTMLInputElement>('Scalingo API token');
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://dashboard.scalingo.com/account/tokens');
  });

  it.each([
    ['unauthorized', 'Token invalid or revoked'],
    ['network', 'Scalingo could not be reached'],
    ['rate_limited', 'rate limit'],
  ])('explains a %s failure and keeps what was typed', async (kind, sentence) => {
    const onConnect = vi.fn(async () => ({ ok: false as const, kind, message: 'details from Scalingo' }));
    render(<TokenForm remember={false} onConnect={onConnect} />);
    const input = screen.getByLabelText<HTMLInputElement>('Scalingo API token');
    fireEvent.input(input, { target: { value: '  tk-us-typed  ' } });
    fireEvent.submit(input.form!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(sentence));
    expect(screen.getByRole('alert').textContent).toContain('details from Scalingo');
    expect(onConnect).toHaveBeenCalledWith('tk-us-typed', false);
    expect(input.value).toBe('  tk-us-typed  ');
  });

  it('clears the field once the token is accepted', async () => {
    render(<TokenForm remember={true} onConnect={async () => ({ ok: true })} />);
    const input = screen.getByLabelText<HTMLInputElement>('Scalingo API token');
    fireEvent.input(input, { target: { value: 'tk-us-good' } });
    fireEvent.submit(input.form!);
    await waitFor(() => expect(input.value).toBe(''));
  });
});
