import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  /** Resolves with null when done, else the reason it failed. */
  onForget: () => Promise<string | null>;
}

/** "Forget everything": every stored item, after an explicit confirmation; says when it is done. */
export function ForgetEverything({ onForget }: Props) {
  const [state, setState] = useState<'idle' | 'asking' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function forget() {
    setState('busy');
    const failed = await onForget();
    setError(failed);
    setState(failed ? 'idle' : 'done');
  }

  return (
    <section class="card" aria-labelledby="forget-title">
      <h2 id="forget-title">{t('forget.title')}</h2>
      <p class="muted">{t('forget.help')}</p>
      {state !== 'asking' && state !== 'busy' && (
        <button type="button" class="secondary" onClick={() => setState('asking')}>
          {t('forget.ask')}
        </button>
      )}
      {(state === 'asking' || state === 'busy') && (
        <div role="alertdialog" aria-labelledby="forget-confirm">
          <p id="forget-confirm">{t('forget.confirm')}</p>
          <button type="button" class="danger" disabled={state === 'busy'} onClick={() => void forget()}>
            {t('forget.yes')}
          </button>{' '}
          <button type="button" class="secondary" disabled={state === 'busy'} onClick={() => setState('idle')}>
            {t('forget.cancel')}
          </button>
        </div>
      )}
      {state === 'done' && (
        <p class="notice" role="status">
          {t('forget.done')}
        </p>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {t('forget.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
