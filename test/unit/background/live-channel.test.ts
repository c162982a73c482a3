import { describe, expect, it, vi } from 'vitest';
import { announcingStore, liveChannel, type Changed } from '../../../lib/background/live-channel';
import { watchLive } from '../../../lib/messages/live';
import { memoryDeps } from '../helpers';

// The live channel says only which part changed, to pages and (for the digest only) to tabs;
// listeners hear only the background, never a content script or a page in a tab.

function fakeRuntime() {
  const listeners = new Set<(m: unknown, s: { id?: string; tab?: unknown }) => unknown>();
  return {
    id: 'ext',
    onMessage: {
      addListener: (l: never) => void listeners.add(l),
      removeListener: (l: never) => void listeners.delete(l),
      hasListener: () => false,
    },
    send: (m: unknown, s: { id?: string; tab?: unknown }) => [...listeners].forEach((l) => l(m, s)),
    count: () => listeners.size,
  };
}

describe('live channel', () => {
  it('announces each store write by topic, once the write is done, and carries no value', async () => {
    const pages: Changed[] = [];
    const tabs: Changed[] = [];
    const announce = liveChannel({ toPages: async (m) => void pages.push(m), toTabs: async (m) => void tabs.push(m) });
    const { deps } = memoryDeps(() => {
      throw new Error('no client');
    });
    const store = announcingStore(deps.store, announce);
    await store.setDecisions([]);
    await store.setScanState(await store.getScanState());
    await store.setDigest(null);
    await new Promise((r) => setTimeout(r));
    expect(pages).toEqual([{ type: 'sar:changed', topics: ['session', 'scan', 'digest'] }]);
    expect(tabs).toEqual([{ type: 'sar:changed', topics: ['digest'] }]);
    await store.setPolicy(await store.getPolicy());
    await new Promise((r) => setTimeout(r));
    expect(pages.at(-1)).toEqual({ type: 'sar:changed', topics: ['policy'] });
    expect(tabs).toHaveLength(1); // content scripts hear of the digest and the settings only
    await store.setSettings(await store.getSettings());
    await new Promise((r) => setTimeout(r));
    expect(tabs.at(-1)).toEqual({ type: 'sar:changed', topics: ['settings'] }); // the overlay's language
  });

  it('a listener hears the background only, on its topics, until it stops', () => {
    const runtime = fakeRuntime();
    const onChange = vi.fn();
    const stop = watchLive(['digest'], onChange, runtime);
    const changed = { type: 'sar:changed', topics: ['digest'] };
    runtime.send(changed, { id: 'ext', tab: { id: 4 } }); // a content script or a page in a tab
    runtime.send(changed, { id: 'other-extension' });
    runtime.send({ type: 'sar:changed', topics: ['scan'] }, { id: 'ext' });
    runtime.send({ type: 'getStatus' }, { id: 'ext' });
    expect(onChange).not.toHaveBeenCalled();
    runtime.send(changed, { id: 'ext' });
    expect(onChange).toHaveBeenCalledOnce();
    stop();
    expect(runtime.count()).toBe(0);
  });
});
