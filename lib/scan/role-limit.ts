import type { ScanError } from './snapshot';

// An app the scanning user's role there does not let them read (Scalingo answered 401 or 403
// to a fresh bearer, docs/scalingo-api.md §8): named in every view and report, never taken for
// a revoked token nor for a failure of the scan. Only apps someone else owns: on your own app a
// refusal is a failure. Their people are not carried over from an earlier scan (carry-over.ts). Kept free of zod: the popup's first paint uses it.

export const isRoleLimit = (e: Pick<ScanError, 'scope' | 'kind' | 'closedToRole'>): boolean =>
  e.scope === 'app' && e.kind === 'forbidden' && e.closedToRole === true;

/** The errors that are failures (something could not be read), and the apps closed to the role. */
export function splitScanErrors<E extends Pick<ScanError, 'scope' | 'kind' | 'closedToRole'>>(
  errors: readonly E[],
): { failed: E[]; closed: E[] } {
  return { failed: errors.filter((e) => !isRoleLimit(e)), closed: errors.filter(isRoleLimit) };
}
