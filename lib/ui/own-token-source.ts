import type { LoadOwnToken } from '../../components/OwnTokenLine';
import type { MarkToken } from '../../components/review/ExtensionTokenMark';
import { ask } from './ask';

// How the extension's pages read the token this extension uses and mark it: messages to the
// background, which keeps the mark (the `extensionTokenId` setting) in its own storage and
// applies it to the review. Shared by the review page and the settings.

/** Which API token is this extension's: a setting, so the background applies it to the review. */
export const markToken: MarkToken = async (extensionTokenId) => {
  const r = await ask({ type: 'saveSettings', settings: { extensionTokenId } });
  return r.ok ? null : r.message;
};

/** The token list's names and dates, and which one is this extension's; null when not read. */
export const loadOwnToken: LoadOwnToken = async () => {
  const r = await ask({ type: 'getOwnToken' });
  return r.ok ? r.data : null;
};
