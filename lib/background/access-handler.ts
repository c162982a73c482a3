import type { Responses } from '../messages/protocol';
import type { HandlerDeps } from './deps';
import { viewedSnapshot } from './page-handlers';

// Who has which access, for the review page's matrix and people's names: the last scan's apps
// and assignments without their activity. The snapshot weighs megabytes, most of it activity
// the page never shows; every byte sent is serialized here and parsed again in the page, while
// the page waits for its first rows (bench: `review.tableMs.5000`); the page asks once those are
// shown (lib/ui/use-access.ts). Extension pages only.

export function accessHandler(deps: HandlerDeps) {
  const getAccess = async (): Promise<Responses['getAccess']> => {
    const snapshot = await viewedSnapshot(deps);
    if (!snapshot) return null;
    return { apps: snapshot.apps, assignments: snapshot.assignments.map((a) => ({ ...a, activity: null })) };
  };
  return { getAccess };
}
