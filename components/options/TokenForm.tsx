import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ErrorNotice } from '../ErrorNotice';

export const TOKENS_PAGE = 'https://dashboard.scalingo.com/account/tokens';

interface Props {
  remember: boolean;
  onConnect: (token: string, remember: boolean) => Promise<{ ok: true } | { ok: false; kind: string; message: string }>;
  /** Given when a token is already connected: closes the form and keeps it. */
  onCancel?: () => void;
}

/** Paste an API token: masked, never autocompleted, checked by the background before it is kept. */
export function TokenForm({ remember: initialRemember, onConnect, onCancel }: Props) {
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(initialRemember);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ kind: string; message: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // Opened by "Replace token": the keyboard goes to the field (on first run, the page opens as is).
  useEffect(() => {
    if (onCancel) field.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- only when the form opens

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const reply = await onConnect(token.trim(), remember);
    setBusy(false);
    if (reply.ok) setToken('');
    else setError({ kind: reply.kind, message: reply.message });
  }

  return (
    <form id="token-form" class="card" onSubmit={(e) => void submit(e)} autocomplete="off">
      <label for="api-token">{t('options.token.label')}</label>
      <p class="help">
        {t('options.token.help')}{' '}
        <a href={TOKENS_PAGE} target="_blank" rel="noopener noreferrer">
          {t('options.token.link')}
        </a>
      </p>
      <input
        ref={field}
        id="api-token"
        name="api-token"
        type="password"
        autocomplete="off"
        spellcheck={false}
        required
        placeholder="tk-us-…"
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
      />
      <label class="inline">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
        {t('options.token.remember')}
      </label>
      <div class="actions">
        <button type="submit" disabled={busy || token.trim() === ''}>
          {busy ? t('options.connecting') : t('options.connect')}
        </button>
        {onCancel && (
          <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
            {t('forms.keepToken')}
          </button>
        )}
      </div>
      {error && <ErrorNotice kind={error.kind} message={error.message} />}
    </form>
  );
}
