import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { BackgroundRequest } from '../../../lib/messages/protocol';
import { capListing, LISTING_MAX } from '../../../lib/overlay-advice/listing';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from './demo';

// Issue #15: what the account-wide page lists travels to the background in one message. A page
// of 5,000 people on 1,000 apps each must not make that message unbounded: the content script
// caps it, the protocol refuses more, and the banner says its counts cover only the first people.

const listing = (people: number, apps: number) =>
  Array.from({ length: people }, (_, i) => ({
    email: `p${i}@acme.example`,
    apps: Array.from({ length: apps }, (_, j) => `app-${j}`),
  }));

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});

describe('the account-wide page’s listing has a budget', () => {
  it('the protocol refuses a listing of 5,000 people on 1,000 apps each', () => {
    const req = BackgroundRequest.safeParse({ type: 'peopleView', shown: listing(5000, 1000) });
    expect(req.success).toBe(false);
  });

  it('the content script sends the first people until the budget is spent, and says there are more', () => {
    const capped = capListing(listing(5000, 1000));
    expect(capped.more).toBe(true);
    expect(capped.shown.map((s) => s.email)).toEqual(listing(LISTING_MAX.pairs / 1000, 0).map((s) => s.email));
    expect(BackgroundRequest.safeParse({ type: 'peopleView', ...capped }).success).toBe(true);
    expect(capListing(listing(3, 2))).toEqual({ shown: listing(3, 2), more: false });
  });

  it('the banner says its counts cover only the people the reply carried', () => {
    const chloe = { email: 'chloe@acme.example', apps: ['shop-api-production'] };
    const whole = overlayOfPeople(demo.snapshot, demo.review, demo.now, [chloe]);
    const capped = overlayOfPeople(demo.snapshot, demo.review, demo.now, [chloe], true);
    expect(whole.banner.text).not.toContain('first');
    expect(capped.banner.text).toBe(`${whole.banner.text} · counted for the first person this page lists`);
  });
});
