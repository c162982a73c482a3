import { browser } from 'wxt/browser';
import type { Changed, Topic } from '../messages/live';
import type { Store } from './store';

// The live channel: the background tells the pages and the dashboard's content scripts that
// something they show was stored anew; they ask again through the message protocol. It says
// only what changed (a topic), never a value: trusted state stays in the background, and the
// content script receives nothing it could not ask about its own page. It replaces following
// `storage.onChanged`, since nothing the pages show is kept in storage a content script can
// write any more (lib/storage/items.ts).

// This file is the background's side; the pages' side, `watchLive`, is in lib/messages/live.ts.

export type { Changed, Topic };

/** What each store write announces. */
const TOPIC_OF: Partial<Record<keyof Store, Topic>> = {
  setScanState: 'scan',
  setDigest: 'digest',
  setDecisions: 'session',
  setChanges: 'session',
  addHistory: 'session',
  setPolicy: 'policy',
  setAcceptances: 'policy',
  setSettings: 'settings',
};
/**
 * The topics content scripts are sent: the review's digest, rewritten after each scan or review
 * change, and the settings (the overlay's language, page-only mode turned on or off). A topic
 * only, never a value.
 */
const CONTENT_SCRIPT_TOPICS: readonly Topic[] = ['digest', 'settings'];

/** The store, announcing each write on the live channel once it is done. */
export function announcingStore(store: Store, announce: (topic: Topic) => void): Store {
  const wrapped = { ...store };
  for (const [name, topic] of Object.entries(TOPIC_OF) as [keyof Store, Topic][]) {
    // Called with `apply(store, …)` below, so `this` stays the store.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const write = store[name] as (...a: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const done = await write.apply(store, args);
      announce(topic);
      return done;
    };
  }
  return wrapped;
}

export interface Outlets {
  /** Every open extension page (popup, review, settings). */
  toPages(message: Changed): Promise<unknown>;
  /** Every tab: only the dashboard's content script listens. */
  toTabs(message: Changed): Promise<unknown>;
}

export const browserOutlets: Outlets = {
  toPages: (m) => browser.runtime.sendMessage(m).catch(() => undefined), // no page open
  toTabs: async (m) => {
    const tabs = await browser.tabs.query({});
    const sent = tabs.flatMap((t) => (t.id === undefined ? [] : [browser.tabs.sendMessage(t.id, m)]));
    await Promise.all(sent.map((p) => p.catch(() => undefined)));
  },
};

/** The background's side: topics announced within one task go out as one message. */
export function liveChannel(out: Outlets = browserOutlets): (topic: Topic) => void {
  let pending: Set<Topic> | null = null;
  return (topic) => {
    if (pending) return void pending.add(topic);
    pending = new Set([topic]);
    setTimeout(() => {
      const topics = [...pending!];
      pending = null;
      void out.toPages({ type: 'sar:changed', topics });
      const forTabs = topics.filter((t) => CONTENT_SCRIPT_TOPICS.includes(t));
      if (forTabs.length > 0) void out.toTabs({ type: 'sar:changed', topics: forTabs });
    });
  };
}
