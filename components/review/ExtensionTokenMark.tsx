import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ReviewedFinding } from '../../lib/engine/acceptances';

// On a token finding, the user says which listed API token is this extension's when the scan
// could not tell (lib/scan/scan-tokens.ts): the mark is a setting the background keeps in its
// own storage and applies to the review (lib/engine/extension-token.ts). The review page's
// entrypoint provides how to save it; without it (page-only, tests of other parts) no control.

/** Saves the mark (a token id, or null to clear it); null when saved, else why not. */
export type MarkToken = (tokenId: string | null) => Promise<string | null>;
export const TokenMarkContext = createContext<MarkToken | null>(null);

const TOKEN_RULES = new Set(['api-token-unused', 'api-token-old']);

export function ExtensionTokenMark({ finding }: { finding: ReviewedFinding }) {
  const mark = useContext(TokenMarkContext);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!mark || !TOKEN_RULES.has(finding.rule)) return null;
  const keys = new Set(finding.evidence.map((e) => e.key));
  // Told apart by the exchange: already named as the extension's, nothing to mark.
  if (keys.has('evidence.token.extension')) return null;
  const marked = keys.has('evidence.token.extensionMarked');
  // A token finding's id is `rule:-:<token id>` (lib/engine/finding.ts findingId).
  const tokenId = finding.id.split(':').slice(2).join(':');

  async function click() {
    setBusy(true);
    const failed = await mark!(marked ? null : tokenId);
    setBusy(false);
    setError(failed);
  }

  return (
    <p class="actions">
      <button type="button" class="secondary" disabled={busy} onClick={() => void click()}>
        {t(marked ? 'review.token.unmarkExtension' : 'review.token.markExtension')}
      </button>
      {error && (
        <span class="notice notice-error" role="alert">
          {t('review.token.markFailed', { message: error })}
        </span>
      )}
    </p>
  );
}
