import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchLive } from '../messages/live';
import type { AccessSnapshot } from '../scan/snapshot';
import { personNames, type PersonNames } from '../review/person-name';
import { headNames } from '../review/review-head';
import { ask } from './ask';

// Who has which access, for the review page's matrix and people's names: the apps and
// assignments of the last scan (without activity: lib/background/access-handler.ts), asked
// again when a scan lands (the live channel says so). `enabled`: asked only once the page has shown
// its first rows, so the worker answers those first.

export type Access = Pick<AccessSnapshot, 'apps' | 'assignments'>;

export function useAccess(enabled = true): Access | null {
  const [access, setAccess] = useState<Access | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    if (!enabled) return;
    void ask({ type: 'getAccess' }).then((r) => {
      if (alive && r.ok) setAccess(r.data);
    });
    return () => {
      alive = false;
    };
  }, [tick, enabled]);
  useEffect(() => watchLive(['digest'], () => setTick((n) => n + 1), browser.runtime), []);
  return access;
}

const NONE: [string, string][] = []; // one array: the names stay the same object, the page's memos hold

/** People's names: the access data's once it landed, until then the [e-mail, username] pairs sent with the review. */
export function usePeopleNames(access: Access | null | undefined, usernames: [string, string][] = NONE): PersonNames {
  return useMemo(() => (access ? personNames(access.assignments) : headNames(usernames)), [access, usernames]);
}
