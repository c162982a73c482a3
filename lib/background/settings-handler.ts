import type { Responses } from '../messages/protocol';
import { ScalingoApiError } from '../scalingo/errors';
import { authUrlRefusal, parseSettings, type Settings } from '../settings';
import type { SerialStore } from './store';

// Saving the settings (the `saveSettings` request): a refused auth URL changes nothing; a new
// auth service signs out first (a token entered for one is never sent to another); the alarm is
// re-armed; turning page-only mode off forgets what the pages showed, and either way the review
// shown changes, as it does when the user marks which API token is the extension's.

export interface SettingsParts {
  /** Read at each use: signing out starts a new generation, with a store of its own. */
  store: () => SerialStore;
  publish(): Promise<unknown>;
  given: { onScheduleChange?: (settings: Settings) => void };
  disconnect(): Promise<unknown>;
}

export async function saveSettings(
  settings: Partial<Settings>,
  parts: SettingsParts,
): Promise<Responses['saveSettings']> {
  const refusal = 'authUrl' in settings && settings.authUrl !== undefined ? authUrlRefusal(settings.authUrl) : null;
  if (refusal) throw new ScalingoApiError('invalid', refusal);
  const before = await parts.store().getSettings();
  if (parseSettings({ ...before, ...settings }).authUrl !== before.authUrl) await parts.disconnect();
  const next = await parts.store().update('settings', (current) => parseSettings({ ...current, ...settings }));
  parts.given.onScheduleChange?.(next);
  if (next.pageOnly !== before.pageOnly && !next.pageOnly) await parts.store().setPageSnapshot(null);
  // The review shown changes with the source, and with which token is marked as the extension's.
  if (next.pageOnly !== before.pageOnly || next.extensionTokenId !== before.extensionTokenId) await parts.publish();
  return next;
}
