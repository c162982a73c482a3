import { z } from 'zod';
import { language, setLanguage, t, type MessageKey } from '../i18n';
import { en } from '../i18n/en';
import { ScalingoApiError, type ApiErrorKind } from '../scalingo/errors';

// Why an import, a completion or a policy file is refused, as a message key and its values
// (lib/i18n/lifecycle-*.ts) rather than an English sentence: the history page, the review page
// and the command line each say it in their reader's language. A value may itself be a refusal
// (a phrase such as "the kept finding …" inside "This file is refused: …").

export interface Refusal {
  key: string;
  vars: Record<string, string | number | Refusal>;
}

export const RefusalSchema: z.ZodType<Refusal> = z.lazy(() =>
  z.object({
    key: z.string().max(100),
    vars: z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), RefusalSchema])),
  }),
);

export const refusal = (key: MessageKey, vars: Refusal['vars'] = {}): Refusal => ({ key, vars });

/** The refusal in the current language; an unknown key (a newer background) shows as its key. */
export function refusalText(r: Refusal): string {
  if (!(r.key in en)) return r.key;
  const vars = Object.fromEntries(
    Object.entries(r.vars).map(([k, v]) => [k, typeof v === 'object' ? refusalText(v) : v]),
  );
  return t(r.key as MessageKey, vars);
}

/** In English whatever the language in force: the error's `message`, for logs and older pages. */
export function refusalEnglish(r: Refusal): string {
  const before = language();
  setLanguage('en');
  try {
    return refusalText(r);
  } finally {
    setLanguage(before);
  }
}

/** A refusal thrown by a handler: the reply carries its words beside the English message. */
export class RefusedError extends ScalingoApiError {
  constructor(
    kind: ApiErrorKind,
    readonly refusal: Refusal,
  ) {
    super(kind, refusalEnglish(refusal));
  }
}
