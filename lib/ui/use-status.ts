import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { Reply, Status } from '../messages/protocol';
import { watchLive } from '../messages/live';
import { ask } from './ask';

// The background's status for a page: asked once at open, asked again whenever the background
// says the review digest (rewritten with each snapshot) or the scan state changed (the live
// channel, no polling).

export function useStatus(): [Reply<Status> | null, (s: Reply<Status>) => void] {
  const [status, setStatus] = useState<Reply<Status> | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void ask({ type: 'getStatus' }).then((r) => {
        if (alive) setStatus(r);
      });
    refresh();
    const unwatch = watchLive(['scan', 'digest'], refresh, browser.runtime);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return [status, setStatus];
}
