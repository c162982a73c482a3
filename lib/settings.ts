import { z } from 'zod';
import { DEFAULT_AUTH_URL } from './scalingo/client';

// User settings. Parsed on every read: a damaged or older stored value falls back field by field.

export const Settings = z.object({
  // Only changed to point the extension at a mock or a proxy (see README).
  authUrl: z.url().catch(DEFAULT_AUTH_URL).default(DEFAULT_AUTH_URL),
  rememberToken: z.boolean().catch(false).default(false),
  language: z.enum(['auto', 'en', 'fr']).catch('auto').default('auto'),
  /** Scheduled scan: every N hours; 0 turns it off. Daily by default. */
  scanEveryHours: z.number().int().min(0).max(24 * 7).catch(24).default(24),
  /** Read-only until the user turns changes on: no role change or removal happens before. */
  allowChanges: z.boolean().catch(false).default(false),
});
export type Settings = z.infer<typeof Settings>;

export function parseSettings(value: unknown): Settings {
  return Settings.parse(value && typeof value === 'object' ? value : {});
}
