import type { MockState } from './dataset';
import { ok, type Reply } from './reply';
import { route, type Context, type Route } from './router';

/**
 * `GET https://auth.scalingo.com/v1/tokens` (docs/scalingo-api.md §1.1, §8): the caller's API
 * tokens as the documented example shows them (`id`, `name`, `created_at`, `last_used_at`),
 * never their values. `last_used_at` is the last exchange, so the mock moves it on each one.
 * A dataset token without these fields is listed under a name and date of the mock's own.
 */

type TokenEntry = MockState['tokens'][number];

function metaOf(ctx: Context, t: TokenEntry, i: number) {
  const used = t.last_used_at ?? null;
  return {
    id: t.id ?? `tok-${i}`,
    name: t.name ?? `token ${i + 1}`,
    created_at: t.created_at ?? ctx.state.now,
    // Never used: null, or no field at all (variant `tokenNeverUsed`).
    ...(used !== null || ctx.variants.tokenNeverUsed === 'null' ? { last_used_at: used } : {}),
  };
}

function list(ctx: Context): Reply {
  const tokens = ctx.state.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.user_id === ctx.userId && !ctx.state.revokedTokens.includes(t.token))
    .map(({ t, i }) => metaOf(ctx, t, i));
  return ok({ tokens });
}

/** Called by the exchange: the token was used now. */
export function markTokenUsed(state: MockState, apiToken: string, nowMs = Date.now()): void {
  const entry = state.tokens.find((t) => t.token === apiToken);
  if (entry) entry.last_used_at = new Date(nowMs).toISOString();
}

export const tokenRoutes: Route[] = [route('GET', 'auth', '/v1/tokens', list)];
