import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { annotate } from '../lib/dashboard/annotate';
import { removeBadges } from '../lib/dashboard/badge';
import { observeChanges } from '../lib/dashboard/observe';
import { dashboardPage } from '../lib/dashboard/page';
import { pickLanguage, setLanguage } from '../lib/i18n';
import { ask } from '../lib/ui/ask';

// Badges beside each person on Scalingo's collaborators pages. Wiring only. It asks the
// background about the app on screen and never sees a token.
export default defineContentScript({
  matches: ['https://dashboard.scalingo.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let current: AbortController | null = null;

    async function start() {
      current?.abort();
      removeBadges(document);
      const controller = new AbortController();
      current = controller;
      const signal = AbortSignal.any([controller.signal, ctx.signal]);
      const page = dashboardPage(location.href);
      if (page.kind !== 'app-collaborators') return;
      const reply = await ask({ type: 'appView', region: page.region, app: page.app });
      if (signal.aborted || !reply.ok || !reply.data) return;
      const view = reply.data;
      setLanguage(pickLanguage(view.language, browser.i18n.getUILanguage()));
      const run = () => {
        try {
          annotate(document.body, view);
        } catch {
          // Never throw into the dashboard: a page of a new shape just gets no badges.
        }
      };
      run();
      observeChanges(document.body, run, signal);
    }

    void start();
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    ctx.onInvalidated(() => removeBadges(document));
  },
});
