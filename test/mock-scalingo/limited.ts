import { z } from 'zod';
import { findVisibleApp, roleOn } from './access';
import type { MockState } from './dataset';
import { forbidden, unauthorized, type Reply } from './reply';

/**
 * What a Limited Collaborator gets when reading an app's own resources (its collaborators,
 * events, SCM link): unconfirmed (docs/scalingo-api.md §8). Scalingo's CLI reads a 401 on an
 * app's endpoints as "not enough rights", so a real account may answer 200, 401 or 403; the mock
 * answers whichever a test asks for. Default 200: the reads succeed, as the docs' matrix suggests.
 */
export const LimitedReads = z.union([z.literal(200), z.literal(401), z.literal(403)]);
export type LimitedReads = z.infer<typeof LimitedReads>;
/** The control route's body: `{ "answer": 401 }`. */
export const LimitedReadsBody = z.strictObject({ answer: LimitedReads });

/** `/v1/apps/:app/<anything>`: a read of one app's resources (not of the app itself). */
const APP_RESOURCE = /^\/v1\/apps\/([^/]+)\/.+$/;

/** The refusal a Limited caller gets under `mode`, or null when the call goes on as usual. */
export function limitedRefusal(
  state: MockState,
  mode: LimitedReads,
  call: { method: string; region: string | null; path: string; userId: string | null },
): Reply | null {
  if (mode === 200 || call.method !== 'GET' || !call.region || !call.userId) return null;
  const app = APP_RESOURCE.exec(call.path)?.[1];
  if (!app) return null;
  const entry = findVisibleApp(state, call.region, call.userId, decodeURIComponent(app));
  if (!entry || roleOn(entry, call.userId) !== 'limited') return null;
  return mode === 401
    ? unauthorized('You are not allowed to access this resource: not a collaborator with sufficient privileges')
    : forbidden('Limited collaborators cannot read this resource');
}
