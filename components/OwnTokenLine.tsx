import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ListedToken, OwnTokenView } from '../lib/engine/extension-token';
import { dateWithAge } from '../lib/ui/time';
import { TokenMarkContext } from './review/ExtensionTokenMark';

// "The token this extension uses", always shown once a scan read the account's token list (not
// only when that token has a finding): its name, age and last use, and how it is known. When
// the scan could not tell it apart (lib/scan/scan-tokens.ts) the line says so and offers to mark
// one of the listed tokens, with the same setting the token findings' control saves
// (ExtensionTokenMark.tsx). The entrypoints provide how to read it (`getOwnToken`, extension
// pages only) and how to mark; without them (page-only, tests of other parts) nothing is drawn.

export type LoadOwnToken = () => Promise<OwnTokenView | null>;
export const OwnTokenSource = createContext<LoadOwnToken | null>(null);

const nameOf = (tk: ListedToken) => tk.name || t('ownToken.noName');

/** `refresh`: read again when it changes (a new review, a new scan). */
export function OwnTokenLine({ refresh }: { refresh?: unknown }) {
  const load = useContext(OwnTokenSource);
  const mark = useContext(TokenMarkContext);
  const [view, setView] = useState<OwnTokenView | null>(null);
  const [reads, setReads] = useState(0);
  const [picked, setPicked] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!load) return;
    let live = true;
    void load().then((v) => live && setView(v));
    return () => {
      live = false;
    };
  }, [load, refresh, reads]);

  if (!view) return null;
  const { own, tokens } = view;
  const choice = picked || tokens[0]?.id || '';

  async function save(tokenId: string | null) {
    setBusy(true);
    const failed = await mark!(tokenId);
    setBusy(false);
    setError(failed);
    if (!failed) setReads((n) => n + 1);
  }

  return (
    <section class="own-token" data-testid="own-token" aria-live="polite">
      {own ? (
        <p>
          {t('ownToken.line', {
            name: nameOf(own),
            created: dateWithAge(own.createdAt),
            lastUse: own.lastUsedAt
              ? t('ownToken.lastUsed', { date: dateWithAge(own.lastUsedAt) })
              : t('ownToken.neverUsed'),
          })}{' '}
          {t(own.how === 'marked' ? 'ownToken.howMarked' : 'ownToken.howExchange')}{' '}
          {own.how === 'marked' && mark && (
            <button type="button" class="secondary" disabled={busy} onClick={() => void save(null)}>
              {t('review.token.unmarkExtension')}
            </button>
          )}
        </p>
      ) : (
        <p>
          {t('ownToken.unknown', { count: tokens.length })}{' '}
          {mark && tokens.length > 0 && (
            <>
              <label>
                {t('ownToken.pick')}{' '}
                <select value={choice} onChange={(e) => setPicked(e.currentTarget.value)}>
                  {tokens.map((tk) => (
                    <option key={tk.id} value={tk.id}>
                      {`${nameOf(tk)} (${tk.createdAt.slice(0, 10)})`}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button type="button" class="secondary" disabled={busy} onClick={() => void save(choice)}>
                {t('review.token.markExtension')}
              </button>
            </>
          )}
        </p>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {t('review.token.markFailed', { message: error })}
        </p>
      )}
    </section>
  );
}
