import '../lib/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { PageRow } from '../lib/pages/reading';
import { BADGE_TAG } from '../lib/overlay-page/badge';
import { BANNER_TAG } from '../lib/overlay-page/banner';
import { HINT_TAG } from '../lib/overlay-page/invite-hint';
import { LINE_ROWS } from '../lib/overlay-page/line';
import { runOverlay, type Background } from '../lib/overlay-page/overlay';
import { dashboardPage, pageLanguage } from '../lib/overlay-page/page';
import { followPageLanguage } from '../lib/overlay-page/follow-language';
import { removeOverlay } from '../lib/overlay-page/shadow';
import { askAboutPage } from '../lib/overlay-page/ask-page';
import { watchLive } from '../lib/messages/live';
import { sendPageReadings } from '../lib/overlay-page/send-reading';

// Findings beside each person on Scalingo's collaborators pages, and role advice on the
// invitation form. Wiring only. It asks the background about the page on screen, receives
// finished texts, and never sees a token.

const TAGS = [BADGE_TAG, BANNER_TAG, HINT_TAG, LINE_ROWS].join(', ');
const lang = () => pageLanguage(document);
const background: Background = {
  appView: (region, app) => askAboutPage({ type: 'appView', region, app, lang: lang() }),
  refreshApp: (region, app) => askAboutPage({ type: 'refreshApp', region, app, lang: lang() }),
  peopleView: (shown, more) => askAboutPage({ type: 'peopleView', shown, more, lang: lang() }),
  inviteAdvice: (region, app, email) => askAboutPage({ type: 'inviteAdvice', region, app, email, lang: lang() }),
  openReview: (findingId) => void askAboutPage({ type: 'openReview', findingId }),
};

const sendReading = (signal: AbortSignal) => (rows: PageRow[], leftOut: string[], listed: string[]) =>
  askAboutPage({ type: 'pageReading', rows, leftOut, listed }, signal);
const pageOnly = (signal: AbortSignal) => () =>
  askAboutPage({ type: 'pageOnlyMode' }, signal).then((on) => on === true);

export default defineContentScript({
  // Every dashboard page, since the dashboard navigates in place: on account, token and sign-in
  // pages it reads nothing and draws nothing (dashboardPage says "other"; dispatch refuses).
  matches: ['https://dashboard.scalingo.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let current: AbortController | null = null;
    // On a location change, the new URL comes from the event: the Navigation API announces it
    // before `location` changes.
    const start = (url: string) => {
      current?.abort();
      removeOverlay(document, TAGS);
      current = new AbortController();
      const signal = AbortSignal.any([current.signal, ctx.signal]);
      // A task later: the history entry is committed, so the browser stamps our messages with it.
      setTimeout(() => void runOverlay(document, dashboardPage(url), background, signal).catch(() => undefined));
      // Page-only mode: what the page shows goes to the background, only when the user chose that mode.
      setTimeout(() => sendPageReadings(document, dashboardPage(url), sendReading(signal), signal, pageOnly(signal)));
    };
    start(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (e) => start(e.newUrl.href));
    // A scan (or a policy change, an accepted risk) rewrites the review's digest, and the settings
    // may change the language or turn page-only mode on or off: the background says so (and
    // nothing more), and the overlay asks about this page again; so it does when the page switches
    // its own language in place.
    const unwatch = watchLive(['digest', 'settings'], () => start(location.href), browser.runtime);
    followPageLanguage(document, () => start(location.href), ctx.signal);
    ctx.onInvalidated(() => {
      unwatch();
      removeOverlay(document, TAGS);
    });
  },
});
