import { appOfDashboardUrl } from '../messages/sender';
import type { WantedApp } from '../scan/read-order';

// Which app a running scan reads first (lib/scan/read-order.ts), as the browser tells it: the
// one open in an active dashboard tab, and the one in the most recently used dashboard tab
// (`lastAccessed`, Chrome and Firefox): a person who connects from the settings tab, beside the
// dashboard tab they just left, gets that app first. Any other dashboard tab in the background
// is read in its turn. A browser that gives no `lastAccessed` favours the active tabs alone.

export interface TabInfo {
  active?: boolean;
  url?: string;
  /** When the tab was last active, in ms since the epoch. */
  lastAccessed?: number;
}

/** The apps the scan may put first: the active dashboard tabs' (one a window) and the most recently used one's. */
export function favouredDashboardApps(tabs: readonly TabInfo[]): WantedApp[] {
  let recent: TabInfo | undefined;
  for (const t of tabs)
    if (t.lastAccessed !== undefined && (recent?.lastAccessed === undefined || t.lastAccessed > recent.lastAccessed))
      recent = t;
  return tabs.filter((t) => t.active === true || t === recent).flatMap((t) => appOfDashboardUrl(t.url ?? '') ?? []);
}

/** Whether `app` is one of `apps` (a page's request checked against what the browser says). */
export const amongApps = (apps: readonly WantedApp[], app: WantedApp): boolean =>
  apps.some((a) => a.region === app.region && a.app === app.app);
