import { EXPORT_FORMATS } from '../export/freeze';
import { freeze } from '../export/freeze';
import type { BackgroundRequest, Responses } from '../messages/protocol';
import { refusal, RefusedError } from '../review/refusal';
import type { HandlerDeps } from './deps';

// The history of completed reviews: the list, and a completed review exported again. The bytes
// are those frozen at completion (lib/export/freeze.ts); a review completed by an older version
// has none, and is rendered now (its SHA-256 computed the same way).

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

export function historyHandlers(deps: HandlerDeps) {
  // Newest first; the lines only, each review read when it is exported.
  const getHistory: Handler<'getHistory'> = async () => (await deps.store.getHistoryRows()).reverse();
  const exportHistory: Handler<'exportHistory'> = async ({ id, format }) => {
    const entry = await deps.store.getHistoryEntry(id);
    if (!entry) throw new RefusedError('not_found', refusal('refusal.history.notFound'));
    const { frozen: kept, ...record } = entry;
    const frozen = kept ?? (await freeze(record));
    const { ext, type } = EXPORT_FORMATS[format];
    const day = (entry.completedAt ?? '').slice(0, 10);
    return {
      filename: `scalingo-access-review-${day}-${frozen.sha256.slice(0, 8)}.${ext}`,
      type,
      text: frozen[format],
    };
  };
  return { getHistory, exportHistory };
}
