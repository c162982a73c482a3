import { errorText } from '../lib/i18n';

/** An error a user can act on: the sentence for its kind, then Scalingo's own words. */
export function ErrorNotice({ kind, message }: { kind: string; message?: string }) {
  return (
    <p class="notice notice-error" role="alert">
      {errorText(kind, message)}
    </p>
  );
}
