import { z } from 'zod';
import { authUrlProblem, SCALINGO_AUTH_URL } from './scalingo/hosts';

// User settings. Parsed on every read: a damaged or older stored value falls back field by field.

/**
 * Builds for users (`npm run build`, `npm run zip`) send the token to Scalingo's auth service
 * only. The loopback test build (`wxt build --mode loopback`, made by `npm test` into
 * .output/chrome-mv3-loopback) may also point at a server on this machine, for the end-to-end
 * test that talks to the mock Scalingo over real HTTP; so may the unit tests (Vitest's mode).
 */
export const LOOPBACK_AUTH_ALLOWED = import.meta.env.MODE === 'loopback' || import.meta.env.MODE === 'test';

/** Why this build refuses `url` as auth service (a sentence for the user), or null. */
export const authUrlRefusal = (url: unknown): string | null => authUrlProblem(url, LOOPBACK_AUTH_ALLOWED);

export const Settings = z.object({
  // Anything else stored (an older version's setting, a planted value) falls back to Scalingo's.
  authUrl: z
    .string()
    .refine((url) => authUrlRefusal(url) === null)
    .transform((url) => url.trim().replace(/\/+$/, ''))
    .catch(SCALINGO_AUTH_URL)
    .default(SCALINGO_AUTH_URL),
  rememberToken: z.boolean().catch(false).default(false),
  language: z.enum(['auto', 'en', 'fr']).catch('auto').default('auto'),
  /** Scheduled scan: every N hours; 0 turns it off. Daily by default. */
  scanEveryHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 7)
    .catch(24)
    .default(24),
  /** Read-only until the user turns changes on: no role change or removal happens before. */
  allowChanges: z.boolean().catch(false).default(false),
  /** Page-only mode (no token): read the collaborators pages the user opens. Chosen by the user, never on by itself. */
  pageOnly: z.boolean().catch(false).default(false),
  /** Which of the account's API tokens (by its id in `GET /v1/tokens`) the user marked as this extension's. */
  extensionTokenId: z.string().min(1).max(200).nullable().catch(null).default(null),
  /** A scheduled scan that finds a new P1 or P2 raises a browser notification (lib/background/new-urgent.ts). */
  notifyNewUrgent: z.boolean().catch(true).default(true),
});
export type Settings = z.infer<typeof Settings>;

export function parseSettings(value: unknown): Settings {
  return Settings.parse(value && typeof value === 'object' ? value : {});
}
