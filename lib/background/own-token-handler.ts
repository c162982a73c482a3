import { ownTokenView, withExtensionToken } from '../engine/extension-token';
import type { Responses } from '../messages/protocol';
import type { HandlerDeps } from './deps';
import { viewedSnapshot } from './page-handlers';

// The token this extension uses, for the line the review page and the settings always show
// (components/OwnTokenLine.tsx): read from the last scan's token list with the user's mark
// applied, as the review applies it. Extension pages only: it is in no content-script list
// (lib/messages/protocol.ts), so dispatch refuses it from the dashboard.

export function ownTokenHandler(deps: HandlerDeps) {
  const getOwnToken = async (): Promise<Responses['getOwnToken']> => {
    const [snapshot, settings] = await Promise.all([viewedSnapshot(deps), deps.store.getSettings()]);
    return ownTokenView(snapshot && withExtensionToken(snapshot, settings.extensionTokenId));
  };
  return { getOwnToken };
}
