import { appOfDashboardUrl } from '../messages/sender';
import type { WantedApp } from '../scan/read-order';

// Which app a running scan reads first (lib/scan/read-order.ts): the one open in the active
// dashboard tab, as the browser tells it. A dashboard tab in the background is read in its turn.

export interface TabInfo {
  active?: boolean;
  url?: string;
}

/** The apps of the active tabs among these (one a window): those the scan may put first. */
export function activeDashboardApps(tabs: readonly TabInfo[]): WantedApp[] {
  return tabs.filter((t) => t.active === true).flatMap((t) => appOfDashboardUrl(t.url ?? '') ?? []);
}

/** Whether `app` is one of `apps` (a page's request checked against what the browser says). */
export const amongApps = (apps: readonly WantedApp[], app: WantedApp): boolean =>
  apps.some((a) => a.region === app.region && a.app === app.app);
