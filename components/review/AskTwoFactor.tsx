import { useState } from 'preact/hooks';
import { language, t } from '../../lib/i18n';
import { askTwoFactor, copyText, type MessageLanguage } from '../../lib/review/ask-2fa';

interface Props {
  name: string;
  email: string;
  app: string;
  /** The clipboard (tests give a fake); the page's by default. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** The missing-2fa finding's action: a ready message, in English or French, to copy or to e-mail. */
export function AskTwoFactor({ name, email, app, clipboard }: Props) {
  const [lang, setLang] = useState<MessageLanguage>(language());
  const [copied, setCopied] = useState<boolean | null>(null);
  const message = askTwoFactor(lang, { name, email }, app);
  const copy = async () => {
    const board = clipboard ?? navigator.clipboard;
    setCopied(
      await board.writeText(copyText(message)).then(
        () => true,
        () => false,
      ),
    );
  };
  return (
    <details class="ask-2fa" data-testid="ask-2fa">
      <summary>{t('ask2fa.heading')}</summary>
      <label>
        {t('ask2fa.language')}{' '}
        <select value={lang} onChange={(e) => (setLang(e.currentTarget.value as MessageLanguage), setCopied(null))}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </label>
      <label>
        {t('ask2fa.message')}
        <textarea readOnly rows={9} value={copyText(message)} />
      </label>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy()}>
          {t('ask2fa.copy')}
        </button>
        {message.mailto ? (
          <a class="button secondary" href={message.mailto} data-testid="ask-2fa-mail">
            {t('ask2fa.mail')}
          </a>
        ) : (
          <span class="muted">{t('ask2fa.noMail')}</span>
        )}
        {copied !== null && <span role="status">{t(copied ? 'ask2fa.copied' : 'ask2fa.copyFailed')}</span>}
      </div>
    </details>
  );
}
