import type { WriteClient } from '../changes/apply';
import type { ScanClient } from '../scan/scan-account';
import type { WantedApp } from '../scan/read-order';
import type { Settings } from '../settings';
import type { ReviewSummary } from '../engine/summary';
import type { NotificationsApi } from './new-urgent';
import type { SerialStore, Store } from './store';

// What the background's service is given (lib/background/service.ts) and what its handlers
// get. In a module of their own so the handlers need not import the service that imports them.

export interface ServiceDeps {
  vault: {
    get(): Promise<string | null>;
    save(token: string, remember: boolean): Promise<void>;
    clearAll(): Promise<void>;
  };
  makeClient(token: string, authUrl: string, opts: { ephemeral: boolean; signal?: AbortSignal }): ScanClient;
  store: Store;
  /** A client for writes (role changes, removals, invitations), made only when changes are on. */
  makeWriter(token: string, authUrl: string): WriteClient;
  now?: () => Date;
  /** Told when the schedule setting changes (the background re-arms its alarm). */
  onScheduleChange?: (settings: Settings) => void;
  /** Told when the review changes (after a scan, a policy change, an accepted risk): the toolbar badge. */
  onReview?: (summary: ReviewSummary | null, source?: 'api' | 'pages') => void;
  /** The browser's interface language (the overlay speaks it when the setting is "auto"). */
  uiLanguage?: () => string;
  /** Opens one of the extension's pages in a new tab (the overlay's "open the review"). */
  openPage?: (path: string) => Promise<void>;
  /** The apps the active dashboard tabs show (dashboard-tabs.ts): a scan reads them first (lib/scan/read-order.ts). */
  dashboardApps?: () => Promise<WantedApp[]>;
  /** Browser notifications: a scheduled scan's new P1 or P2 (lib/background/new-urgent.ts). */
  notifications?: NotificationsApi;
}

/** What the handlers get: the same, with every write of the store going through one queue. */
export interface HandlerDeps extends Omit<ServiceDeps, 'store'> {
  store: SerialStore;
}
