import { useEffect, useState } from 'preact/hooks';
import type { Reply, Status } from '../messages/protocol';
import { digestItem, scanStateItem } from '../storage/items';
import { ask } from './ask';

// The background's status for a page: asked once at open, asked again whenever the stored
// review digest (rewritten with each snapshot) or scan state changes (storage events, no polling).

export function useStatus(): [Reply<Status> | null, (s: Reply<Status>) => void] {
  const [status, setStatus] = useState<Reply<Status> | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void ask({ type: 'getStatus' }).then((r) => {
        if (alive) setStatus(r);
      });
    refresh();
    const unwatch = [scanStateItem.watch(refresh), digestItem.watch(refresh)];
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return [status, setStatus];
}
