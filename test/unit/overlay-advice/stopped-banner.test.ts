import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { scanDemo, type Demo } from './demo';

// The banner of an app whose activity a scan did not read: "still being read" while the scan
// runs; once the scan was stopped (cancelled, revoked token), it says so instead, as it reads no more.

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
  setLanguage('en');
});

const withShopPending = (cancelled: boolean) => {
  const shop = demo.snapshot.apps.find((a) => a.name === 'shop-api-staging')!;
  return { ...demo.snapshot, partial: { pending: [`${shop.region}/${shop.id}`], cancelled } };
};

describe('the banner of an app left unread', () => {
  it.each([
    [false, /activity still being read/],
    [true, /scan stopped before its activity was read/],
  ])('cancelled %s: %s', (cancelled, text) => {
    const view = overlayOfApp(withShopPending(cancelled), demo.review, 'osc-fr1', 'shop-api-staging', demo.now)!;
    expect(view.banner.text).toMatch(text);
  });
});
