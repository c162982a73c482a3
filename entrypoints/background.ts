import '../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { favouredDashboardApps } from '../lib/background/dashboard-tabs';
import { browserMigrationStores, browserStore, sealStoredHistory } from '../lib/background/browser-store';
import { announcingStore, liveChannel } from '../lib/background/live-channel';
import { openSettingsOnInstall } from '../lib/background/onboarding';
import { reviewPathFor } from '../lib/background/new-urgent';
import { armSchedule, SCAN_ALARM } from '../lib/background/schedule';
import { PAGES_ALARM } from '../lib/background/page-handlers';
import { createService } from '../lib/background/service';
import { showOnBadge } from '../lib/background/toolbar-badge';
import { pickLanguage } from '../lib/i18n';
import { dispatch } from '../lib/messages/dispatch';
import { memoryBearerStore } from '../lib/scalingo/bearer';
import { ScalingoClient } from '../lib/scalingo/client';
import { Limiter } from '../lib/scalingo/limiter';
import { sessionBearerStore, tokenVault } from '../lib/secrets/token-locations';
import { installVerdict } from '../lib/storage/install-verdict';
import { migrateStorage } from '../lib/storage/migrate';
import { migrationGate } from '../lib/storage/migration-gate';

// The only context that holds the token and talks to Scalingo. Wiring only.
export default defineBackground(() => {
  // Older stored layouts are brought up to date before anything reads them; while that fails,
  // requests get "try again" and the next one tries again (lib/storage/migration-gate.ts).
  // A fresh install records the current layout and never reads storage.local (lib/storage/install-verdict.ts).
  // Then the completed reviews' packs are sealed once with their digests (lib/storage/history-records.ts).
  const freshInstall = installVerdict(browser.runtime);
  const gate = migrationGate(() =>
    migrateStorage({ ...browserMigrationStores, freshInstall }).then(() => sealStoredHistory()),
  );
  // One limiter for every client: scans and writes share Scalingo's rate limit.
  const limiter = new Limiter();
  // Each stored change that pages show is announced to them (a topic, never a value).
  const store = announcingStore(browserStore, liveChannel());
  const service = createService({
    vault: tokenVault(),
    store,
    makeClient: (apiToken, authUrl, { ephemeral, signal }) =>
      new ScalingoClient({
        apiToken,
        authUrl,
        signal,
        limiter,
        bearerStore: ephemeral ? memoryBearerStore() : sessionBearerStore,
      }),
    makeWriter: (apiToken, authUrl) =>
      new ScalingoClient({ apiToken, authUrl, limiter, bearerStore: sessionBearerStore }),
    onScheduleChange: (settings) => void armSchedule(browser.alarms, settings),
    // In the reviewer's language, read at each publication (a language change publishes again).
    onReview: (summary, source) =>
      void store
        .getSettings()
        .then((s) =>
          showOnBadge(browser.action, summary, source, pickLanguage(s.language, browser.i18n.getUILanguage())),
        ),
    uiLanguage: () => browser.i18n.getUILanguage(),
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/review.html') })),
    // Firefox for Android has no notifications API: there, nothing is raised.
    notifications: browser.notifications && {
      create: (id, { title, message }) =>
        browser.notifications.create(id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title,
          message,
        }),
    },
    dashboardApps: async () =>
      favouredDashboardApps(await browser.tabs.query({ url: 'https://dashboard.scalingo.com/*' })),
  });
  // Registered at once: the install event fires as the background first starts.
  // A settings tab that fails to open is not an error to report: the popup's onboarding leads there too.
  browser.runtime.onInstalled.addListener((details) => {
    openSettingsOnInstall(details, (path) =>
      browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') }),
    ).catch(() => undefined);
  });
  const ctx = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  // The polyfill's contract: a listener's promise is the answer sent back, not a dropped one.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) =>
    gate.whenReady(() => dispatch(service, message, sender, ctx)),
  );
  // A click on a new-urgent notification opens the review on its findings (lib/background/new-urgent.ts).
  browser.notifications?.onClicked.addListener((id) => {
    const path = reviewPathFor(id);
    if (path) void browser.tabs.create({ url: browser.runtime.getURL(path as '/review.html') });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SCAN_ALARM) gate.afterReady(() => service.scheduledScan());
    if (alarm.name === PAGES_ALARM) gate.afterReady(() => service.expirePageReadings());
  });
  // Kept if already set: re-created at each start, it would be put off each time the worker wakes.
  void browser.alarms.get(PAGES_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(PAGES_ALARM, { periodInMinutes: 60 });
  });
  gate.afterReady(async () => armSchedule(browser.alarms, await browserStore.getSettings()));
  gate.afterReady(() => service.refreshReview());
  gate.afterReady(() => service.resumeScan());
});
